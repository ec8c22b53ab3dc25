/**
 * How the pure stages' time grows with hostile input (issue 12): HTML cleaning against nesting depth and against
 * page size, flattened-text cleaning and rating extraction against the length of one line. Each series prints the
 * time per unit (per 1,000 levels, per KB of HTML or text), so linear growth shows as a flat column, bounded time
 * as a falling one, and anything superlinear as a column that climbs. Pages are built at run time from the example
 * review page and, when ../shared is there, a real article page; nothing large is committed.
 *
 *   npx tsx bench/clean-scaling.ts [--quick]
 *
 * --quick leaves out the largest sizes of each series (for a look while working, not for BENCHMARKS.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanHtml } from '../src/clean/clean-html.ts';
import { cleanText } from '../src/clean/clean-text.ts';
import { findRatingInText } from '../src/extract/normalise-rating.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';

const QUICK = process.argv.includes('--quick');
const DEPTHS = [250, 500, 1000, 2000, 5000, 20_000, 100_000];
const COPIES = [1, 2, 4, 8, 16, 32, 64];
const REAL_COPIES = [1, 2, 4, 8, 16];
// A real article page (Readability's test page from the New York Times, 300 KB), read from ../shared when there.
const REAL_ARCHIVE = sharedPath('data', 'extraction', 'readability-testpages.tar.gz');
const REAL_PAGE = 'test/test-pages/nytimes-1/source.html';
const RATING_LENGTHS = [7_000, 28_000, 112_000, 448_000];
// Small cases are timed this many times and the fastest kept; a case slower than this is timed once.
const REPEATS = 3;
const ONCE_ABOVE_MS = 2_000;

const EXAMPLE = fileURLToPath(new URL('../examples/paper-lanterns/the-daily-reel.html', import.meta.url));
const PROSE = 'A lovely short film is buried inside this slow drama about a ferry captain and his granddaughter.';
// More of a real review's length, added to the example's three paragraphs.
const MORE_PROSE = [
  'The harbour town is shot with obvious affection, all wet cobbles and sodium light, and the sound design makes every creak of the ferry feel like weather arriving from somewhere far off.',
  'Reyes and the young actor playing his granddaughter share an easy rhythm in their few scenes together, and those are the stretches where the film briefly finds the warmth it keeps promising.',
  'Elsewhere the pacing is a problem: scenes begin late and end later, and the lantern festival that gives the film its title arrives so many times that it stops meaning anything at all.',
  'There is a subplot about a developer buying up the waterfront that goes nowhere, introduced in the first act and forgotten by the second, as if a different film had wandered into this one.',
  'The score, mostly solo cello, is lovely in isolation and relentless in context, underlining every glance as though the audience could not be trusted to notice a face changing.',
  'By the final crossing I admired the craft and felt very little, which is a strange thing to say about a film this sincere, and a sad one to say about a director this gifted.',
];

function timeMs(work: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < REPEATS; run += 1) {
    const started = performance.now();
    work();
    const elapsed = performance.now() - started;
    best = Math.min(best, elapsed);
    if (elapsed > ONCE_ABOVE_MS) break;
  }
  return best;
}

function upTo<T>(sizes: readonly T[]): readonly T[] {
  return QUICK ? sizes.slice(0, Math.max(1, Math.ceil(sizes.length * 0.75) - 1)) : sizes;
}

function nestedPage(depth: number): string {
  return `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${PROSE}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/**
 * The example review page with the furniture a real one has around its article (menus, share bar, related
 * teasers, comments, footer), its body repeated `copies` times, each copy's text numbered so no two paragraphs are
 * the same. `marked`: keep the <article> tags (the cheap locator finds it), or make them <div>s (Readability's path).
 */
function reviewPage(copies: number, marked: boolean): string {
  const source = readFileSync(EXAMPLE, 'utf8');
  const head = /<head>[\s\S]*<\/head>/.exec(source)?.[0] ?? '<head></head>';
  const article = /<article>[\s\S]*<\/article>/.exec(source)?.[0] ?? `<article><p>${PROSE}</p></article>`;
  const links = (count: number, label: string): string =>
    Array.from({ length: count }, (_, i) => `<li><a href="/${label}/${i}" class="nav-link">${label} ${i}</a></li>`).join('');
  const comments = Array.from(
    { length: 6 },
    (_, i) => `<li class="comment"><p class="comment-author">Reader ${i}</p><p>I saw it at the festival and thought the lantern scenes were the best part, number ${i}.</p></li>`,
  ).join('');
  const icon = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M4 4h16v16H4z"/></svg>';
  const script = `<script>window.dataLayer=window.dataLayer||[];${'dataLayer.push({event:"view",section:"reviews"});'.repeat(40)}</script>`;
  const copy = (n: number): string => {
    const more = MORE_PROSE.map((text, i) => `<p class="para" data-index="${i}">${text} (Copy ${n}.)</p>`).join('');
    const body = article
      .replace(/<p>([\s\S]*?)<\/p>/g, (_, text: string) => `<p>${text} (Copy ${n}.)</p>`)
      .replace('</article>', `${more}</article>`);
    const tagged = marked ? body : body.replace(/<(\/?)article>/g, '<$1div>');
    return (
      `<div class="row" data-copy="${n}"><div class="col-main">${tagged}${script}` +
      `<div class="share-bar"><a href="#">${icon}Share</a> <a href="#">${icon}Tweet</a> <a href="#">${icon}Email</a></div>` +
      `<div class="related-posts"><h3>More reviews</h3><ul>${links(8, `review-${n}`)}</ul></div>` +
      `<section class="comments"><h2>Comments</h2><ol>${comments}</ol></section></div>` +
      `<aside class="sidebar"><h3>Trending</h3><ul>${links(10, `trending-${n}`)}</ul></aside></div>`
    );
  };
  const copiesHtml = Array.from({ length: copies }, (_, i) => copy(i + 1)).join('\n');
  return (
    `<!doctype html><html lang="en">${head}<body><header><nav><ul>${links(25, 'section')}</ul></nav></header>` +
    `<main>${copiesHtml}</main><footer><ul>${links(30, 'footer')}</ul><p>© 2025 The Daily Reel</p></footer></body></html>`
  );
}

/** The real page with its body repeated `copies` times, or null without ../shared. */
function realPage(copies: number): string | null {
  if (!existsSync(REAL_ARCHIVE)) return null;
  const source = execFileSync('tar', ['-xzOf', REAL_ARCHIVE, REAL_PAGE], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(source);
  if (body === null) return null;
  const start = body.index + body[0].indexOf(body[1] ?? '');
  return source.slice(0, start) + (body[1] ?? '').repeat(copies) + source.slice(start + (body[1] ?? '').length);
}

function depthSeries(): void {
  console.log('\nHTML nesting depth: <div> × depth around one <p>, through cleanHtml');
  console.log('| levels | ms | ms per 1,000 levels | text kept |');
  console.log('|---|---|---|---|');
  for (const depth of upTo(DEPTHS)) {
    const html = nestedPage(depth);
    let kept = false;
    const ms = timeMs(() => {
      kept = cleanHtml(html).paragraphs.join(' ').includes(PROSE);
    });
    console.log(`| ${depth} | ${ms.toFixed(0)} | ${((ms / depth) * 1000).toFixed(0)} | ${kept ? 'yes' : 'no'} |`);
  }
}

function sizeSeries(marked: boolean): void {
  const path = marked ? 'marked <article>: the cheap locator' : 'no article markup: Readability';
  console.log(`\nHTML page size: the example review page with furniture, repeated, through cleanHtml (${path})`);
  console.log('| copies | KB | ms | ms per KB | paragraphs kept |');
  console.log('|---|---|---|---|---|');
  for (const copies of upTo(COPIES)) {
    const html = reviewPage(copies, marked);
    const kb = html.length / 1024;
    let paragraphs = 0;
    const ms = timeMs(() => {
      paragraphs = cleanHtml(html).paragraphs.length;
    });
    console.log(`| ${copies} | ${kb.toFixed(0)} | ${ms.toFixed(0)} | ${(ms / kb).toFixed(3)} | ${paragraphs} |`);
  }
}

function realPageSeries(): void {
  if (realPage(1) === null) {
    console.log(`\nReal page: ${REAL_ARCHIVE} not found, series skipped.`);
    return;
  }
  console.log(`\nHTML page size: a real article page (${REAL_PAGE}), its body repeated, through cleanHtml`);
  console.log('| copies | KB | ms | ms per KB | paragraphs kept |');
  console.log('|---|---|---|---|---|');
  for (const copies of upTo(REAL_COPIES)) {
    const html = realPage(copies) as string;
    const kb = html.length / 1024;
    let paragraphs = 0;
    const ms = timeMs(() => {
      paragraphs = cleanHtml(html).paragraphs.length;
    });
    console.log(`| ${copies} | ${kb.toFixed(0)} | ${ms.toFixed(0)} | ${(ms / kb).toFixed(3)} | ${paragraphs} |`);
  }
}

/** Hostile flattened text: one line of words with no punctuation, and a line of a rating cue repeated. */
function textSeries(): void {
  console.log('\nFlattened text: one line, no line breaks, through cleanText');
  console.log('| input | KB | ms | ms per KB |');
  console.log('|---|---|---|---|');
  for (const length of upTo(RATING_LENGTHS)) {
    for (const [label, unit] of [['words, no punctuation', 'lantern '], ['closing quotes', '"”’)']] as const) {
      const text = `${unit.repeat(Math.ceil(length / unit.length))}x`;
      const ms = timeMs(() => cleanText(text));
      console.log(`| ${label} | ${(text.length / 1024).toFixed(0)} | ${ms.toFixed(1)} | ${(ms / (text.length / 1024)).toFixed(4)} |`);
    }
  }
}

function ratingSeries(): void {
  console.log('\nfindRatingInText: one line, a rating cue repeated');
  console.log('| input | KB | ms | ms per KB |');
  console.log('|---|---|---|---|');
  const units = [['"out of " repeated', 'out of '], ['"rated " repeated', 'rated '], ['"4/" repeated', '4/']] as const;
  for (const length of upTo(RATING_LENGTHS)) {
    for (const [label, unit] of units) {
      const text = unit.repeat(Math.ceil(length / unit.length));
      const ms = timeMs(() => findRatingInText(text));
      console.log(`| ${label} | ${(text.length / 1024).toFixed(0)} | ${ms.toFixed(1)} | ${(ms / (text.length / 1024)).toFixed(4)} |`);
    }
  }
}

function main(): void {
  console.log(`clean-scaling benchmark${QUICK ? ' (--quick)' : ''}`);
  console.log(machineLine());
  // Warm up the JIT on a small page, so the first row is not the compiler's.
  for (let i = 0; i < 5; i += 1) cleanHtml(reviewPage(1, i % 2 === 0));
  depthSeries();
  sizeSeries(true);
  sizeSeries(false);
  realPageSeries();
  textSeries();
  ratingSeries();
}

main();
