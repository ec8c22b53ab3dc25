/**
 * HTML only: a section heading in the body whose section has no text left. "More on this", "Related stories",
 * "Vous aimerez aussi" head a list of links or teasers; once that list is pruned or dropped the heading stands
 * alone, and it is no more the critic's text than the list was. A heading right above a sub-heading whose section
 * has text is part of a heading stack and stays.
 */
import type { Line, LineMark } from './lines.ts';

export function markEmptySections(lines: readonly Line[], marks: LineMark[]): void {
  lines.forEach((line, index) => {
    if (line.kind !== 'heading' || marks[index] !== 'keep') return;
    const next = nextHeadingOrText(lines, marks, index + 1);
    if (next === 'text') return;
    if (next !== 'end' && next === index + 1 && nextHeadingOrText(lines, marks, next + 1) === 'text') return;
    marks[index] = 'site-navigation';
  });
}

/** 'text' when a kept text line comes before the next heading; else the next heading's index, or 'end'. */
function nextHeadingOrText(lines: readonly Line[], marks: readonly LineMark[], from: number): 'text' | 'end' | number {
  for (let index = from; index < lines.length; index += 1) {
    if ((lines[index] as Line).kind === 'heading') return index;
    if (marks[index] === 'keep') return 'text';
  }
  return 'end';
}
