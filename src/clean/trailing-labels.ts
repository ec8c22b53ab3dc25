/**
 * HTML only: short lines left after the article's last real paragraph that introduce nothing. Once the prose
 * ends, what a page prints is furniture ("More on this", "Was this article helpful?", "Photo: …", "Tags",
 * an agency code), and a label whose list or box was pruned is left standing alone. A short line still counts as
 * text when prose follows it (a section heading) or when it is one item of a list (a recipe's last steps).
 */
import type { Line, LineMark } from './lines.ts';
import { keptIndexes } from './lines.ts';
import { wordCount } from './normalize-text.ts';

const LONG_WORDS = 25;
// Scripts written without spaces between words (Chinese, Japanese, Thai) count by characters.
const LONG_CHARS = 150;
const SHORT_WORDS = 8;

export function markTrailingLabels(lines: readonly Line[], marks: LineMark[]): void {
  const kept = keptIndexes(marks);
  let lastLong = -1;
  kept.forEach((index, position) => {
    if (isLong((lines[index] as Line).text)) lastLong = position;
  });
  if (lastLong < 0) return;
  let proseFollows = false;
  for (let position = kept.length - 1; position > lastLong; position -= 1) {
    const index = kept[position] as number;
    const line = lines[index] as Line;
    if (wordCount(line.text) >= SHORT_WORDS) {
      proseFollows = true;
      continue;
    }
    if (!proseFollows && !inList(lines, kept, position)) marks[index] = 'page-chrome';
  }
}

function isLong(text: string): boolean {
  return wordCount(text) >= LONG_WORDS || text.length >= LONG_CHARS;
}

/** One item of a list of at least two kept items. */
function inList(lines: readonly Line[], kept: readonly number[], position: number): boolean {
  if (!(lines[kept[position] as number] as Line).listItem) return false;
  const neighbour = (offset: number): boolean => {
    const index = kept[position + offset];
    return index !== undefined && (lines[index] as Line).listItem === true;
  };
  return neighbour(-1) || neighbour(1);
}
