/**
 * The language stage (src/extract/detect-language.ts) on English reviews, where every review it does not read as
 * English is a review the profile stops counting: how many English reviews come out English, undetermined (still
 * read as English, labelled "und") or foreign (no longer judged by their text), by length. Then the reviews in
 * other languages we have: the French and Spanish ones written for the tests (test/fixtures/language/).
 *
 *   npx tsx bench/language.ts [--fixtures]
 *
 * Parts: tuning = the Rotten Tomatoes films of the first 20,000 non-empty quotes of reviews.jsonl.gz (the thresholds
 * MIN_LENGTH, CLOSE_CALL and DECISIVE_LENGTH were set looking at these); held-out = the other RT films, and the
 * IMDb test split (long user reviews), not looked at while tuning. No text is printed, only counts.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { DEFAULT_MODEL_FILE, loadJudgeModel } from '../src/app.ts';
import type { ReviewDraft } from '../src/domain/document.ts';
import { ENGLISH, UNDETERMINED } from '../src/domain/language.ts';
import { detectLanguage } from '../src/extract/detect-language.ts';
import { parseRating } from '../src/extract/normalise-rating.ts';
import { judgeReview } from '../src/judge/judge-review.ts';
import { judgeByLanguage } from '../src/pipeline/judge-by-language.ts';
import { hasShared, sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';

const TUNING_ROWS = 20_000;
const BUCKETS = [
  { name: '<40 chars', below: 40 },
  { name: '40-149', below: 150 },
  { name: '150+', below: Infinity },
];

interface Tally {
  n: number;
  english: number;
  undetermined: number;
  foreign: number;
  codes: Map<string, number>;
}

function tally(): Tally {
  return { n: 0, english: 0, undetermined: 0, foreign: 0, codes: new Map() };
}

function count(t: Tally, text: string): void {
  const reading = detectLanguage({ text });
  if (reading === null) return;
  t.n++;
  if (reading.code === ENGLISH) t.english++;
  else if (reading.code === UNDETERMINED) t.undetermined++;
  else {
    t.foreign++;
    t.codes.set(reading.code, (t.codes.get(reading.code) ?? 0) + 1);
  }
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(2)}%`;
}

function line(name: string, t: Tally): string {
  const codes = [...t.codes].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([c, n]) => `${c} ${n}`).join(', ');
  return `  ${name.padEnd(22)} n=${String(t.n).padStart(6)}  english ${pct(t.english, t.n).padStart(7)}  undetermined ${pct(t.undetermined, t.n).padStart(7)}  foreign ${pct(t.foreign, t.n).padStart(6)}${codes ? ` (${codes})` : ''}`;
}

function jsonl(path: string): Record<string, unknown>[] {
  return gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

function rtParts(): void {
  const rows = jsonl(sharedPath('data', 'rt-critic-reviews', 'reviews.jsonl.gz')).filter((r) => typeof r['review'] === 'string' && (r['review'] as string).trim() !== '');
  const tuningFilms = new Set(rows.slice(0, TUNING_ROWS).map((r) => String(r['id'])));
  for (const part of ['tuning', 'held-out'] as const) {
    const byBucket = BUCKETS.map(() => tally());
    const all = tally();
    for (const row of rows) {
      if (tuningFilms.has(String(row['id'])) !== (part === 'tuning')) continue;
      const text = (row['review'] as string).trim();
      count(all, text);
      count(byBucket[BUCKETS.findIndex((b) => text.length < b.below)]!, text);
    }
    console.log(`RT critic quotes (English), ${part} part:`);
    console.log(line('all', all));
    BUCKETS.forEach((b, i) => console.log(line(b.name, byBucket[i]!)));
  }
}

function imdbPart(): void {
  const t = tally();
  for (const row of jsonl(sharedPath('data', 'imdb-reviews.jsonl.gz'))) {
    if (row['split'] !== 'test') continue;
    count(t, String(row['text']).replace(/<br\s*\/?>/g, ' '));
  }
  console.log('IMDb user reviews (English), test split, held-out:');
  console.log(line('all', t));
}

/** Each fixture's language, and what the judge gave it before this stage (its text read as English), for "before". */
function fixtures(): void {
  const model = loadJudgeModel(DEFAULT_MODEL_FILE);
  const rows = parse(readFileSync('test/fixtures/language/reviews.csv'), { columns: true }) as Record<string, string>[];
  const items = [
    ...rows.map((r) => ({ name: r['critic']!, text: r['review']!, rating: r['rating'] ? parseRating(r['rating']) : null })),
    { name: 'fr-review.txt', text: readFileSync('test/fixtures/language/fr-review.txt', 'utf8'), rating: null },
  ];
  console.log('Test fixtures (test/fixtures/language/): language now; judgement before (text read as English):');
  for (const item of items) {
    const reading = detectLanguage({ text: item.text })!;
    const draft = { ...DRAFT, text: item.text, rating: item.rating ? { value: item.rating, source: 'record' as const } : null };
    const before = judgeReview(draft, model);
    const now = judgeByLanguage(draft, reading, model);
    const said = (j: typeof now) => (j.verdictSource === 'none' ? 'not judged' : `${j.verdict} ${Math.round(j.score)} from ${j.verdictSource}`);
    console.log(`  ${item.name.padEnd(14)} ${String(item.text.length).padStart(4)} chars  ${reading.code}  now: ${said(now).padEnd(26)} before: ${said(before)} (p=${before.probability.toFixed(2)})`);
  }
}

const DRAFT: ReviewDraft = {
  film: null, critic: null, outlet: null, publishedAt: null, rating: null, label: null, topCritic: false, url: null,
  text: '', firstSentence: '', headline: null, version: 'bench',
};

console.log(machineLine());
if (process.argv.includes('--fixtures')) {
  // Only the fixtures: a few seconds, for checking the "before" column.
} else if (!hasShared('data', 'rt-critic-reviews') || !hasShared('data', 'imdb-reviews.jsonl.gz')) {
  console.log('../shared/data is missing: only the fixtures are measured.');
} else {
  rtParts();
  imdbPart();
}
fixtures();
