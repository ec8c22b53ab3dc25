/**
 * The consensus: one to three sentences written from claims that each rest on sentences of at least two reviews.
 * Sentence one says how the verdicts fall and what critics single out (performances, crafts); sentence two how
 * they describe the film's stretches; sentence three what some fault. A claim without two supporting reviews is
 * dropped, never softened into words of our own, and every clause carries its evidence.
 */
import type { AspectsSummary } from '../aspects/judge-aspects.ts';
import { METHOD } from '../methods.ts';
import type { PerformerIndex } from '../people/performers.ts';
import { distinctReviews, type AnalysedReview, type Polarity, type SentenceRef } from '../types.ts';
import { findComplaints } from './complaints.ts';
import { capitalise, criticsPhrase, listOf, overallPhrase, withArticle } from './phrasing.ts';
import { craftSides, MIN_SUPPORTING_REVIEWS, performanceSides, strongest, type Sides } from './praise.ts';
import { findSegmentClaims, type SegmentClaim } from './segments.ts';

export const CONSENSUS_VERSION = 'consensus-3';

export type ClauseKind = 'overall' | 'performance' | 'craft' | 'segment' | 'mood' | 'complaint';

export interface ConsensusClause {
  /** The words of the consensus this clause stands for. */
  text: string;
  kind: ClauseKind;
  /** Distinct reviews behind it (always at least two). */
  reviews: number;
  evidence: SentenceRef[];
}

export interface ConsensusSentence {
  text: string;
  clauses: ConsensusClause[];
}

export interface Consensus {
  text: string;
  sentences: ConsensusSentence[];
  model: string;
  method: string;
  version: string;
}

export interface ConsensusInput {
  reviews: readonly AnalysedReview[];
  polarity: Polarity;
  aspects: AspectsSummary;
  people: PerformerIndex;
  model: string;
}

const MAX_PERFORMANCES = 2;
const MAX_CRAFTS = 3;
const MAX_MOODS = 3;
/** Evidence shown per clause: enough to check the claim, one or two sentences per review. */
const MAX_EVIDENCE_PER_REVIEW = 2;

/** Null when fewer than two reviews have text to build from. */
export function buildConsensus(input: ConsensusInput): Consensus | null {
  const withText = input.reviews.filter((r) => r.sentences.length > 0);
  if (withText.length < MIN_SUPPORTING_REVIEWS) return null;
  const overall = overallClause(input.reviews, input.polarity);
  if (!overall) return null;
  const performances = performanceSides(input.reviews, input.people, input.polarity);
  const sides = { performances, crafts: craftSides(input.aspects, { includeActing: performances.praised.length === 0 }) };
  const sentences = [
    verdictSentence(input, overall, sides),
    stretchesSentence(findSegmentClaims(input.reviews)),
    faultsSentence(input, sides),
  ].filter((s): s is ConsensusSentence => s !== null);
  return { text: sentences.map((s) => s.text).join(' '), sentences, model: input.model, method: METHOD.consensus, version: CONSENSUS_VERSION };
}

/** "All 5 critics are positive": each review's most decided sentence on the side of its verdict. */
function overallClause(reviews: readonly AnalysedReview[], polarity: Polarity): ConsensusClause | null {
  const evidence: SentenceRef[] = [];
  for (const { review, sentences } of reviews) {
    const sign = review.verdict === 'positive' ? 1 : -1;
    let best = -1;
    let bestValue = 0;
    sentences.forEach((s, i) => {
      const value = sign * (polarity(s) - 0.5);
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    if (best >= 0) evidence.push({ reviewId: review.id, sentenceIndex: best, sentence: sentences[best]! });
  }
  if (distinctReviews(evidence) < MIN_SUPPORTING_REVIEWS) return null;
  const positive = reviews.filter((r) => r.review.verdict === 'positive').length;
  return clause(overallPhrase(positive, reviews.length), 'overall', evidence);
}

interface Judged {
  performances: Sides;
  crafts: Sides;
}

function verdictSentence(input: ConsensusInput, overall: ConsensusClause, { performances, crafts }: Judged): ConsensusSentence {
  const praised = [...strongest(performances.praised, MAX_PERFORMANCES), ...strongest(crafts.praised, MAX_CRAFTS)];
  const clauses = [overall, ...praised.map((p) => clause(p.text, p.kind, p.evidence))];
  if (praised.length === 0) return { text: `${overall.text}.`, clauses };
  const positiveLeaning = input.reviews.filter((r) => r.review.verdict === 'positive').length * 2 >= input.reviews.length;
  const link = positiveLeaning ? 'singling out' : 'though some praise';
  return { text: `${overall.text}, ${link} ${listOf(praised.map((p) => p.text))}.`, clauses };
}

function stretchesSentence(claims: readonly SegmentClaim[]): ConsensusSentence | null {
  const described = claims
    .filter((c) => distinctReviews(c.evidence) >= MIN_SUPPORTING_REVIEWS)
    .map((c) => ({ claim: c, moods: topMoods(c) }))
    .filter((c) => c.moods.length > 0);
  if (described.length === 0) return null;
  const phrase = (c: (typeof described)[number]) => withArticle(`${c.moods.map((m) => m.word).join(', ')} ${c.claim.noun}`);
  const clauses = described.flatMap((c) => [
    clause(c.claim.noun, 'segment', c.claim.evidence),
    ...c.moods.map((m) => clause(m.word, 'mood', m.evidence)),
  ]);
  const [first, second] = described;
  const text = second
    ? `Critics describe ${phrase(first!)} that gives way to ${phrase(second)}.`
    : `Critics describe ${phrase(first!)}.`;
  return { text, clauses };
}

/** The moods at least two reviews use for the stretch, the most used first, listed in the families' order. */
function topMoods(claim: SegmentClaim): SegmentClaim['moods'] {
  const supported = claim.moods.filter((m) => distinctReviews(m.evidence) >= MIN_SUPPORTING_REVIEWS);
  const chosen = [...supported].sort((a, b) => distinctReviews(b.evidence) - distinctReviews(a.evidence)).slice(0, MAX_MOODS);
  return supported.filter((m) => chosen.includes(m));
}

function faultsSentence(input: ConsensusInput, { performances, crafts }: Judged): ConsensusSentence | null {
  const complaints = findComplaints(input.reviews, input.polarity, input.people.pattern).slice(0, 2);
  const faulted = [...strongest(performances.faulted, MAX_PERFORMANCES), ...strongest(crafts.faulted, MAX_CRAFTS)];
  if (complaints.length === 0 && faulted.length === 0) return null;
  // Claims held by the same number of reviews share one subject; each count is said as it is.
  const parts = [
    ...byCount(complaints).map(([n, items]) => `${criticsPhrase(n, input.reviews.length)} find it ${listOf(items.map((c) => c.text))}`),
    ...byCount(faulted).map(([n, items]) => `${criticsPhrase(n, input.reviews.length)} fault ${listOf(items.map((f) => f.text))}`),
  ];
  const clauses = [
    ...complaints.map((c) => clause(c.text, 'complaint', c.evidence)),
    ...faulted.map((f) => clause(f.text, f.kind, f.evidence)),
  ];
  return { text: `${capitalise(parts.join(', and '))}.`, clauses };
}

/** Items grouped by how many reviews hold them, the best-supported first, in their order within a group. */
function byCount<T extends { reviews: number }>(items: readonly T[]): Array<[number, T[]]> {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(item.reviews, [...(groups.get(item.reviews) ?? []), item]);
  return [...groups.entries()].sort((a, b) => b[0] - a[0]);
}

function clause(text: string, kind: ClauseKind, evidence: readonly SentenceRef[]): ConsensusClause {
  const perReview = new Map<number, number>();
  const kept = evidence.filter((e) => {
    const n = perReview.get(e.reviewId) ?? 0;
    perReview.set(e.reviewId, n + 1);
    return n < MAX_EVIDENCE_PER_REVIEW;
  });
  return { text, kind, reviews: distinctReviews(evidence), evidence: kept };
}
