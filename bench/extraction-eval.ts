/**
 * Main-content extraction quality on the trafilatura evaluation corpus (990 annotated pages), scored exactly as
 * trafilatura's evaluation scores it (see extraction-scoring.ts), for three contenders in one run:
 *
 *   plaudit               Plaudit's clean stage; scored text = the headings, then the paragraphs, joined by a blank
 *                         line (CleanDocument.headings + .paragraphs; the stored review text is the paragraphs
 *                         joined the same way, and extraction reads the headings beside it).
 *   readability-linkedom  Mozilla Readability alone on linkedom (the DOM the clean stage uses): article.textContent.
 *   readability-jsdom     Mozilla Readability on jsdom, its reference setup: article.textContent.
 *
 * Published anchors (PUBLISHED_evaluation.rst in the archive, 2026-08-04, same 990 pages and scheme) are printed
 * beside them. Note readability-lxml's published row scores its HTML output, not its text.
 *
 * Each contender runs in child processes of CHUNK pages (jsdom keeps memory per page even after close()).
 *
 *   npx tsx bench/extraction-eval.ts [--only plaudit,readability-linkedom] [--dev]
 *
 * --dev scores only the development half of the corpus (the pages rules were tuned on; see extraction-corpus.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument } from '../src/clean/clean-document.ts';
import { parseDocument } from '../src/clean/parse-html.ts';
import type { RawDocument } from '../src/domain/document.ts';
import { EVAL_ARCHIVE, readEvalDocument, readEvalPages, unpackEvalArchive, type EvalPage } from './extraction-corpus.ts';
import { addCounts, countItem, NO_COUNTS, scoresOf, type Counts, type Scores } from './extraction-scoring.ts';
import { machineLine } from './machine.ts';

const CHUNK = 250;
const CHILD_FLAG = '--chunk';

const CONTENDERS = {
  plaudit: { label: 'Plaudit clean (headings + paragraphs)', extract: plauditText },
  'readability-linkedom': { label: 'Readability 0.6 on linkedom', extract: readabilityOnLinkedom },
  'readability-jsdom': { label: 'Readability 0.6 on jsdom', extract: readabilityOnJsdom },
} as const;
type Contender = keyof typeof CONTENDERS;

const PUBLISHED: [string, Scores][] = [
  ['trafilatura 2.2.0 (standard)', { precision: 0.906, recall: 0.943, accuracy: 0.923, f1: 0.924 }],
  ['trafilatura 2.2.0 (fast)', { precision: 0.907, recall: 0.93, accuracy: 0.917, f1: 0.918 }],
  ['magic-html 0.1.8', { precision: 0.887, recall: 0.891, accuracy: 0.889, f1: 0.889 }],
  ['readability-lxml 0.8.4.1 (HTML output)', { precision: 0.898, recall: 0.764, accuracy: 0.839, f1: 0.826 }],
  ['baseline (text markup)', { precision: 0.767, recall: 0.869, accuracy: 0.803, f1: 0.815 }],
];

function plauditText(page: RawDocument): string {
  const clean = cleanDocument(page);
  return [...clean.headings, ...clean.paragraphs].join('\n\n');
}

function readabilityOnLinkedom(page: RawDocument): string {
  const document = parseDocument(page.content);
  return document === null ? '' : (new Readability(document).parse()?.textContent ?? '');
}

function readabilityOnJsdom(page: RawDocument): string {
  // jsdom reports every stylesheet it cannot parse; the evaluation is not about that.
  const dom = new JSDOM(page.content, { virtualConsole: new VirtualConsole() });
  try {
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } finally {
    dom.window.close();
  }
}

interface ChunkResult {
  counts: Counts[];
  threw: number;
  empty: number;
}

/** Child mode: one contender over pages [start, end) of the selection; prints a ChunkResult as JSON. */
function runChunk(contender: Contender, root: string, start: number, end: number, devOnly: boolean): void {
  const result: ChunkResult = { counts: [], threw: 0, empty: 0 };
  for (const page of selectPages(readEvalPages(root), devOnly).slice(start, end)) {
    let text: string | null;
    try {
      text = CONTENDERS[contender].extract(readEvalDocument(root, page));
      if (text.trim() === '') result.empty += 1;
    } catch {
      text = null;
      result.threw += 1;
    }
    result.counts.push(countItem(page.item, text));
  }
  console.log(JSON.stringify(result));
}

function selectPages(pages: EvalPage[], devOnly: boolean): EvalPage[] {
  return devOnly ? pages.filter((page) => page.dev) : pages;
}

function runInChunks(contender: Contender, root: string, count: number, devOnly: boolean): ChunkResult {
  const total: ChunkResult = { counts: [], threw: 0, empty: 0 };
  const script = fileURLToPath(import.meta.url);
  for (let start = 0; start < count; start += CHUNK) {
    const end = Math.min(count, start + CHUNK);
    const args = [...process.execArgv, script, CHILD_FLAG, contender, root, String(start), String(end), String(devOnly)];
    const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    const chunk = JSON.parse(output.trim().split('\n').pop() ?? '{}') as ChunkResult;
    total.counts.push(...chunk.counts);
    total.threw += chunk.threw;
    total.empty += chunk.empty;
  }
  return total;
}

function row(label: string, scores: Scores, note = ''): string {
  const cells = [scores.precision, scores.recall, scores.accuracy, scores.f1].map((value) => value.toFixed(3).padStart(9));
  return `${label.padEnd(42)}${cells.join(' ')}  ${note}`;
}

function sum(counts: readonly Counts[], keep: (index: number) => boolean): Counts {
  return counts.reduce((total, item, index) => (keep(index) ? addCounts(total, item) : total), NO_COUNTS);
}

function report(pages: EvalPage[], results: [Contender, ChunkResult][], devOnly: boolean): void {
  const withCount = pages.reduce((n, page) => n + page.item.with.length, 0);
  const withoutCount = pages.reduce((n, page) => n + page.item.without.length, 0);
  console.log(`${pages.length} documents, ${withCount} text & ${withoutCount} boilerplate segments${devOnly ? ' (dev half only)' : ''}`);
  console.log(`${''.padEnd(42)}${['precision', 'recall', 'accuracy', 'F1'].map((h) => h.padStart(9)).join(' ')}`);
  for (const [contender, result] of results) {
    const note = `threw ${result.threw}, empty ${result.empty}`;
    console.log(row(CONTENDERS[contender].label, scoresOf(sum(result.counts, () => true)), note));
  }
  if (!devOnly) {
    console.log('split: dev half (used for tuning) / held-out half');
    for (const [contender, result] of results) {
      const dev = scoresOf(sum(result.counts, (index) => pages[index]?.dev === true));
      const heldOut = scoresOf(sum(result.counts, (index) => pages[index]?.dev === false));
      console.log(row(`  ${contender} dev`, dev));
      console.log(row(`  ${contender} held-out`, heldOut));
    }
  }
  console.log('published (PUBLISHED_evaluation.rst, 2026-08-04, same pages and scheme)');
  for (const [label, scores] of PUBLISHED) console.log(row(`  ${label}`, scores));
}

function main(): void {
  if (!existsSync(EVAL_ARCHIVE)) {
    console.error(`${EVAL_ARCHIVE} not found: this benchmark needs ../shared beside the repository.`);
    process.exit(1);
  }
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : Object.keys(CONTENDERS);
  const contenders = (Object.keys(CONTENDERS) as Contender[]).filter((name) => only.includes(name));
  const devOnly = process.argv.includes('--dev');
  const root = unpackEvalArchive();
  try {
    const pages = selectPages(readEvalPages(root), devOnly);
    console.log(`extraction-eval: trafilatura evaluation corpus`);
    console.log(machineLine());
    const results = contenders.map((contender): [Contender, ChunkResult] => [
      contender,
      runInChunks(contender, root, pages.length, devOnly),
    ]);
    report(pages, results, devOnly);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === CHILD_FLAG) {
  const [contender, root, start, end, devOnly] = process.argv.slice(3);
  runChunk(contender as Contender, root ?? '', Number(start), Number(end), devOnly === 'true');
} else {
  main();
}
