/**
 * The shipped model (models/judge.model) on the cases the issues name: negation, contrast, closing paragraphs, and
 * text scores that spread like critics' own ratings (issue 18).
 */
import { describe, expect, it } from 'vitest';
import { loadJudgeModel } from '../../app.ts';
import { textScore } from '../judge-review.ts';

const model = loadJudgeModel();
const p = (text: string) => model.predict(text).probability;

const SETUP = [
  'The film follows a punk singer through three nights of shows, rehearsals and family visits.',
  'Her band mates, her manager and her mother all try to reach her, and the camera stays close.',
  'The story is told in five long scenes, each set in one room, with very few cuts.',
  'The director and the cast worked on the scenes for months before the shoot began.',
];
const PRAISE = ['In the end it is a moving, beautifully acted triumph.', 'It is one of the best films of the year.'];
const PAN = ['In the end it is a tedious, lifeless mess.', 'It is one of the worst films of the year.'];

describe('the trained model', () => {
  it('turns a word around under negation', () => {
    expect(p('Not bad.')).toBeGreaterThan(p('Bad.'));
    expect(p('Not funny.')).toBeLessThan(p('Funny.'));
    expect(p('Never boring.')).toBeGreaterThan(p('Boring.'));
    expect(p('It is not good.')).toBeLessThan(p('It is good.'));
  });

  it('lets the clause after a contrast decide', () => {
    expect(p('I wanted to like it, but it is a dull, tedious slog.')).toBeLessThan(0.5);
    expect(p('The first act is clumsy, but the film is ultimately moving and beautiful.')).toBeGreaterThan(0.5);
  });

  it('reads a full-length review by its closing sentences, with them as evidence', () => {
    const praised = [...PAN.slice(0, 1), ...SETUP, ...PRAISE].join(' ');
    const panned = [...PRAISE.slice(0, 1), ...SETUP, ...PAN].join(' ');
    expect(praised.split(' ').length).toBeGreaterThanOrEqual(80);
    expect(p(praised)).toBeGreaterThan(0.5);
    expect(p(panned)).toBeLessThan(0.5);
    expect(model.predict(praised).evidence).toContain(PRAISE[1]);
  });

  it('gives a score, evidence from the text, and its version', () => {
    const prediction = model.predict('A dazzling, heartfelt triumph. Moss is extraordinary.');
    expect(prediction.score).toBeGreaterThan(60);
    expect(prediction.evidence.length).toBeGreaterThan(0);
    expect(model.version).toBe('nbsvm-5');
  });

  it('spreads text scores like ratings: a rave high, a pan low, a lukewarm text in the mixed band', () => {
    const score = (text: string) => textScore(model, model.predict(text), { critic: null, outlet: null });
    const rave = score('A dazzling, heartfelt triumph, one of the best films of the year.');
    const pan = score('A tedious, lifeless mess.');
    const lukewarm = score('Pleasant enough, though it never quite comes together.');
    // nbsvm-4 gave 80, 38 and 50: every sure text hugged its side's middle rating.
    expect(rave).toBeGreaterThanOrEqual(85);
    expect(pan).toBeLessThanOrEqual(30);
    expect(lukewarm).toBeGreaterThanOrEqual(40);
    expect(lukewarm).toBeLessThanOrEqual(60);
  });
});
