import { describe, expect, it } from 'vitest';
import { PlauditError } from '../domain/errors.ts';
import { parseWeights } from './weights.ts';

describe('parseWeights', () => {
  it('reads weights given directly or as the "weights" member of a config file', () => {
    const weights = { outlets: { 'The Spool': 2 }, critics: { 'Emily Yoshida': 0.5 } };
    expect(parseWeights(weights, 'w.json')).toEqual(weights);
    expect(parseWeights({ weights, other: true }, 'plaudit.config.json')).toEqual(weights);
    expect(parseWeights({ outlets: { A: 1 } }, 'w.json')).toEqual({ outlets: { A: 1 }, critics: {} });
  });

  it('refuses negative or huge weights and unknown keys, naming the file and the field', () => {
    for (const bad of [{ outlets: { A: -1 } }, { critics: { B: 100 } }, { outlet: { A: 1 } }, { outlets: { A: 'two' } }]) {
      expect(() => parseWeights(bad, 'w.json')).toThrow(PlauditError);
    }
    expect(() => parseWeights({ outlets: { A: -1 } }, 'w.json')).toThrow(/w\.json: outlets\.A/);
  });
});
