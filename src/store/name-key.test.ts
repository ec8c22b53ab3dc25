import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key.ts';

describe('nameKey', () => {
  it('ignores case, accents and runs of whitespace', () => {
    expect(nameKey('  Amélie   POULAIN\t')).toBe('amelie poulain');
    expect(nameKey('Pedro Almodóvar')).toBe(nameKey('pedro almodovar'));
  });

  it('reads typographic quotes, dashes and ligatures as their plain forms', () => {
    expect(nameKey('Schindler’s List')).toBe("schindler's list");
    expect(nameKey('Spider‐Man – Far From Home')).toBe('spider-man - far from home');
    expect(nameKey('ﬁlm')).toBe('film');
  });
});
