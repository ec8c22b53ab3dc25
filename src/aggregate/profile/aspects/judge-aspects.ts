/**
 * What critics think of each craft. A sentence that names a craft counts for it only when it judges that craft of
 * this film (about-this-film.ts: not a character's song, a quoted book, another film, the critic's series); it is
 * judged on the clause that names the craft (mention-clause.ts), then each review gets one stance per craft, and
 * the film a verdict from the reviews' stances. Each judgement keeps its sentences.
 */
import { clauseAt, splitClauses } from '../clauses.ts';
import { METHOD } from '../methods.ts';
import { CLEAR_READING, stanceOf, type AnalysedReview, type Polarity, type SentenceRef, type Stance } from '../types.ts';
import { introducesRole, refusal } from './about-this-film.ts';
import { readFilmPeople } from './film-people.ts';
import { ASPECT_LABELS, ASPECTS, findAspectMentions, type Aspect } from './lexicon.ts';
import { judgeSentenceMention } from './mention-clause.ts';

export const ASPECTS_VERSION = 'aspects-5';

export interface JudgedSentence extends SentenceRef {
  /** The clause that was judged (the whole sentence when the clause is too short to read alone). */
  clause: string;
  term: string;
  probability: number;
  stance: Stance;
}

export type AspectVerdict = 'positive' | 'negative' | 'mixed' | 'neutral' | 'not-mentioned';

export interface AspectJudgement {
  aspect: Aspect;
  label: string;
  verdict: AspectVerdict;
  /** Reviews by their stance on this craft (one stance per review). */
  reviews: { positive: number; negative: number; neutral: number };
  sentences: { positive: number; negative: number; neutral: number };
  /** The clearest sentence on each side. */
  best: { positive: JudgedSentence | null; negative: JudgedSentence | null };
  evidence: JudgedSentence[];
}

export interface AspectsSummary {
  aspects: AspectJudgement[];
  model: string;
  method: string;
  version: string;
}

/** Credit lines name crafts without judging them ("With" only before a name: "With expansive shots…" is prose). */
const CREDIT_LINE = /^(?:With\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}|(?:Starring|Directed by|Written by|Written and directed by|Music by|Cinematography by)\b)/u;
export function judgeAspects(reviews: readonly AnalysedReview[], polarity: Polarity, options: { performerPattern?: RegExp | null; model: string }): AspectsSummary {
  const byAspect = new Map<Aspect, JudgedSentence[]>(ASPECTS.map((a) => [a, []]));
  const people = readFilmPeople(reviews, options.performerPattern ?? null);
  for (const { review, sentences } of reviews) {
    sentences.forEach((sentence, sentenceIndex) => {
      if (CREDIT_LINE.test(sentence)) return;
      for (const mention of findAspectMentions(sentence, options.performerPattern ?? undefined)) {
        if (refusal(sentence, mention, people) !== null) continue;
        if (mention.performer && introducesRole(sentence, mention.at, mention.term)) continue;
        const { clause, probability } = judgeSentenceMention(sentence, mention.at, polarity);
        byAspect.get(mention.aspect)!.push({
          reviewId: review.id, sentenceIndex, sentence, clause, term: mention.term, probability, stance: stanceOf(probability),
        });
      }
    });
  }
  return {
    aspects: ASPECTS.map((aspect) => summariseAspect(aspect, byAspect.get(aspect)!)),
    model: options.model,
    method: METHOD.aspects,
    version: ASPECTS_VERSION,
  };
}

function summariseAspect(aspect: Aspect, evidence: JudgedSentence[]): AspectJudgement {
  const sentences = { positive: 0, negative: 0, neutral: 0 };
  for (const e of evidence) sentences[e.stance]++;
  const reviews = { positive: 0, negative: 0, neutral: 0 };
  for (const stance of reviewStances(evidence).values()) reviews[stance]++;
  return {
    aspect,
    label: ASPECT_LABELS[aspect],
    verdict: verdictOf(reviews, evidence.length),
    reviews,
    sentences,
    best: { positive: clearest(aspect, evidence, 'positive'), negative: clearest(aspect, evidence, 'negative') },
    evidence,
  };
}

/** One stance per review: the side with more judged sentences; a tie goes to the mean probability. */
function reviewStances(evidence: readonly JudgedSentence[]): Map<number, Stance> {
  const tallies = new Map<number, { positive: number; negative: number; sum: number; n: number }>();
  for (const e of evidence) {
    const t = tallies.get(e.reviewId) ?? { positive: 0, negative: 0, sum: 0, n: 0 };
    if (e.stance === 'positive') t.positive++;
    if (e.stance === 'negative') t.negative++;
    t.sum += e.probability;
    t.n++;
    tallies.set(e.reviewId, t);
  }
  const stances = new Map<number, Stance>();
  for (const [id, t] of tallies) {
    if (t.positive === 0 && t.negative === 0) stances.set(id, 'neutral');
    else if (t.positive !== t.negative) stances.set(id, t.positive > t.negative ? 'positive' : 'negative');
    else stances.set(id, t.sum / t.n >= 0.5 ? 'positive' : 'negative');
  }
  return stances;
}

function verdictOf(reviews: AspectJudgement['reviews'], mentions: number): AspectVerdict {
  if (mentions === 0) return 'not-mentioned';
  const judged = reviews.positive + reviews.negative;
  if (judged === 0) return 'neutral';
  const share = reviews.positive / judged;
  if (share >= 2 / 3) return 'positive';
  if (share <= 1 / 3) return 'negative';
  return 'mixed';
}

/**
 * The most decided sentence on one side; among near ties (within 0.05) the shorter, which quotes better. It must read
 * clearly on that side (CLEAR_READING, the blurb's bar): a sentence near the stance line counts for its review, but
 * shown as "the" criticism of the music, a plain description ("the songs are taken from music by a Nashville band",
 * read 0.28) would put words in the critic's mouth. Only a sentence that opens on this craft is quoted for it: "The
 * costume design is unique and fun, and the sound design envelops the viewer" counts for the sound, but shown as the
 * sound's example it reads as a line about costumes.
 */
function clearest(aspect: Aspect, evidence: readonly JudgedSentence[], side: 'positive' | 'negative'): JudgedSentence | null {
  const strength = (e: JudgedSentence) => (side === 'positive' ? e.probability : 1 - e.probability);
  const pool = evidence.filter((e) => e.stance === side && strength(e) >= CLEAR_READING && opensOn(aspect, e));
  if (pool.length === 0) return null;
  const top = Math.max(...pool.map(strength));
  const near = pool.filter((e) => strength(e) >= top - 0.05);
  return near.reduce((best, e) => (e.sentence.length < best.sentence.length ? e : best));
}

/** The first clause of the sentence that names any craft is the one that names this craft. */
function opensOn(aspect: Aspect, e: JudgedSentence): boolean {
  const others = findAspectMentions(e.sentence).filter((m) => m.aspect !== aspect);
  if (others.length === 0) return true;
  const clauses = splitClauses(e.sentence);
  const at = e.sentence.indexOf(e.term);
  const own = clauseAt(clauses, at < 0 ? 0 : at);
  const first = clauseAt(clauses, Math.min(...others.map((m) => m.at)));
  return own === undefined || first === undefined || own.start <= first.start;
}
