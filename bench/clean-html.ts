/**
 * HTML pages per second through our clean stage (linkedom, the page's own article markup with Readability as the
 * fallback, boilerplate rules), with and without `extractReview` after it, against Mozilla Readability on jsdom
 * (its reference setup) on the same pages in the same run. Pages: Readability's test pages (source.html) and the trafilatura evaluation pages (html/*.html.gz)
 * from ../shared/data/extraction, unpacked into a temporary folder for the run.
 *
 * jsdom keeps about 3 MB per parsed page alive even after window.close(), so one process cannot parse all the
 * pages without running out of heap (and slows down as it fills). So every contender runs the same way: in child
 * processes of CHUNK pages each, every one warmed up and timed on its own, the times summed. That also keeps one
 * contender's garbage from slowing the next one down. The contenders take turns chunk by chunk, so on a shared
 * machine a busy minute slows all of them rather than one, and the ratios stay comparable.
 *
 *   npx tsx bench/clean-html.ts [limit]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument } from '../src/clean/clean-document.ts';
import type { RawDocument } from '../src/domain/document.ts';
import { extractReview } from '../src/extract/extract-review.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';

const ARCHIVES = [
  sharedPath('data', 'extraction', 'readability-testpages.tar.gz'),
  sharedPath('data', 'extraction', 'trafilatura-eval.tar.gz'),
];
const WARM_UP_PAGES = 20;
const CHUNK = 200;
const CHILD_FLAG = '--chunk';

const CONTENDERS = {
  clean: { label: 'clean (linkedom + locator/Readability + rules)', work: (page: RawDocument) => void cleanDocument(page) },
  extract: { label: 'clean + extractReview', work: (page: RawDocument) => void extractReview(page, cleanDocument(page)) },
  jsdom: { label: `Readability on jsdom (reference)`, work: readabilityOnJsdom },
} as const;
type Contender = keyof typeof CONTENDERS;

interface Timing {
  seconds: number;
  failures: number;
}

/** The page files of both archives once unpacked under `root`, in a fixed order. */
function pageFiles(root: string): string[] {
  const testPages = join(root, 'test', 'test-pages');
  const readabilityPages = readdirSync(testPages)
    .sort()
    .map((name) => join(testPages, name, 'source.html'))
    .filter((file) => existsSync(file));
  const htmlDir = join(root, 'html');
  const trafilaturaPages = readdirSync(htmlDir)
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => join(htmlDir, name));
  return [...readabilityPages, ...trafilaturaPages];
}

/** A page as ingest would hand it over: sha256 hex of the content, the file's name, format 'html'. */
function rawHtml(root: string, file: string): RawDocument {
  const bytes = readFileSync(file);
  const content = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  // Readability's pages are all called source.html; their folder keeps them apart.
  const sourceName = file.endsWith('source.html') ? file.slice(root.length + 1) : (file.split('/').pop() ?? file);
  return {
    sourceName,
    sourceKey: sourceName,
    format: 'html',
    content,
    contentHash: createHash('sha256').update(content).digest('hex'),
    byteLength: Buffer.byteLength(content),
  };
}

function time(pages: readonly RawDocument[], work: (page: RawDocument) => void): Timing {
  for (const page of pages.slice(0, WARM_UP_PAGES)) succeeds(work, page);
  let failures = 0;
  const started = performance.now();
  for (const page of pages) if (!succeeds(work, page)) failures += 1;
  return { seconds: (performance.now() - started) / 1000, failures };
}

function succeeds(work: (page: RawDocument) => void, page: RawDocument): boolean {
  try {
    work(page);
    return true;
  } catch {
    return false;
  }
}

function readabilityOnJsdom(page: RawDocument): void {
  // jsdom reports every stylesheet it cannot parse; the benchmark is not about that.
  const dom = new JSDOM(page.content, { virtualConsole: new VirtualConsole() });
  try {
    new Readability(dom.window.document).parse();
  } finally {
    dom.window.close();
  }
}

/** Child mode: time one contender over pages [start, end) and print the timing as JSON. */
function runChunk(contender: Contender, root: string, start: number, end: number): void {
  const pages = pageFiles(root).slice(start, end).map((file) => rawHtml(root, file));
  console.log(JSON.stringify(time(pages, CONTENDERS[contender].work)));
}

function timeChunk(contender: Contender, root: string, start: number, end: number): Timing {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, CHILD_FLAG, contender, root, String(start), String(end)];
  const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Timing;
}

/** Every contender over all pages, taking turns chunk by chunk; times and failures summed per contender. */
function timeInTurns(contenders: readonly Contender[], root: string, count: number): Map<Contender, Timing> {
  const totals = new Map(contenders.map((contender): [Contender, Timing] => [contender, { seconds: 0, failures: 0 }]));
  for (let start = 0; start < count; start += CHUNK) {
    const end = Math.min(count, start + CHUNK);
    for (const contender of contenders) {
      const timing = timeChunk(contender, root, start, end);
      const total = totals.get(contender) as Timing;
      total.seconds += timing.seconds;
      total.failures += timing.failures;
    }
  }
  return totals;
}

function main(): void {
  const missing = ARCHIVES.find((archive) => !existsSync(archive));
  if (missing) {
    console.error(`${missing} not found: this benchmark needs ../shared beside the repository.`);
    process.exit(1);
  }
  const limit = Number(process.argv[2] ?? Infinity);
  const root = mkdtempSync(join(tmpdir(), 'plaudit-bench-clean-'));
  try {
    for (const archive of ARCHIVES) execFileSync('tar', ['-xzf', archive, '-C', root]);
    const pages = pageFiles(root)
      .slice(0, limit)
      .map((file) => rawHtml(root, file));
    const megabytes = pages.reduce((sum, page) => sum + page.byteLength, 0) / 1024 ** 2;
    console.log(`clean-html benchmark: ${pages.length} pages, ${megabytes.toFixed(1)} MiB of HTML`);
    console.log(machineLine());

    const contenders = Object.keys(CONTENDERS) as Contender[];
    const totals = timeInTurns(contenders, root, pages.length);
    const timings = contenders.map((contender) => ({
      label: CONTENDERS[contender].label,
      timing: totals.get(contender) as Timing,
    }));
    const reference = timings[timings.length - 1]?.timing.seconds ?? Number.NaN;
    for (const { label, timing } of timings) {
      console.log(
        `${label.padEnd(46)} ${(pages.length / timing.seconds).toFixed(1).padStart(6)} pages/s ` +
          `${timing.seconds.toFixed(1).padStart(7)} s  ${(reference / timing.seconds).toFixed(2)}x jsdom  ` +
          `${timing.failures} threw`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === CHILD_FLAG) {
  runChunk(process.argv[3] as Contender, process.argv[4] ?? '', Number(process.argv[5]), Number(process.argv[6]));
} else {
  main();
}
