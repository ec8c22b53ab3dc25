/**
 * The film page's sections as the views see them, mapped from the profile (src/aggregate/film-profile.ts:
 * consensus, pull quotes, aspects, badge, histogram) and the merged credits (src/aggregate/credits). This is the
 * only file that knows those modules' shapes: a new profile section is mapped here and gets a view; the rest of
 * the server does not change.
 */
import type { FilmProfile } from '../aggregate/film-profile.ts';
import { FACT_LABELS, type FactKind, type MergedCredits } from '../domain/credits.ts';
import type { WebReview } from '../store/web-port.ts';
import { scoreBins } from './svg/distribution-chart.ts';
import type { TimelinePoint } from './svg/timeline-chart.ts';

/** Where a quoted sentence comes from: its review, and that review's critic and outlet as the store has them now. */
export interface QuoteSource {
  reviewId: number;
  critic: string | null;
  outlet: string | null;
}

export interface QuoteView extends QuoteSource {
  text: string;
  verdict: 'positive' | 'negative';
  /** The quote is the review's own headline, not a sentence of its text. */
  fromHeadline: boolean;
}

export interface AspectView {
  name: string;
  /** Reviews that praise it, and that criticise it. */
  positive: number;
  negative: number;
  /** The clearest sentence about it. */
  example: string | null;
  /** Whose sentence the example is. */
  exampleSource: QuoteSource | null;
}

export interface CreditView {
  role: string;
  name: string;
  /** How many reviews name this person in this role. */
  support: number;
  character: string | null;
}

export interface BadgeView {
  name: string;
  earned: boolean;
  reason: string;
}

export interface FilmSections {
  /** Reviews per ten-point score bin, 0-9 ... 90-100. */
  histogram: number[];
  timeline: TimelinePoint[];
  consensus: string | null;
  quotes: QuoteView[];
  aspects: AspectView[];
  credits: CreditView[];
  badge: BadgeView | null;
}

export interface SectionInput {
  reviews: readonly WebReview[];
  profile: FilmProfile;
  credits: MergedCredits;
}

/** The roles the credits box lists; what films are playing where and other films referred to are not credits. */
const ROLE_LABELS: Partial<Record<FactKind, string>> = Object.fromEntries(
  Object.entries(FACT_LABELS).filter(([kind]) => kind !== 'availability' && kind !== 'referenced-film'),
);

const MAX_QUOTES = 4;
const MAX_CREDITS_PER_ROLE = 6;

/**
 * A quoted sentence's critic and outlet, read from the review the page lists (by id) rather than from the copy the
 * aggregate made, so a quote is always attributed exactly as its review card is; an aspect's example carries no
 * names of its own at all. The aggregate's copy is used only for a review the list does not have.
 */
function sourceOf(reviewId: number, reviews: ReadonlyMap<number, WebReview>, fallback?: { critic: string | null; outlet: string | null }): QuoteSource {
  const names = reviews.get(reviewId) ?? fallback;
  return { reviewId, critic: names?.critic ?? null, outlet: names?.outlet ?? null };
}

function quotes(profile: FilmProfile, reviews: ReadonlyMap<number, WebReview>): QuoteView[] {
  return (profile.pullQuotes?.film ?? []).slice(0, MAX_QUOTES).map((quote) => ({
    text: quote.quote,
    ...sourceOf(quote.reviewId, reviews, quote),
    verdict: reviews.get(quote.reviewId)?.verdict ?? 'positive',
    fromHeadline: quote.fromHeadline,
  }));
}

function aspects(profile: FilmProfile, reviews: ReadonlyMap<number, WebReview>): AspectView[] {
  return (profile.aspects?.aspects ?? [])
    .filter((aspect) => aspect.reviews.positive + aspect.reviews.negative > 0)
    .map((aspect) => {
      const best = aspect.best.positive ?? aspect.best.negative;
      return {
        name: aspect.label,
        positive: aspect.reviews.positive,
        negative: aspect.reviews.negative,
        example: best?.sentence ?? null,
        exampleSource: best ? sourceOf(best.reviewId, reviews) : null,
      };
    })
    .sort((a, b) => b.positive + b.negative - (a.positive + a.negative));
}

function credits(merged: MergedCredits): CreditView[] {
  const perRole = new Map<string, number>();
  const views: CreditView[] = [];
  for (const credit of merged.credits) {
    const role = ROLE_LABELS[credit.kind];
    if (role === undefined) continue;
    const shown = perRole.get(role) ?? 0;
    if (shown >= MAX_CREDITS_PER_ROLE) continue;
    perRole.set(role, shown + 1);
    const value = credit.kind === 'runtime' && /^\d+$/.test(credit.value) ? `${credit.value} minutes` : credit.value;
    views.push({ role, name: value, support: credit.support, character: credit.characters[0]?.name ?? null });
  }
  return views;
}

export function buildFilmSections(input: SectionInput): FilmSections {
  const { reviews, profile } = input;
  const byId = new Map(reviews.map((review) => [review.id, review]));
  return {
    // Below the minimum the profile has no histogram; the page still shows the few scores there are.
    histogram: profile.histogram?.bins.map((bin) => bin.count) ?? scoreBins(reviews.map((review) => review.score)),
    timeline: reviews
      .filter((review) => review.publishedAt !== null)
      .map((review) => ({ date: review.publishedAt as string, score: review.score, verdict: review.verdict })),
    consensus: profile.consensus?.text ?? null,
    quotes: quotes(profile, byId),
    aspects: aspects(profile, byId),
    credits: credits(input.credits),
    badge: { name: profile.badge.name, earned: profile.badge.earned, reason: profile.badge.reason },
  };
}
