/**
 * Which film a review is about, from the most to the least authoritative source: the user's --film, the
 * export's own fields, the page's JSON-LD, its headlines, and last the prose. Each source is consulted only when
 * the ones above it are silent, so a record that names its film never pays for the prose heuristics.
 * A year is taken only where it is stated: in the record, JSON-LD, or right after the title ("Her Smell (2018)").
 */
import type { CleanDocument, FilmRef, RawDocument, Sourced } from '../domain/document.ts';
import { filmFromHeadlines } from './film-from-headline.ts';
import { filmFromProse, statedYear, type FoundFilm } from './film-from-prose.ts';
import type { JsonLdFacts } from './json-ld.ts';

const HINT_WITH_YEAR = /^(.*\S)\s*\(((?:19|20)\d\d)\)$/;

export function extractFilm(doc: RawDocument, clean: CleanDocument, jsonLd: JsonLdFacts): Sourced<FilmRef> | null {
  if (doc.filmId !== undefined) return { value: { filmId: doc.filmId }, source: 'user', evidence: `film ${doc.filmId}` };
  const hint = doc.filmHint?.trim();
  if (hint) return fromHint(hint);
  const recorded = fromRecord(doc);
  if (recorded) return recorded;
  if (jsonLd.film) {
    const { title, year, imdbId, evidence } = jsonLd.film;
    return { value: { ...ref(title, year), ...(imdbId ? { imdbId } : {}) }, source: 'json-ld', evidence };
  }
  const headline = filmFromHeadlines({ headings: clean.headings, pageTitle: clean.meta.title, body: clean.paragraphs });
  if (headline?.supported) return withStatedYear(headline, clean);
  const prose = filmFromProse(clean.paragraphs);
  if (prose) return withStatedYear(prose, clean);
  // A headline the body never echoes is still better than nothing: short reviews may not repeat the title.
  return headline ? withStatedYear(headline, clean) : null;
}

/** The user's title wins; "Her Smell (2018)" carries its year. */
function fromHint(hint: string): Sourced<FilmRef> {
  const m = HINT_WITH_YEAR.exec(hint);
  const value = m ? ref(m[1] ?? hint, Number(m[2])) : ref(hint, undefined);
  return { value, source: 'user', evidence: hint };
}

function fromRecord(doc: RawDocument): Sourced<FilmRef> | null {
  const record = doc.record;
  const title = record?.filmTitle?.trim() || undefined;
  const key = record?.filmKey?.trim() || undefined;
  const imdbId = record?.filmImdbId;
  if (!record || (title === undefined && key === undefined && imdbId === undefined)) return null;
  const value: FilmRef = {
    ...(title === undefined ? {} : { title }),
    ...(record.filmYear === undefined ? {} : { year: record.filmYear }),
    ...(key === undefined ? {} : { key }),
    ...(imdbId === undefined ? {} : { imdbId }),
  };
  return { value, source: 'record', evidence: title ?? key ?? imdbId ?? '' };
}

function withStatedYear(found: FoundFilm, clean: CleanDocument): Sourced<FilmRef> {
  const year = found.year ?? statedYear(found.title, [...clean.headings, clean.meta.title ?? '', ...clean.paragraphs]);
  return { value: ref(found.title, year), source: found.source, evidence: found.evidence };
}

function ref(title: string, year: number | undefined): FilmRef {
  return year === undefined ? { title } : { title, year };
}
