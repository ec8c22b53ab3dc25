/**
 * Column mapping for JSONL/CSV exports: which column of a row holds which review field.
 * Without a mapping, columns are recognised by common names; `--map` and presets override that.
 */
import { PlauditError } from '../domain/errors.ts';
import type { RecordFields } from '../domain/document.ts';
import { imdbIdOf } from '../domain/external-ids.ts';
import { excerpt } from '../text/input-text.ts';

export const RECORD_FIELDS = [
  'text',
  'filmTitle',
  'filmYear',
  'filmKey',
  'filmImdbId',
  'critic',
  'outlet',
  'publishedAt',
  'rating',
  'label',
  'topCritic',
  'url',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/**
 * Field name -> column name. `layout: 'plaudit'` (`--preset plaudit`) says the file is Plaudit's own export, read
 * with its judgements (plaudit-export.ts) rather than by columns; without a mapping such a file is recognised.
 */
export type ColumnMapping = Partial<Record<RecordField, string>> & { layout?: 'plaudit' };

/** Names accepted on the command line, so users can write film_key as well as filmKey. */
const FIELD_ALIASES: Record<string, RecordField> = {
  text: 'text', review: 'text', quote: 'text',
  film: 'filmTitle', title: 'filmTitle', film_title: 'filmTitle', filmtitle: 'filmTitle',
  year: 'filmYear', film_year: 'filmYear', filmyear: 'filmYear',
  film_key: 'filmKey', filmkey: 'filmKey', key: 'filmKey',
  imdb_id: 'filmImdbId', imdb: 'filmImdbId', imdbid: 'filmImdbId',
  critic: 'critic', author: 'critic',
  outlet: 'outlet', publisher: 'outlet', publication: 'outlet',
  date: 'publishedAt', published: 'publishedAt', published_at: 'publishedAt', publishedat: 'publishedAt',
  rating: 'rating', grade: 'rating',
  label: 'label', verdict: 'label', fresh: 'label',
  top_critic: 'topCritic', topcritic: 'topCritic',
  url: 'url', link: 'url',
};

/** Column names recognised without a mapping, per field, in order of preference. */
const DEFAULT_COLUMNS: Record<RecordField, string[]> = {
  text: ['text', 'review', 'review_text', 'quote', 'content', 'body'],
  filmTitle: ['film', 'film_title', 'movie', 'movie_title', 'title'],
  filmYear: ['year', 'film_year', 'release_year'],
  filmKey: ['film_key', 'film_id', 'movie_id'],
  filmImdbId: ['imdb_id', 'imdbid', 'imdb', 'tconst'],
  critic: ['critic', 'critic_name', 'author', 'reviewer', 'byline'],
  outlet: ['outlet', 'publisher', 'publication', 'source', 'site'],
  publishedAt: ['date', 'published', 'published_at', 'review_date'],
  rating: ['rating', 'grade', 'score', 'original_score'],
  label: ['label', 'verdict', 'fresh', 'sentiment', 'review_type'],
  topCritic: ['top_critic', 'is_top_critic'],
  url: ['url', 'link', 'review_url'],
};

/**
 * Presets for known exports. `rt`: the Rotten Tomatoes critic-review export, which keys films by a movie id and
 * has no titles: `id` is the film key, `review` the quote, `fresh` the fresh/rotten label, `publisher` the outlet.
 * `plaudit`: Plaudit's own export (`plaudit export`), read with each review's judgement (plaudit-export.ts).
 */
export const MAPPING_PRESETS: Record<string, ColumnMapping> = {
  rt: {
    filmKey: 'id',
    text: 'review',
    rating: 'rating',
    label: 'fresh',
    critic: 'critic',
    outlet: 'publisher',
    publishedAt: 'date',
    topCritic: 'top_critic',
  },
  plaudit: { layout: 'plaudit' },
};

/** Parses `--map "film_key=id,text=review"` into a mapping; an unknown field name is an error naming the valid ones. */
export function parseMappingOption(option: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of option.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [rawField, column] = pair.split('=').map((s) => s.trim());
    const field = rawField ? FIELD_ALIASES[rawField.toLowerCase()] : undefined;
    if (!field || !column) {
      throw new PlauditError(
        'invalid-argument',
        `--map: "${pair}" is not FIELD=COLUMN with a known field; fields: ${Object.keys(FIELD_ALIASES).join(', ')}.`,
      );
    }
    mapping[field] = column;
  }
  return mapping;
}

/**
 * Resolves the mapping for one export against its header: explicit entries must name existing columns; fields
 * without an entry take a recognised column name when there is one.
 */
export function resolveMapping(explicit: ColumnMapping, header: readonly string[], fileName: string): ColumnMapping {
  const columns = describeColumns(header);
  const present = new Set(header);
  const lower = new Map(header.map((h) => [h.toLowerCase(), h]));
  const resolved: ColumnMapping = {};
  for (const field of RECORD_FIELDS) {
    const wanted = explicit[field];
    if (wanted !== undefined) {
      if (!present.has(wanted)) {
        throw new PlauditError(
          'missing-column',
          `${fileName}: column "${wanted}" (mapped to ${field}) is not in the file; its columns are: ${columns}.`,
        );
      }
      resolved[field] = wanted;
      continue;
    }
    const found = DEFAULT_COLUMNS[field].map((name) => lower.get(name)).find((c) => c !== undefined);
    if (found) resolved[field] = found;
  }
  if (!resolved.text && !resolved.label && !resolved.rating) {
    throw new PlauditError(
      'missing-column',
      `${fileName}: no column holds the review (text, rating or label); its columns are: ${columns}. ` +
        'Map one with --map text=COLUMN.',
    );
  }
  if (!resolved.filmTitle && !resolved.filmKey && !resolved.filmImdbId) {
    throw new PlauditError(
      'missing-column',
      `${fileName}: no column names the film; its columns are: ${columns}. ` +
        'Map one with --map film=COLUMN, film_key=COLUMN or imdb_id=COLUMN, or name the film with --film.',
    );
  }
  return resolved;
}

/**
 * The header as an error message shows it: a few columns, each cut short, so a file of junk (one "column" of
 * 20 MB of NULs) gives a message a person can read.
 */
function describeColumns(header: readonly string[]): string {
  const shown = header.slice(0, MAX_COLUMNS_SHOWN).map((column) => JSON.stringify(excerpt(column, 40)));
  const more = header.length > MAX_COLUMNS_SHOWN ? ` and ${header.length - MAX_COLUMNS_SHOWN} more` : '';
  return header.length === 0 ? '(none)' : `${shown.join(', ')}${more}`;
}

const MAX_COLUMNS_SHOWN = 20;

/** Applies a resolved mapping to one row. Empty strings count as absent. */
export function mapRow(row: Readonly<Record<string, unknown>>, mapping: ColumnMapping): RecordFields {
  const get = (field: RecordField): string | undefined => {
    const column = mapping[field];
    if (column === undefined) return undefined;
    const value = row[column];
    if (value === undefined || value === null) return undefined;
    const text = String(value).trim();
    return text === '' ? undefined : text;
  };
  const fields: RecordFields = {};
  const text = get('text');
  if (text !== undefined) fields.text = text;
  const title = get('filmTitle');
  if (title !== undefined) fields.filmTitle = title;
  const year = Number(get('filmYear'));
  if (Number.isInteger(year) && year > 1870 && year < 2200) fields.filmYear = year;
  const key = get('filmKey');
  if (key !== undefined) fields.filmKey = key;
  // Only a well-formed id is evidence; anything else in the column is left out rather than trusted.
  const imdbId = imdbIdOf(get('filmImdbId'));
  if (imdbId !== undefined) fields.filmImdbId = imdbId;
  const critic = get('critic');
  if (critic !== undefined) fields.critic = critic;
  const outlet = get('outlet');
  if (outlet !== undefined) fields.outlet = outlet;
  const date = get('publishedAt');
  if (date !== undefined) fields.publishedAt = date;
  const rating = get('rating');
  if (rating !== undefined) fields.rating = rating;
  const label = parseLabel(get('label'));
  if (label !== undefined) fields.label = label;
  const top = get('topCritic');
  if (top !== undefined) fields.topCritic = /^(1|true|yes|y|top)$/i.test(top);
  const url = get('url');
  if (url !== undefined) fields.url = url;
  return fields;
}

const POSITIVE_LABELS = new Set(['fresh', 'positive', 'pos', '1', 'true', 'yes', 'good', 'like', 'certified fresh']);
const NEGATIVE_LABELS = new Set(['rotten', 'negative', 'neg', '0', 'false', 'no', 'bad', 'dislike']);

export function parseLabel(value: string | undefined): 'positive' | 'negative' | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (POSITIVE_LABELS.has(v)) return 'positive';
  if (NEGATIVE_LABELS.has(v)) return 'negative';
  return undefined;
}
