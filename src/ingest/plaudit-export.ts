/**
 * Plaudit's own exports read back (`plaudit export --format csv|json`, or the same rows as JSONL): each row is a
 * review with the judgement Plaudit gave it, which is carried in as a RecordedJudgement so the review keeps its
 * verdict, probability, score and how they were reached instead of being judged again. A file is recognised by
 * its columns (EXPORT_MARKER), written `film_key` in the CSV and `filmKey` in the JSON: names are compared without
 * case or underscores, so one reader serves both.
 */
import type { RecordFields } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import type { JudgementSource, RecordedJudgement, Verdict } from '../domain/verdict.ts';
import { excerpt } from '../text/input-text.ts';

/** The columns only a Plaudit export has together: the judgement and how it was reached. */
const EXPORT_MARKER = ['filmkey', 'verdict', 'probability', 'score', 'verdictsource', 'scoresource'] as const;

const JUDGEMENT_COLUMNS = ['verdict', 'probability', 'score', 'verdictsource', 'scoresource'] as const;

/** How the CSV writes a column, for messages. */
const WRITTEN: Readonly<Record<string, string>> = { filmkey: 'film_key', verdictsource: 'verdict_source', scoresource: 'score_source' };
const written = (column: string): string => WRITTEN[column] ?? column;

// 'editor': an exported correction comes back as a recorded judgement an editor gave, so it is never re-read.
const SOURCES: ReadonlySet<string> = new Set<JudgementSource>(['label', 'rating', 'text', 'editor', 'none']);

/** `film_key`, `filmKey` and `FilmKey` are one column. */
function columnKey(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

/** The marker columns the header lacks, as the CSV writes them; none when the file is a Plaudit export. */
export function missingExportColumns(columns: readonly string[]): string[] {
  const present = new Set(columns.map(columnKey));
  return EXPORT_MARKER.filter((column) => !present.has(column)).map(written);
}

export function isPlauditExport(columns: readonly string[]): boolean {
  return missingExportColumns(columns).length === 0;
}

/**
 * One row of a Plaudit export -> its fields, with the judgement it carries. `csv` undoes what the CSV writer did
 * to keep a spreadsheet from running a cell (cli/format/csv.ts). A row whose judgement columns are all empty is
 * judged afresh (clearing them is how to ask for that); one with some but not all of them, or a value out of
 * range, is refused, naming the column, rather than judged into something the export did not say.
 */
export function plauditExportFields(row: Readonly<Record<string, unknown>>, options: { csv: boolean }): RecordFields {
  const cells = new Map(Object.entries(row).map(([name, value]) => [columnKey(name), value]));
  const text = (column: string): string | undefined => {
    const value = cells.get(column);
    if (value === undefined || value === null || typeof value === 'object') return undefined;
    const written = options.csv ? unneutralise(String(value)) : String(value);
    const trimmed = written.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const fields: RecordFields = {};
  const set = <K extends keyof RecordFields>(field: K, value: RecordFields[K] | undefined) => {
    if (value !== undefined) fields[field] = value;
  };
  set('text', text('text'));
  set('filmTitle', text('filmtitle'));
  set('filmYear', year(text('filmyear')));
  set('filmKey', exportKey(text('filmkey')));
  set('critic', text('critic'));
  set('outlet', text('outlet'));
  set('publishedAt', text('publishedat'));
  // The CSV calls the rating as written `rating`, the JSON `ratingRaw` (beside its `ratingScore`).
  set('rating', text('rating') ?? text('ratingraw'));
  set('topCritic', flag(text('topcritic')));
  set('url', text('url'));
  set('sourceKey', text('sourcekey'));
  set('headline', text('headline'));
  const judgement = recordedJudgement(text, cells);
  if (judgement) {
    fields.recordedJudgement = judgement;
    // The label column of the store says what the source said; for a label-judged review that is the verdict.
    if (judgement.verdictSource === 'label') fields.label = judgement.verdict;
  }
  return fields;
}

/**
 * The judgement as the review was given it alone: for a review the store read beside its film's other reviews
 * (`read_in_context_of`), what its text said alone, since the store that imports it reads the film again.
 */
function recordedJudgement(text: (column: string) => string | undefined, cells: Map<string, unknown>): RecordedJudgement | null {
  const given = JUDGEMENT_COLUMNS.filter((column) => text(column) !== undefined);
  if (given.length === 0) return null;
  if (given.length < JUDGEMENT_COLUMNS.length) {
    const missing = JUDGEMENT_COLUMNS.filter((column) => !given.includes(column)).map(written);
    throw new PlauditError('malformed', `its judgement has no ${missing.join(', ')}; give all of its columns, or none to have it judged again.`);
  }
  const alone = readAlone(text, cells);
  const judgement: RecordedJudgement = {
    verdict: verdict(alone?.verdict ?? text('verdict'), 'verdict'),
    probability: number(alone?.probability ?? text('probability'), 'probability', 1),
    score: number(alone?.score ?? text('score'), 'score', 100),
    verdictSource: source(text('verdictsource'), 'verdict_source'),
    scoreSource: source(text('scoresource'), 'score_source'),
  };
  const version = text('judgeversion') ?? judgeVersion(cells.get('stageversions'));
  if (version !== undefined) judgement.version = version;
  return judgement;
}

interface Alone {
  verdict?: string | undefined;
  probability?: string | undefined;
  score?: string | undefined;
}

/** The reading alone: the CSV's `alone_*` columns, or the JSON's `readInContext.alone`; null when read alone. */
function readAlone(text: (column: string) => string | undefined, cells: Map<string, unknown>): Alone | null {
  if (text('readincontextof') !== undefined) {
    return { verdict: text('aloneverdict'), probability: text('aloneprobability'), score: text('alonescore') };
  }
  const context = cells.get('readincontext');
  if (typeof context !== 'object' || context === null) return null;
  const alone = (context as { alone?: unknown }).alone;
  if (typeof alone !== 'object' || alone === null) return null;
  const scalar = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? String(value) : undefined);
  const { verdict: v, probability: p, score: s } = alone as Record<string, unknown>;
  return { verdict: scalar(v), probability: scalar(p), score: scalar(s) };
}

function judgeVersion(stageVersions: unknown): string | undefined {
  if (typeof stageVersions !== 'object' || stageVersions === null) return undefined;
  const judge = (stageVersions as Record<string, unknown>)['judge'];
  return typeof judge === 'string' && judge.trim() !== '' ? judge.trim() : undefined;
}

function verdict(value: string | undefined, column: string): Verdict {
  if (value === 'positive' || value === 'negative') return value;
  throw new PlauditError('malformed', `${column} is "${excerpt(value ?? '', 40)}", not positive or negative.`);
}

function number(value: string | undefined, column: string, max: number): number {
  const n = Number(value);
  if (value !== undefined && Number.isFinite(n) && n >= 0 && n <= max) return n;
  throw new PlauditError('malformed', `${column} is "${excerpt(value ?? '', 40)}", not a number from 0 to ${max}.`);
}

function source(value: string | undefined, column: string): JudgementSource {
  if (value !== undefined && SOURCES.has(value)) return value as JudgementSource;
  throw new PlauditError('malformed', `${column} is "${excerpt(value ?? '', 40)}", not label, rating, text or editor.`);
}

/**
 * The store's film key as an export's own key: "key:3" was the key an export gave (the RT movie id), which the
 * importing store keys the film by again; "title:her smell:2018" is only the store's name for a title and year,
 * which the row's title and year columns give.
 */
function exportKey(filmKey: string | undefined): string | undefined {
  if (filmKey === undefined || !filmKey.startsWith('key:')) return undefined;
  const key = filmKey.slice('key:'.length).trim();
  return key === '' ? undefined : key;
}

function year(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n > 1870 && n < 2200 ? n : undefined;
}

function flag(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : /^(1|true|yes)$/i.test(value);
}

/** The writer puts one apostrophe before a cell that starts like a formula, or like one so escaped already. */
function unneutralise(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
