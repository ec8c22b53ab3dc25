/**
 * The extract stage: from a raw document and its cleaned form to a ReviewDraft. It coordinates the field
 * extractors (film, critic and outlet, date, rating) and records for every field where its value came from and
 * the words it was read from. Pure: no I/O, no clock, no state between calls.
 *
 * Records (one row of an export, tens of thousands per file) take the cheap path: every field the record gives
 * is used as is and the page heuristics behind it are never run.
 */
import type { CleanDocument, RawDocument, ReviewDraft, Sourced } from '../domain/document.ts';
import type { Rating } from '../domain/rating.ts';
import { firstSentence } from '../text/sentences.ts';
import { criticHeadline } from './critic-headline.ts';
import { extractAttribution } from './extract-attribution.ts';
import { extractFilm } from './extract-film.ts';
import { readJsonLd, type JsonLdFacts } from './json-ld.ts';
import { findRatingInText, parseRating } from './normalise-rating.ts';
import { normaliseDate } from './published-date.ts';

/** Bumped whenever a change here can change a draft, so stored reviews know they need recomputing. */
export const EXTRACT_VERSION = 'extract-2';

export function extractReview(doc: RawDocument, clean: CleanDocument): ReviewDraft {
  const jsonLd = readJsonLd(clean.meta.jsonLd);
  const { critic, outlet } = extractAttribution({ doc, clean, jsonLd });
  const text = clean.paragraphs.join('\n\n');
  const record = doc.record;
  const film = extractFilm(doc, clean, jsonLd);
  return {
    film,
    critic,
    outlet,
    publishedAt: extractPublishedAt(doc, clean, jsonLd),
    rating: extractRating(doc, clean, jsonLd),
    label: record?.label ?? null,
    topCritic: record?.topCritic ?? false,
    url: record?.url?.trim() || clean.meta.url?.trim() || null,
    text,
    firstSentence: firstSentence(text),
    // A record has no headings of its own: only a Plaudit export carries the headline found on the page.
    headline:
      doc.format === 'record'
        ? (record?.headline ?? null)
        : criticHeadline({
            headings: clean.headings,
            pageTitle: clean.meta.title,
            filmTitle: film?.value.title ?? null,
            siteNames: [outlet?.value, clean.meta.siteName],
          }),
    ...(record?.recordedJudgement ? { recordedJudgement: record.recordedJudgement } : {}),
    version: EXTRACT_VERSION,
  };
}

/** Record, then JSON-LD, then meta tags; never the prose, where dates are screenings and anniversaries. */
function extractPublishedAt(doc: RawDocument, clean: CleanDocument, jsonLd: JsonLdFacts): Sourced<string> | null {
  const recorded = doc.record?.publishedAt?.trim();
  if (recorded) return { value: normaliseDate(recorded), source: 'record', evidence: recorded };
  if (jsonLd.datePublished) {
    return { value: normaliseDate(jsonLd.datePublished), source: 'json-ld', evidence: `datePublished: ${jsonLd.datePublished}` };
  }
  const meta = clean.meta.publishedAt?.trim();
  return meta ? { value: normaliseDate(meta), source: 'meta-tag', evidence: meta } : null;
}

/**
 * Record rating, then JSON-LD reviewRating, then a rating stated in the headings, body or info box. A record
 * rating that does not parse falls through to the other sources rather than becoming a number.
 */
function extractRating(doc: RawDocument, clean: CleanDocument, jsonLd: JsonLdFacts): Sourced<Rating> | null {
  const written = doc.record?.rating?.trim();
  const recorded = written ? parseRating(written) : null;
  if (recorded) return { value: recorded, source: 'record', evidence: written };
  const structured = jsonLd.rating ? ratingFromJsonLd(jsonLd.rating) : null;
  if (structured) return structured;
  const infoBox = clean.dropped.filter((d) => d.reason === 'info-box').map((d) => d.text);
  const found = findRatingInText([...clean.headings, ...clean.paragraphs, ...infoBox].join('\n'));
  return found ? { value: found.rating, source: 'text', evidence: found.evidence } : null;
}

/**
 * schema.org's reviewRating. Its bestRating defaults to 5 when absent; the value is read against it with the
 * same n/d rule as any fraction, and a value below worstRating is malformed. A non-numeric value ("B+") is read
 * as written.
 */
function ratingFromJsonLd(r: { value: string; best?: string; worst?: string }): Sourced<Rating> | null {
  const evidence = `ratingValue: ${r.value}${r.best ? `, bestRating: ${r.best}` : ''}${r.worst ? `, worstRating: ${r.worst}` : ''}`;
  const numeric = /^\d+(?:\.\d+)?$/.test(r.value);
  if (!numeric) {
    const rating = parseRating(r.value);
    return rating ? { value: rating, source: 'json-ld', evidence } : null;
  }
  if (r.worst !== undefined && Number(r.value) < Number(r.worst)) return null;
  const best = r.best ?? '5';
  const rating = parseRating(`${r.value}/${best}`);
  return rating ? { value: rating, source: 'json-ld', evidence } : null;
}
