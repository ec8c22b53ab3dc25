/**
 * How often a critic (or outlet) agrees with the consensus: for each of their reviews, the majority verdict of
 * the *other* reviews of that film, leaving their own out so a critic cannot agree with themselves. Films with
 * too few other reviews, or a tie, do not count. This is arithmetic on stored verdicts; it lives with the server
 * because only the critic pages show it.
 */
import type { FilmSummary } from '../domain/film.ts';
import type { JudgementSource, Verdict } from '../domain/verdict.ts';

/** Fewer other reviews than this make no consensus to agree with. */
export const MIN_OTHER_REVIEWS = 3;

export interface Agreement {
  /** Reviews on films with a consensus. */
  counted: number;
  agreed: number;
  /** 0-100, or null when nothing could be counted. */
  percent: number | null;
}

export function consensusAgreement(
  reviews: readonly { filmId: number; verdict: Verdict; verdictSource?: JudgementSource }[],
  films: ReadonlyMap<number, Pick<FilmSummary, 'reviewCount' | 'positiveCount'>>,
): Agreement {
  let counted = 0;
  let agreed = 0;
  for (const review of reviews) {
    const film = films.get(review.filmId);
    // A review nothing judged (another language, no rating) has no verdict to agree or disagree with.
    if (film === undefined || review.verdictSource === 'none') continue;
    const others = film.reviewCount - 1;
    const otherPositive = film.positiveCount - (review.verdict === 'positive' ? 1 : 0);
    const otherNegative = others - otherPositive;
    if (others < MIN_OTHER_REVIEWS || otherPositive === otherNegative) continue;
    counted++;
    const consensus: Verdict = otherPositive > otherNegative ? 'positive' : 'negative';
    if (consensus === review.verdict) agreed++;
  }
  return { counted, agreed, percent: counted === 0 ? null : Math.round((100 * agreed) / counted) };
}
