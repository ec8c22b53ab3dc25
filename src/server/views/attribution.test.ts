import { describe, expect, it } from 'vitest';
import { attributionText } from './attribution.ts';

describe('attributionText', () => {
  it('names critic and outlet, either alone, and "Unattributed review" only when neither is known', () => {
    expect(attributionText({ critic: 'Emily Yoshida', outlet: 'New York Magazine' })).toBe('Emily Yoshida, New York Magazine');
    expect(attributionText({ critic: null, outlet: 'The Spool' })).toBe('The Spool');
    expect(attributionText({ critic: 'Matt Taylor', outlet: null })).toBe('Matt Taylor');
    expect(attributionText({ critic: null, outlet: null })).toBe('Unattributed review');
    expect(attributionText({ critic: ' ', outlet: '' })).toBe('Unattributed review');
  });
});
