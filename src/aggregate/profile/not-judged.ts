/**
 * The reviews no signal judged (verdict source 'none'): written in a language the text model does not read, with no
 * rating or label. They are listed with the film but left out of every figure, and the profile says how many and
 * why, by language, so a reader never takes the figures for all of the film's reviews. Pure.
 */
import { languageName, notJudgedReason, UNDETERMINED } from '../../domain/language.ts';
import type { ScoredReview } from './types.ts';

export interface NotJudgedLanguage {
  /** ISO 639-3 code, as stored. */
  code: string;
  name: string;
  reviewCount: number;
  reason: string;
}

export interface NotJudged {
  reviewCount: number;
  /** Most reviews first, then by code. */
  languages: NotJudgedLanguage[];
}

export function isJudged(review: Pick<ScoredReview, 'verdictSource'>): boolean {
  return review.verdictSource !== 'none';
}

export function notJudged(reviews: readonly ScoredReview[]): NotJudged | null {
  const counts = new Map<string, number>();
  for (const review of reviews) {
    if (isJudged(review)) continue;
    const code = review.language ?? UNDETERMINED;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const languages = [...counts]
    .map(([code, reviewCount]) => ({ code, name: languageName(code), reviewCount, reason: notJudgedReason(code) }))
    .sort((a, b) => b.reviewCount - a.reviewCount || a.code.localeCompare(b.code));
  return { reviewCount: languages.reduce((n, l) => n + l.reviewCount, 0), languages };
}

/** "2 reviews not counted: 1 in French, 1 in Spanish (the text model reads English only; no rating or label)". */
export function notJudgedLine(section: NotJudged): string {
  const count = section.reviewCount === 1 ? '1 review' : `${section.reviewCount} reviews`;
  const parts = section.languages.map((l) => `${l.reviewCount} in ${l.name}`).join(', ');
  return `${count} not counted: ${parts} (the text model reads English only, and they have no rating or label to judge them by)`;
}
