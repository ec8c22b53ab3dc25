import { describe, expect, it } from 'vitest';
import { normaliseDate } from './published-date.ts';

describe('normaliseDate', () => {
  const rows: Array<[string, string]> = [
    ['2019-04-12', '2019-04-12'],
    ['2019-04-12T23:30:00-07:00', '2019-04-12'],
    ['2019-4-2', '2019-04-02'],
    ['2019/04/12', '2019-04-12'],
    ['April 12, 2019', '2019-04-12'],
    ['Apr. 12 2019', '2019-04-12'],
    ['Friday, April 12th, 2019', '2019-04-12'],
    ['12 April 2019', '2019-04-12'],
    ['12th Sept 2019', '2019-09-12'],
    // kept as given: ambiguous, impossible or unreadable
    ['04/05/2019', '04/05/2019'],
    ['2019-02-30', '2019-02-30'],
    ['April 31, 2019', 'April 31, 2019'],
    ['last Tuesday', 'last Tuesday'],
    ['  2019  ', '2019'],
  ];
  for (const [input, expected] of rows) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => expect(normaliseDate(input)).toBe(expected));
  }
});
