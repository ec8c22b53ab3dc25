import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { markCaptions } from './captions.ts';
import type { Line, LineMark } from './lines.ts';

const P1 = 'The first act of Past Lives takes place in Seoul, where two children walk home from school together every day.';
const P2 = 'Twenty years later, Past Lives moves to New York, and the film changes its rhythm to match the city around it.';
const P3 = 'By the end, Past Lives has become a film about choosing a life, and about the grief that comes with any choice.';

function lines(...texts: string[]): Line[] {
  return texts.map((text, block) => ({ text, block, kind: 'text' }));
}

describe("captions: 'caption'", () => {
  it('drops a short line standing alone between paragraphs that repeats the headline’s film title', () => {
    const clean = cleanText(['The Quiet Logic of “Past Lives”', P1, 'Past Lives', P2].join('\n\n'));
    expect(clean.paragraphs).toEqual([P1, P2]);
    expect(clean.dropped).toEqual([{ text: 'Past Lives', reason: 'caption' }]);
  });

  it('drops a standalone Title Case name the prose keeps mentioning, even with no headline', () => {
    const clean = cleanText([P1, P2, 'Past Lives', P3].join('\n\n'));
    expect(clean.dropped).toEqual([{ text: 'Past Lives', reason: 'caption' }]);
  });

  it('keeps a line that introduces a quotation and a short line next to other short lines', () => {
    const marks: LineMark[] = ['keep', 'keep', 'keep', 'keep', 'keep'];
    markCaptions(lines(P1, 'In her memoir, the director wrote:', P2, 'Past Lives', 'Seoul'), marks, ['Past Lives in Seoul']);
    expect(marks).toEqual(['keep', 'keep', 'keep', 'keep', 'keep']);
  });

  it('leaves HTML section headings alone', () => {
    const marks: LineMark[] = ['keep', 'keep', 'keep'];
    markCaptions([{ text: P1, block: 0, kind: 'text' }, { text: 'Past Lives', block: 1, kind: 'heading' }, { text: P2, block: 2, kind: 'text' }], marks, ['Past Lives']);
    expect(marks).toEqual(['keep', 'keep', 'keep']);
  });

  it('uses the user’s film hint as a title to match', () => {
    const clean = cleanText([P1, 'Past Lives', P2].join('\n\n'), { filmHint: 'Past Lives' });
    expect(clean.dropped).toEqual([{ text: 'Past Lives', reason: 'caption' }]);
    expect(clean.headings).toEqual([]);
  });
});
