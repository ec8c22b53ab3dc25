/**
 * The API's JSON shapes, made from store and profile objects. Server-side details (file paths, document ids,
 * source keys) stay out: a review's public identity is its id and, where the source gave one, its URL.
 */
import type { HeldStatus, Hold } from '../../domain/held.ts';
import type { FilmProfile } from '../../aggregate/film-profile.ts';
import type { FilmSummary } from '../../domain/film.ts';
import { shownPercent } from '../../aggregate/expected-positive.ts';
import type { SourceKeyConflict } from '../../store/port.ts';
import type { NameSummary, WebReview } from '../../store/web-port.ts';
import { safeExternalUrl } from '../external-url.ts';
import { API_PREFIX, badgePath, filmPath, namePath } from '../paths.ts';

export function filmJson(film: FilmSummary, minReviews: number) {
  const scored = film.reviewCount >= minReviews;
  return {
    id: film.id,
    key: film.key,
    title: film.title,
    year: film.year,
    reviewCount: film.reviewCount,
    positiveCount: film.positiveCount,
    expectedPositive: Math.round(film.expectedPositive * 100) / 100,
    percentPositive: scored ? shownPercent(film) : null,
    links: {
      self: `${API_PREFIX}/films/${film.id}`,
      profile: `${API_PREFIX}/films/${film.id}/profile`,
      reviews: `${API_PREFIX}/films/${film.id}/reviews`,
      page: filmPath(film),
      badge: badgePath(film),
    },
  };
}

export function reviewJson(review: WebReview) {
  return {
    id: review.id,
    filmId: review.filmId,
    version: review.version,
    critic: review.critic === null ? null : { id: review.criticId, name: review.critic },
    outlet: review.outlet === null ? null : { id: review.outletId, name: review.outlet },
    publishedAt: review.publishedAt,
    rating: review.ratingRaw === null ? null : { raw: review.ratingRaw, score: review.ratingScore },
    verdict: review.verdict,
    score: review.score,
    probability: review.probability,
    verdictSource: review.verdictSource,
    scoreSource: review.scoreSource,
    /** Set when the verdict and score come from reading the text beside the film's other text-judged reviews. */
    readInContext: review.readInContext,
    topCritic: review.topCritic,
    /** The earlier review this one repeats (syndication): listed, not counted. */
    duplicateOf: review.duplicateOf,
    /** ISO 639-3 code of the text's language ("und": undetermined); a verdictSource 'none' review is in no count. */
    language: review.language,
    /** The critic's own headline for the review, as the page gave it (a pull quote may come from it); null when none. */
    headline: review.headline,
    /** An editor's correction (verdict, score, removed), or null. */
    correction: review.correction,
    /** Only an http(s) URL: an old import may hold `javascript:` or worse, which no client should be handed as a link. */
    url: safeExternalUrl(review.url),
    text: review.text,
    evidence: review.evidence,
    stageVersions: review.stageVersions,
    links: { self: `${API_PREFIX}/reviews/${review.id}`, film: `${API_PREFIX}/films/${review.filmId}` },
  };
}

/** The review that already held the posted URL and was left alone (store/port.ts SourceKeyConflict). */
export function conflictJson(conflict: SourceKeyConflict) {
  return {
    reviewId: conflict.reviewId,
    filmId: conflict.filmId,
    reason: conflict.reason,
    links: { review: `${API_PREFIX}/reviews/${conflict.reviewId}`, film: `${API_PREFIX}/films/${conflict.filmId}` },
  };
}

/** A document on the held list: why it is there and, for "which film?", the candidates with what speaks for each. */
export function holdJson(heldId: number, hold: Hold, state: { heldStatus?: HeldStatus; status?: string } = {}) {
  return {
    id: heldId,
    code: hold.code,
    reason: hold.reason,
    reasons: hold.reasons,
    candidates: hold.candidates.map((candidate) => ({
      ...candidate,
      links: { film: `${API_PREFIX}/films/${candidate.filmId}` },
    })),
    ...(state.heldStatus === undefined ? {} : { heldStatus: state.heldStatus }),
    links: { self: `${API_PREFIX}/held/${heldId}` },
  };
}

export function nameJson(name: NameSummary) {
  const base = `${API_PREFIX}/${name.kind}s/${name.id}`;
  return {
    id: name.id,
    kind: name.kind,
    name: name.name,
    reviewCount: name.reviewCount,
    positiveCount: name.positiveCount,
    links: { self: base, reviews: `${base}/reviews`, page: namePath(name.kind, name.id, name.name) },
  };
}

export function profileJson(profile: FilmProfile, sections: object) {
  return { ...profile, sections };
}
