import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_FILE, loadJudgeModel } from '../app.ts';
import type { ReviewDraft } from '../domain/document.ts';
import { detectLanguage } from '../extract/detect-language.ts';
import { parseRating } from '../extract/normalise-rating.ts';
import { judgeByLanguage } from './judge-by-language.ts';

const model = loadJudgeModel(DEFAULT_MODEL_FILE);
// Written for this test: scathing, in Spanish.
const SCATHING = 'Una película torpe, lenta y sin alma. El guion se pierde en escenas interminables y el final da vergüenza.';

function draft(text: string, extra: Partial<ReviewDraft> = {}): ReviewDraft {
  return {
    film: { value: { title: 'Test Film' }, source: 'user' }, critic: null, outlet: null, publishedAt: null, rating: null,
    label: null, topCritic: false, url: null, text, firstSentence: text, headline: null, version: 'test', ...extra,
  };
}

describe('judgeByLanguage', () => {
  const spanish = detectLanguage({ text: SCATHING });

  it('gives a Spanish review with nothing else to go by no verdict at all (source none)', () => {
    expect(spanish).toMatchObject({ code: 'spa', textJudged: false });
    const judgement = judgeByLanguage(draft(SCATHING), spanish, model);
    expect(judgement).toMatchObject({ verdictSource: 'none', scoreSource: 'none', evidence: [] });
  });

  it('still judges a Spanish review by its explicit rating, and by its label', () => {
    const rating = parseRating('1/5')!;
    const rated = judgeByLanguage(draft(SCATHING, { rating: { value: rating, source: 'record' } }), spanish, model);
    expect(rated).toMatchObject({ verdict: 'negative', verdictSource: 'rating', score: rating.score, evidence: [] });
    const labelled = judgeByLanguage(draft(SCATHING, { label: 'positive' }), spanish, model);
    expect(labelled).toMatchObject({ verdict: 'positive', verdictSource: 'label' });
  });

  it('drops a judgement an export carries when it was an English reading of the text', () => {
    const recordedJudgement = { verdict: 'positive' as const, probability: 0.7, score: 70, verdictSource: 'text' as const, scoreSource: 'text' as const };
    expect(judgeByLanguage(draft(SCATHING, { recordedJudgement }), spanish, model).verdictSource).toBe('none');
  });

  it('judges English text as the judge always did', () => {
    const text = 'A dull, witless slog that wastes a fine cast on a script with nothing to say.';
    const english = detectLanguage({ text });
    expect(judgeByLanguage(draft(text), english, model)).toMatchObject({ verdictSource: 'text', verdict: 'negative' });
  });
});
