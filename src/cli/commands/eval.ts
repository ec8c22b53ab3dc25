/**
 * `plaudit eval FILE`: the judge's figures on any labelled JSONL/JSON/CSV export (optionally gzipped): accuracy
 * from the text alone and with the rating where present, calibration error, score error, film-level error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadJudgeModel } from '../../app.ts';
import { PlauditError } from '../../domain/errors.ts';
import { MAPPING_PRESETS, parseLabel, parseMappingOption, type ColumnMapping } from '../../ingest/column-mapping.ts';
import { evaluateJudge, type EvalFigures, type LabelledReview } from '../../judge/evaluate.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';

export interface EvalCommandOptions {
  map?: string;
  preset?: string;
  model?: string;
  where?: string;
  json?: boolean;
}

const GUESSES: Record<'text' | 'label' | 'rating' | 'film' | 'critic' | 'outlet', string[]> = {
  text: ['text', 'review', 'quote', 'review_text', 'content', 'body'],
  label: ['label', 'fresh', 'verdict', 'sentiment', 'review_type'],
  rating: ['rating', 'grade', 'original_score'],
  film: ['film_key', 'film_id', 'movie_id', 'id', 'film', 'movie', 'title'],
  critic: ['critic', 'critic_name', 'author'],
  outlet: ['outlet', 'publisher', 'publisher_name', 'publication'],
};

export function readRows(path: string): Record<string, unknown>[] {
  let text: string;
  try {
    const bytes = readFileSync(path);
    text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (cause) {
    throw new PlauditError('not-found', `${path} could not be read: ${(cause as Error).message}`, { cause });
  }
  const name = path.replace(/\.gz$/, '');
  if (name.endsWith('.csv')) return parseCsv(text, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, unknown>[];
  if (name.endsWith('.json')) return JSON.parse(text) as Record<string, unknown>[];
  return text.split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    try {
      return JSON.parse(l) as Record<string, unknown>;
    } catch {
      throw new PlauditError('malformed', `${path}: line ${i + 1} is not JSON.`);
    }
  });
}

/** Picks the columns: the mapping's when given, else a recognised name. */
function columnsFor(header: string[], mapping: ColumnMapping) {
  const pick = (explicit: string | undefined, guesses: string[]) => explicit ?? guesses.find((g) => header.includes(g));
  return {
    text: pick(mapping.text, GUESSES.text),
    label: pick(mapping.label, GUESSES.label),
    rating: pick(mapping.rating, GUESSES.rating),
    film: pick(mapping.filmKey ?? mapping.filmTitle, GUESSES.film),
    critic: pick(mapping.critic, GUESSES.critic),
    outlet: pick(mapping.outlet, GUESSES.outlet),
  };
}

export function toLabelled(rows: Record<string, unknown>[], mapping: ColumnMapping, file: string): LabelledReview[] {
  const columns = columnsFor(Object.keys(rows[0] ?? {}), mapping);
  if (!columns.text || !columns.label) {
    throw new PlauditError('missing-column', `${file}: needs a text column and a label column (map them with --map text=COLUMN,label=COLUMN).`);
  }
  const str = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());
  return rows.flatMap((row): LabelledReview[] => {
    const label = parseLabel(str(row[columns.label!]));
    if (!label) return [];
    const rating = columns.rating ? str(row[columns.rating]) : '';
    const film = columns.film ? str(row[columns.film]) : '';
    const critic = columns.critic ? str(row[columns.critic]) : '';
    const outlet = columns.outlet ? str(row[columns.outlet]) : '';
    return [{
      text: str(row[columns.text!]), positive: label === 'positive',
      ...(rating ? { rating } : {}), ...(film ? { film } : {}), ...(critic ? { critic } : {}), ...(outlet ? { outlet } : {}),
    }];
  });
}

export async function evalCommand(file: string, options: EvalCommandOptions, io: CliIo): Promise<number> {
  if (options.preset && !MAPPING_PRESETS[options.preset]) throw new PlauditError('invalid-argument', `--preset: unknown preset "${options.preset}" (known: rt).`);
  const mapping = { ...(options.preset ? MAPPING_PRESETS[options.preset] : {}), ...(options.map ? parseMappingOption(options.map) : {}) };
  const path = resolve(io.cwd, file);
  let rows = readRows(path);
  if (options.where) {
    const [column, value] = options.where.split('=');
    if (!column || value === undefined) throw new PlauditError('invalid-argument', '--where: expected COLUMN=VALUE.');
    rows = rows.filter((r) => String(r[column] ?? '') === value);
  }
  const model = loadJudgeModel(options.model ? resolve(io.cwd, options.model) : undefined);
  const started = performance.now();
  const figures = evaluateJudge(toLabelled(rows, mapping, file), model);
  const seconds = (performance.now() - started) / 1000;
  if (options.json) writeLine(io.stdout, JSON.stringify({ model: model.version, ...figures, seconds }, null, 2));
  else writeLine(io.stdout, formatFigures(file, model.version, figures, seconds));
  return EXIT.ok;
}

const pct = (x: number) => (Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)}%`);
const num = (x: number, digits = 1) => (Number.isNaN(x) ? '-' : x.toFixed(digits));

export function formatFigures(file: string, version: string, f: EvalFigures, seconds: number): string {
  return [
    `${file}: ${f.rows} labelled rows, ${f.withText} with text, ${f.withRating} of them with a rating (model ${version}, ${num(seconds)}s)`,
    `  verdict from the text alone        ${pct(f.textAccuracy)}`,
    `  with the rating where present      ${pct(f.combinedAccuracy)}   (rated rows: ${pct(f.ratedCombinedAccuracy)}; rating alone, 60+: ${pct(f.ratedRatingOnlyAccuracy)})`,
    `  every row with text or a rating    ${pct(f.allRowsAccuracy)}   (${f.withTextOrRating} rows)`,
    `  calibration error (ECE, 10 bins)   ${num(f.calibrationError, 3)}`,
    `  text score vs rating, MAE          ${num(f.scoreMae)} points (each review alone)`,
    `  read beside the film's other reviews: verdict ${pct(f.contextAccuracy)}, score MAE ${num(f.contextScoreMae)} points (their text only; what the store keeps from 5 text-judged reviews of a film)`,
    `  films with 20+ reviews             ${f.films}: percent positive from text, MAE ${num(f.filmMae)} points; 95% interval covers ${pct(f.filmCoverage)}; sampling floor ${num(f.filmSamplingFloor)} points`,
  ].join('\n');
}
