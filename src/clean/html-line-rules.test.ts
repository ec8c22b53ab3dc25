import { describe, expect, it } from 'vitest';
import { markEmptySections } from './empty-sections.ts';
import type { Line, LineMark } from './lines.ts';
import { markLinkLines } from './link-lines.ts';
import { markTrailingLabels } from './trailing-labels.ts';

const LONG = 'The film keeps its secrets until the last reel, and the wait is worth every single minute of it, from the opening shot to the end.';

function lines(...specs: (string | Partial<Line>)[]): Line[] {
  return specs.map((spec, block) => {
    const line = typeof spec === 'string' ? { text: spec } : spec;
    return { text: line.text ?? '', block, kind: line.kind ?? 'text', linkShare: line.linkShare ?? 0, ...(line.listItem ? { listItem: true } : {}) };
  });
}

function run(rule: (lines: readonly Line[], marks: LineMark[]) => void, input: Line[]): string[] {
  const marks: LineMark[] = input.map(() => 'keep');
  rule(input, marks);
  return input.filter((_, index) => marks[index] === 'keep').map((line) => line.text);
}

describe('markLinkLines', () => {
  it('drops lines that are all link, and the short label above them', () => {
    const input = lines(LONG, 'Read more', { text: 'Another review we liked', linkShare: 1 }, { text: 'A film in a sentence that links one word.', linkShare: 0.1 });
    expect(run(markLinkLines, input)).toEqual([LONG, 'A film in a sentence that links one word.']);
  });

  it('keeps a bare URL the text cites', () => {
    expect(run(markLinkLines, lines({ text: 'http://www.openpetition.de', linkShare: 1 }))).toEqual(['http://www.openpetition.de']);
  });
});

describe('markTrailingLabels', () => {
  it('drops short lines after the last paragraph that introduce nothing', () => {
    const input = lines(LONG, 'Photo: Studio', 'Tags', 'More on this');
    expect(run(markTrailingLabels, input)).toEqual([LONG]);
  });

  it('keeps a closing section heading followed by prose, and the last items of a list', () => {
    const input = lines(LONG, 'Where to watch', 'It is streaming on two services from Friday, and in cinemas.', { text: 'Salt', listItem: true }, { text: 'Butter', listItem: true });
    expect(run(markTrailingLabels, input)).toEqual(input.map((line) => line.text));
  });
});

describe('markEmptySections', () => {
  it('drops a heading whose section has no text left, and keeps a heading stack', () => {
    const input = lines(
      { text: 'The review', kind: 'heading' },
      { text: 'Act one', kind: 'heading' },
      LONG,
      { text: 'Related stories', kind: 'heading' },
      { text: 'You may also like', kind: 'heading' },
    );
    expect(run(markEmptySections, input)).toEqual(['The review', 'Act one', LONG]);
  });
});
