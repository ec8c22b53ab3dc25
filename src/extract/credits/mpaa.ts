/**
 * The MPAA rating: "Rated R for language", "MPAA rating: PG-13", "Parents guide: R (language)", schema.org's
 * contentRating "Rated R". Only the MPAA's own marks count, so a critic's "Rating: 3/4" is never one.
 */
import type { FilmFact } from '../../domain/credits.ts';
import { makeFact, type TextUnit } from './text-unit.ts';

const MARK = '(NC-17|PG-13|PG|G|R|NR|X|Not Rated|Unrated)';
/** At the start of a labelled value or of schema.org's contentRating: "R (language)", "Rated PG-13", "MPAA R". */
const VALUE = new RegExp(`^(?:(?:MPAA|Rated)\\s*:?\\s*)?${MARK}(?![\\p{L}\\d-])`, 'iu');
/** In prose: "is rated R", "(Rated PG-13 for …)". Capital letters only, so "rated g" in a sentence is no mark. */
const IN_SENTENCE = /\b[Rr]ated\s+(NC-17|PG-13|PG|G|R)(?![\p{L}\d-])/u;

/** The mark at the start of a value ("R (language)" -> "R"), normalised, or null. */
export function parseMpaa(value: string): string | null {
  const m = VALUE.exec(value.trim());
  return m?.[1] === undefined ? null : normalise(m[1]);
}

export function mpaaInSentence(unit: TextUnit): FilmFact[] {
  if (!unit.text.includes('ated')) return [];
  const m = IN_SENTENCE.exec(unit.text);
  return m?.[1] === undefined ? [] : [makeFact('mpaa', normalise(m[1]), unit)];
}

function normalise(mark: string): string {
  const upper = mark.toUpperCase();
  return upper === 'NOT RATED' || upper === 'UNRATED' ? 'NR' : upper;
}
