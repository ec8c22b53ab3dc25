/**
 * HTML only: lines that are links rather than text. A line that is all link is a menu entry, a related article's
 * title or a "back to overview"; the critic's prose links a few words at most. A short label right above such a
 * run ("More on this", "Zobacz także") goes with it.
 */
import type { Line, LineMark } from './lines.ts';
import { endsLikeSentence, wordCount } from './normalize-text.ts';

const LINK_LINE_SHARE = 0.9;
const MAX_LABEL_WORDS = 6;

export function markLinkLines(lines: readonly Line[], marks: LineMark[]): void {
  lines.forEach((line, index) => {
    if (marks[index] === 'keep' && isLinkLine(line)) marks[index] = 'site-navigation';
  });
  lines.forEach((line, index) => {
    if (marks[index] !== 'keep' || !isLabel(line)) return;
    const next = lines[index + 1];
    if (next !== undefined && isLinkLine(next)) marks[index] = 'site-navigation';
  });
}

function isLinkLine(line: Line): boolean {
  return (line.linkShare ?? 0) >= LINK_LINE_SHARE && !/^(?:https?:\/\/|www\.)\S+$/.test(line.text);
}

function isLabel(line: Line): boolean {
  return wordCount(line.text) <= MAX_LABEL_WORDS && !endsLikeSentence(line.text);
}
