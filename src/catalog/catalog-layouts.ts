/**
 * Which column of a catalog row holds which catalog field. The titles layout (the default) recognises its own
 * column names; the rt-movies preset reads the RT export's movies file; `--map field=column,...` names others,
 * as ingest's --map does for reviews.
 */
import { PlauditError } from '../domain/errors.ts';
import { excerpt } from '../text/input-text.ts';

export const CATALOG_FIELDS = [
  'key', 'title', 'year', 'imdbId', 'tmdbId', 'wikidataId', 'originalTitle', 'aliases',
  'directors', 'runtime', 'genres', 'mpaaRating', 'releaseDate', 'synopsis',
] as const;
export type CatalogField = (typeof CATALOG_FIELDS)[number];

/** Field -> column name. */
export type CatalogColumns = Partial<Record<CatalogField, string>>;

/** The titles layout: the column names a catalog file has when nothing is mapped. */
export const TITLES_COLUMNS: Record<CatalogField, string> = {
  key: 'key',
  title: 'title',
  year: 'year',
  imdbId: 'imdb_id',
  tmdbId: 'tmdb_id',
  wikidataId: 'wikidata_id',
  originalTitle: 'original_title',
  aliases: 'aliases',
  directors: 'directors',
  runtime: 'runtime',
  genres: 'genres',
  mpaaRating: 'mpaa_rating',
  releaseDate: 'release_date',
  synopsis: 'synopsis',
};

export type CatalogPreset = 'titles' | 'rt-movies';

/**
 * `rt-movies`: ../shared/data/rt-critic-reviews/movies.jsonl.gz. Its `id` is the key the RT reviews carry (the `rt`
 * ingest preset maps the same column to the film key), so each row describes the film stored as "key:<id>". It has
 * no titles; the year comes from theater_date.
 */
export const CATALOG_PRESETS: Record<CatalogPreset, CatalogColumns> = {
  titles: TITLES_COLUMNS,
  'rt-movies': {
    key: 'id',
    directors: 'director',
    genres: 'genre',
    mpaaRating: 'rating',
    runtime: 'runtime',
    releaseDate: 'theater_date',
    synopsis: 'synopsis',
  },
};

/** The rt-movies file dates films only by their release: its year is the release date's. */
export const YEAR_FROM_RELEASE_DATE: ReadonlySet<CatalogPreset> = new Set(['rt-movies']);

/** Names accepted on the command line for each field: the titles column name and the field name itself. */
const FIELD_NAMES = new Map<string, CatalogField>(
  CATALOG_FIELDS.flatMap((field) => [
    [field.toLowerCase(), field],
    [TITLES_COLUMNS[field], field],
  ]),
);

export function catalogPreset(name: string | undefined): CatalogPreset {
  if (name === undefined) return 'titles';
  if (name === 'titles' || name === 'rt-movies') return name;
  throw new PlauditError('invalid-argument', `--preset: unknown catalog preset "${name}"; known presets: titles, rt-movies.`);
}

/** Parses `--map "title=name,year=released"`; an unknown field is an error naming the valid ones. */
export function parseCatalogMap(option: string): CatalogColumns {
  const columns: CatalogColumns = {};
  for (const pair of option.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [rawField, column] = pair.split('=').map((s) => s.trim());
    const field = rawField ? FIELD_NAMES.get(rawField.toLowerCase()) : undefined;
    if (!field || !column) {
      const known = CATALOG_FIELDS.map((f) => TITLES_COLUMNS[f]).join(', ');
      throw new PlauditError('invalid-argument', `--map: "${pair}" is not FIELD=COLUMN with a known field; fields: ${known}.`);
    }
    columns[field] = column;
  }
  return columns;
}

/**
 * The columns of one file: mapped ones must exist; the preset's take the columns present. A file with no column
 * that could name a film (key, title or an id) cannot be read at all.
 */
export function resolveCatalogColumns(options: { preset: CatalogColumns; mapped: CatalogColumns; header: readonly string[]; display: string }): CatalogColumns {
  const present = new Set(options.header);
  const shown = () => options.header.slice(0, 20).map((c) => JSON.stringify(excerpt(c, 40))).join(', ') || '(none)';
  const resolved: CatalogColumns = {};
  for (const field of CATALOG_FIELDS) {
    const mapped = options.mapped[field];
    if (mapped !== undefined && !present.has(mapped)) {
      throw new PlauditError('missing-column', `${options.display}: column "${mapped}" (mapped to ${TITLES_COLUMNS[field]}) is not in the file; its columns are: ${shown()}.`);
    }
    const column = mapped ?? options.preset[field];
    if (column !== undefined && present.has(column)) resolved[field] = column;
  }
  if (!resolved.key && !resolved.title && !resolved.imdbId && !resolved.tmdbId && !resolved.wikidataId) {
    throw new PlauditError(
      'missing-column',
      `${options.display}: no column names a film (key, title, imdb_id, tmdb_id or wikidata_id); its columns are: ${shown()}. ` +
        'Map one with --map title=COLUMN, or use --preset rt-movies for the RT movies file.',
    );
  }
  return resolved;
}
