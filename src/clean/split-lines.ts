/** Flattened page text -> candidate paragraphs (lines), keeping which block each came from. */
import type { Line } from './lines.ts';
import { endsLikeSentence, normalizeSpace } from './normalize-text.ts';

// Hard-wrapped prose (emails, plain-text reviews) rarely has lines over this many characters.
const MAX_WRAPPED_LINE = 100;

/**
 * Splits on blank lines, and on single newlines too unless the block is prose hard-wrapped at a fixed width.
 * Flattened web pages put one paragraph per line (seed 003 has no blank line at all), so a single newline is a
 * paragraph break by default; only a block that looks wrapped mid-sentence is joined back.
 */
export function splitLines(text: string): Line[] {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const lines: Line[] = [];
  blocks.forEach((block, blockIndex) => {
    const rows = block
      .split('\n')
      .map(normalizeSpace)
      .filter((row) => row !== '');
    if (rows.length === 0) return;
    const parts = isHardWrapped(rows) ? [rows.join(' ')] : rows;
    for (const part of parts) lines.push({ text: part, block: blockIndex, kind: 'text' });
  });
  return lines;
}

/**
 * A block is hard-wrapped when its lines (but the last) are short and most breaks fall mid-sentence with the next
 * line going on in lower case. A stack of headlines breaks before capitals, so it stays split.
 */
export function isHardWrapped(rows: readonly string[]): boolean {
  if (rows.length < 2) return false;
  const breaks = rows.slice(0, -1);
  if (breaks.some((row) => row.length > MAX_WRAPPED_LINE)) return false;
  let continued = 0;
  breaks.forEach((row, index) => {
    const next = rows[index + 1] ?? '';
    if (!endsLikeSentence(row) && /^[\p{Ll}\d(,;–—-]/u.test(next)) continued += 1;
  });
  return continued / breaks.length >= 0.5;
}
