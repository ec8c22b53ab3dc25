import { describe, expect, it } from 'vitest';
import { capitalisedRuns } from './capitalised-runs.ts';

const texts = (s: string): string[] => capitalisedRuns(s).map((r) => r.text);

describe('capitalisedRuns', () => {
  it('joins capitalised words and joining words, not prepositions', () => {
    expect(texts('She wore a Phantom of the Opera shirt in Alex Ross Perry’s film.')).toEqual([
      'She', 'Phantom of the Opera', 'Alex Ross Perry',
    ]);
    expect(texts('Moss in Her Smell is great.')).toEqual(['Moss', 'Her Smell']);
  });

  it('ends a run at a possessive and marks it', () => {
    const runs = capitalisedRuns('In Alex Ross Perry’s Her Smell, Sean Price Williams’ camera roams.');
    expect(runs.map((r) => [r.text, r.possessive])).toEqual([
      ['In Alex Ross Perry', true], ['Her Smell', false], ['Sean Price Williams', true],
    ]);
  });

  it('does not treat contractions as possessives', () => {
    expect(capitalisedRuns('It’s fine.')[0]).toMatchObject({ text: 'It’s', possessive: false });
  });

  it('ends a run at a closing quote and records offsets', () => {
    const sentence = 'They love ‘Her Smell’ and “The Rose,” both.';
    const runs = capitalisedRuns(sentence);
    expect(runs.map((r) => r.text)).toEqual(['They', 'Her Smell', 'The Rose']);
    const her = runs[1];
    expect(her && sentence.slice(her.start, her.end)).toBe('Her Smell’');
    expect(runs[0]?.sentenceInitial).toBe(true);
    expect(her?.sentenceInitial).toBe(false);
  });

  it('keeps "&" inside names and numbers after a capitalised word', () => {
    expect(texts('Shot by Gunpowder & Sky, unlike Blade Runner 2049.')).toEqual(['Shot', 'Gunpowder & Sky', 'Blade Runner 2049']);
  });

  it('reads a run held together by a hundred thousand joining words', () => {
    const runs = capitalisedRuns(`Alpha ${'of '.repeat(200_000)}Beta ends.`);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.words).toHaveLength(200_002);
  });
});
