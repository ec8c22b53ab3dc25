/**
 * Faint craft words read as the fault they are, mixed beside praise, undone by a negation, a judgement that calls
 * itself mixed read as mixed, and the litotes "not bad" read as the mild praise it is; every word in the list is one
 * the shipped model does not already read as criticism (else the list would be overruling the model for nothing).
 */
import { describe, expect, it } from 'vitest';
import { loadJudgeModel } from '../../../app.ts';
import { NEGATIVE_AT, POSITIVE_AT, stanceOf } from '../types.ts';
import { craftWordReading, FAULTING_WORDS, weighCraftWords } from './craft-faults.ts';

describe('weighCraftWords', () => {
  it('reads a craft called workmanlike or uneven as faulted, whatever the model said', () => {
    expect(stanceOf(weighCraftWords('the direction is workmanlike but cautious', 0.75))).toBe('negative');
    expect(stanceOf(weighCraftWords('The laughs and pacing may be uneven', 0.78))).toBe('negative');
    expect(weighCraftWords('the direction is workmanlike', 0.1)).toBe(0.1);
  });

  it('reads a faint word beside praise in the same clause as mixed', () => {
    expect(stanceOf(weighCraftWords('beautiful and moving, if schematic', 0.8))).toBe('neutral');
    expect(stanceOf(weighCraftWords('Streamlines a compelling true story into functional prestige filmmaking', 0.86))).toBe('neutral');
  });

  it('leaves a clause alone when the faint word is denied, or absent', () => {
    expect(weighCraftWords('the pacing is never uneven', 0.8)).toBe(0.8);
    expect(weighCraftWords('the score is lush and sweeping', 0.9)).toBe(0.9);
  });

  it('reads a judgement that calls itself mixed as mixed', () => {
    expect(stanceOf(weighCraftWords('the best and worst thing about it is the way the director bought his own myth', 0.92))).toBe('neutral');
    expect(stanceOf(weighCraftWords('the songs are a mixed bag', 0.2))).toBe('neutral');
  });

  it('reads "not bad" as mild praise', () => {
    expect(weighCraftWords('not bad on the acting, directing or even writing levels', 0.22)).toBeGreaterThanOrEqual(POSITIVE_AT);
  });

  it('lists only words the shipped model does not read as criticism in the craft frames', () => {
    const model = loadJudgeModel();
    for (const word of FAULTING_WORDS) expect(craftWordReading(word, (text) => model.predict(text).probability), word).toBeGreaterThan(NEGATIVE_AT);
  });
});
