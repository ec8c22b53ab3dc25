/**
 * The honesty check on constructed sentences: each way context turns praise around, and clean praise that must
 * pass. Run against both text models behind the TextModel interface, because the check must not depend on one.
 */
import { describe, expect, it } from 'vitest';
import { loadJudgeModel } from '../../../app.ts';
import { createLexiconModel } from '../../../judge/lexicon-model.ts';
import { createPolarity } from '../analyse-reviews.ts';
import { checkHonesty, type QuoteContext } from './honesty-check.ts';

const models = [
  ['trained model', loadJudgeModel()],
  ['lexicon model', createLexiconModel()],
] as const;

const flagged: Array<[string, QuoteContext, string[]]> = [
  ['a "masterpiece" followed by "of tedium"', { quote: 'A masterpiece of tedium.', sentence: 'A masterpiece of tedium.' }, ['praise-undercut']],
  ['"masterpiece" quoted without its "of tedium"', { quote: 'a masterpiece', sentence: 'It is a masterpiece of tedium.' }, ['praise-undercut', 'cut-before-the-turn']],
  ['praise in a sentence ending "but it fails"', { quote: 'The performances are wonderful, but it fails.', sentence: 'The performances are wonderful, but it fails.' }, ['contrast-in-sentence']],
  ['praise cut off before "but it fails"', { quote: 'The performances are wonderful', sentence: 'The performances are wonderful, but it fails.' }, ['contrast-in-sentence', 'cut-before-the-turn']],
  ['a concession whose main clause is negative', { quote: 'the cast is wonderful', sentence: 'Although the cast is wonderful, it is a waste of time.' }, ['contrast-in-sentence']],
  ['an ellipsis joining opposite verdicts', { quote: 'Brilliant … a waste of time.', sentence: 'Brilliant in places, and a waste of time overall.' }, ['ellipsis-joins-opposites']],
  ['an ellipsis hiding the put-down', { quote: 'A brilliant ... performance.', sentence: 'A brilliant idea wasted on a dreadful performance.' }, ['ellipsis-joins-opposites']],
  ['negated praise just before the quote', { quote: 'a masterpiece', sentence: 'It is not a masterpiece.' }, ['negated-praise']],
  ['"far from brilliant"', { quote: 'far from brilliant', sentence: 'The film is far from brilliant.' }, ['negated-praise']],
  ['hedged praise', { quote: 'this so-called masterpiece', sentence: 'I sat through this so-called masterpiece twice.' }, ['ironic-praise']],
  ['hypothetical praise', { quote: 'It could have been a masterpiece.', sentence: 'It could have been a masterpiece.' }, ['hypothetical-praise']],
  ['someone else’s words', { quote: '“An instant classic,” the studio insists.', sentence: '“An instant classic,” the studio insists.' }, ['not-the-critics-words']],
  ['the next sentence takes it back', { quote: 'A dazzling first hour.', sentence: 'A dazzling first hour.', next: 'But the rest is a slog.' }, ['next-sentence-turns']],
];

const clean: QuoteContext[] = [
  { quote: 'A dazzling, heartfelt triumph.', sentence: 'A dazzling, heartfelt triumph.' },
  { quote: 'One of the best films of the year.', sentence: 'One of the best films of the year.' },
  { quote: 'Not only funny but wise.', sentence: 'Not only funny but wise.' },
  { quote: 'Never less than gripping.', sentence: 'Never less than gripping.' },
  { quote: 'I can’t recommend it enough.', sentence: 'I can’t recommend it enough.' },
  { quote: 'Moss gives the performance of her career', sentence: 'Moss gives the performance of her career, and the score is superb.' },
  { quote: 'The score is stunning … the camera work superb.', sentence: 'The score is stunning, and the camera work superb.' },
  { quote: 'A masterful opening scene.', sentence: 'A masterful opening scene.', next: 'The rest is just as good.' },
  // Negated criticism, or a verb after "never", is praise: litotes are not negated praise (issue 18).
  { quote: 'A masterful opening scene that grips you and never lets you go.', sentence: 'A masterful opening scene that grips you and never lets you go.' },
  { quote: 'A thriller not easily dismissed.', sentence: 'A thriller not easily dismissed.' },
  { quote: 'The suspense never turns dull, and the cast is superb.', sentence: 'The suspense never turns dull, and the cast is superb.' },
  // The film that was not made is the worse one.
  { quote: 'It turns what could have been a dull lecture into a gripping thriller.', sentence: 'It turns what could have been a dull lecture into a gripping thriller.' },
];

for (const [name, model] of models) {
  describe(`checkHonesty (${name})`, () => {
    const polarity = createPolarity(model);

    it.each(flagged)('flags %s', (_, context, codes) => {
      const result = checkHonesty(context, polarity);
      expect(result.honest).toBe(false);
      expect(result.flags.map((f) => f.code)).toEqual(expect.arrayContaining([expect.toSatisfy((c: string) => codes.includes(c))]));
    });

    it.each(clean)('passes clean praise: $quote', (context) => {
      expect(checkHonesty(context, polarity).flags).toEqual([]);
    });
  });
}

describe('checkHonesty results', () => {
  it('say which words turn the quote around, with a method link and a version', () => {
    const polarity = createPolarity(createLexiconModel());
    const result = checkHonesty({ quote: 'The performances are wonderful, but it fails.', sentence: 'The performances are wonderful, but it fails.' }, polarity);
    expect(result.flags[0]).toMatchObject({ code: 'contrast-in-sentence', evidence: 'but it fails.' });
    expect(result).toMatchObject({ method: 'docs/methodology.md#honesty-check', version: 'honesty-2' });
  });
});
