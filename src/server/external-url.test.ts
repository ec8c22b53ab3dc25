import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from './external-url.ts';

describe('safeExternalUrl', () => {
  it('passes http(s) and refuses other schemes', () => {
    expect(safeExternalUrl('https://example.org/review')).toBe('https://example.org/review');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl(' data:text/html,x')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
  });
});
