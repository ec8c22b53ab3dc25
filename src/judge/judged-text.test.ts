import { describe, expect, it } from 'vitest';
import { loadJudgeModel } from '../app.ts';
import { judgedText, MAX_JUDGED_CHARS } from './judged-text.ts';
import { createLexiconModel } from './lexicon-model.ts';

const REVIEW =
  'The first act is clumsy and the score is relentless. But Moss is ferocious, and by the final crossing the film is moving and beautiful. ';

describe('judgedText', () => {
  it('leaves a text within the cap as it is', () => {
    const text = REVIEW.repeat(100);
    expect(judgedText(text)).toBe(text);
  });

  it('cuts a longer text at a word boundary before the cap', () => {
    const cut = judgedText(REVIEW.repeat(2_000));
    expect(cut.length).toBeLessThanOrEqual(MAX_JUDGED_CHARS);
    expect(cut.length).toBeGreaterThan(MAX_JUDGED_CHARS - 1_000);
    expect(REVIEW.repeat(2_000).startsWith(`${cut} `)).toBe(true);
  });

  it('never ends between the halves of a surrogate pair', () => {
    const cut = judgedText('😀'.repeat(60_000), 10_001);
    expect(cut.length).toBe(10_000);
  });
});

describe('the judge on long documents', () => {
  const trained = loadJudgeModel();
  const lexicon = createLexiconModel();

  it('judges a 20 MB document as its first MAX_JUDGED_CHARS characters', () => {
    const huge = REVIEW.repeat(Math.ceil((20 * 1024 * 1024) / REVIEW.length));
    for (const model of [trained, lexicon]) expect(model.predict(huge)).toEqual(model.predict(judgedText(huge)));
  });
});
