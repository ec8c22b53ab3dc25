/**
 * The naming signal: does the document name a film, where was the name read, and does it rate it. A review is of
 * one film and says which; the place the name came from says how far to trust it: the page's own markup or a
 * credit line ("Her Smell. Directed by Alex Ross Perry.") more than a headline, a headline more than a
 * capitalised run picked out of the prose, which on a news page is as often a country or a party.
 */
import type { FieldSource, ReviewDraft } from '../domain/document.ts';
import { quoted, type Evidence } from './evidence.ts';

const WEIGHT_BY_SOURCE: Partial<Record<FieldSource, number>> = {
  'json-ld': 1,
  // A credit line ("Directed by …") exists only for a film, so it is the strongest of the prose sources.
  'credit-line': 2,
  headline: 1,
  'meta-tag': 0.5,
  text: 0,
};

const WHERE: Partial<Record<FieldSource, string>> = {
  'json-ld': 'in its JSON-LD',
  'credit-line': 'in a credit line',
  headline: 'in its headline',
  'meta-tag': 'in its meta tags',
  text: 'only in its prose, a weak sign',
};

export function namedFilmEvidence(draft: ReviewDraft): Evidence[] {
  const evidence: Evidence[] = [];
  const film = draft.film;
  if (!film) {
    evidence.push({ weight: -3, reason: 'names no film', naming: true });
  } else {
    const title = film.value.title ?? film.value.key ?? '';
    evidence.push({
      weight: WEIGHT_BY_SOURCE[film.source] ?? 0.5,
      reason: `names a film ${WHERE[film.source] ?? `(from the ${film.source})`}: ${quoted(title)}`,
    });
  }
  if (draft.rating) {
    const written = draft.rating.evidence ?? '';
    evidence.push({ weight: 1, reason: `gives a rating${written ? ` (${quoted(written, 40)})` : ''}` });
  }
  return evidence;
}
