/**
 * Pull quotes for a film: every review's candidates ranked, each run through the honesty check, attributed to its
 * critic and outlet. The film's list takes the best honest quotes across reviews; each review keeps its own
 * best few; candidates the honesty check flagged are kept apart with their flags, so nobody has to take the
 * refusal on trust.
 */
import { METHOD } from '../methods.ts';
import type { AnalysedReview, Polarity } from '../types.ts';
import { quoteCandidates, MAX_QUOTE_WORDS, BLURB_POSITIVE_AT } from './candidates.ts';
import { checkHonesty, type HonestyFlag } from './honesty-check.ts';
import { pickQuotes, rankQuote } from './rank-quotes.ts';
import { leaningOf, verdictLines } from './verdict-lines.ts';

export const PULL_QUOTES_VERSION = 'pull-quotes-6';

export interface PullQuote {
  /** As printed, with "…" where the sentence was cut. */
  quote: string;
  reviewId: number;
  /** The sentence's position in the review's text; HEADLINE_INDEX (-1) when the quote is the review's headline. */
  sentenceIndex: number;
  /** The quote is the review's headline, the critic's own, rather than a sentence of its text. */
  fromHeadline: boolean;
  /** The whole sentence it comes from; the headline itself for a headline. */
  sentence: string;
  critic: string | null;
  outlet: string | null;
  words: number;
  probability: number;
  rank: number;
}

export interface FlaggedQuote extends PullQuote {
  flags: HonestyFlag[];
}

export interface PullQuotes {
  /** The film's best honest quotes, best first. */
  film: PullQuote[];
  /**
   * Each review's best honest lines, by review id: the lines that state its verdict (verdict-lines.ts), so praise
   * for a fresh review, criticism for a pan, the balanced line for a mixed score.
   */
  byReview: Record<string, PullQuote[]>;
  /** Candidates that read as praise but failed the honesty check, best first. */
  flagged: FlaggedQuote[];
  rules: { maxWords: number; minProbability: number; honesty: string };
  model: string;
  method: string;
  version: string;
}

export interface PullQuoteOptions {
  /** Performers, crafts or the title: quotes that name one rank a little higher. */
  subjects?: RegExp | null;
  model: string;
  limit?: number;
  perReview?: number;
}

export function buildPullQuotes(reviews: readonly AnalysedReview[], polarity: Polarity, options: PullQuoteOptions): PullQuotes {
  const honest: Array<ReturnType<typeof rankQuote>> = [];
  const flagged: FlaggedQuote[] = [];
  const byReview: Record<string, PullQuote[]> = {};
  for (const review of reviews) {
    const ranked = quoteCandidates(review, polarity, options.subjects ?? null).map((c) => rankQuote(c, options.subjects ?? null));
    const passed = [];
    for (const candidate of ranked) {
      // A headline has no sentence around it and no `next`: it is checked on its own words alone.
      const check = checkHonesty({ quote: candidate.display, sentence: candidate.sentence, ...(candidate.next ? { next: candidate.next } : {}) }, polarity);
      if (check.honest) passed.push(candidate);
      else flagged.push({ ...attributed(candidate, review), flags: check.flags });
    }
    honest.push(...passed);
    // A review's own lines state its verdict: the praise above for a fresh one, else its criticism or its balance.
    const leaning = leaningOf(review.review);
    const own = verdictLines(review, polarity, options.subjects ?? null, leaning);
    if (own.length > 0) byReview[String(review.review.id)] = own.map((q) => attributed(q, review));
  }
  const reviewById = new Map(reviews.map((r) => [r.review.id, r]));
  const film = pickQuotes(honest, { limit: options.limit ?? 10, perReview: options.perReview ?? 2 }).map((q) =>
    attributed(q, reviewById.get(q.reviewId)!),
  );
  return {
    film,
    byReview,
    flagged: oncePerSentence(flagged.sort((a, b) => b.rank - a.rank)).slice(0, 20),
    rules: { maxWords: MAX_QUOTE_WORDS, minProbability: BLURB_POSITIVE_AT, honesty: METHOD.honestyCheck },
    model: options.model,
    method: METHOD.pullQuotes,
    version: PULL_QUOTES_VERSION,
  };
}

/** A refused sentence is shown once, by its best-ranked cut: the other cuts of it fail for the same words. */
function oncePerSentence(flagged: readonly FlaggedQuote[]): FlaggedQuote[] {
  const seen = new Set<string>();
  return flagged.filter((q) => {
    const key = `${q.reviewId}:${q.sentenceIndex}`;
    return !seen.has(key) && seen.add(key);
  });
}

function attributed(q: ReturnType<typeof rankQuote>, review: AnalysedReview): PullQuote {
  return {
    quote: q.display,
    reviewId: q.reviewId,
    sentenceIndex: q.sentenceIndex,
    fromHeadline: q.fromHeadline,
    sentence: q.sentence,
    critic: review.review.critic ?? null,
    outlet: review.review.outlet ?? null,
    words: q.words,
    probability: Math.round(q.probability * 1000) / 1000,
    rank: q.rank,
  };
}
