import { describe, expect, it } from 'vitest';
import { PlauditError } from '../domain/errors.ts';
import { decodeText } from './decode-text.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof PlauditError ? error.code : 'other';
  }
  return undefined;
}

describe('decodeText', () => {
  it('decodes UTF-8 and strips a byte-order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFCafé — “quoted”', 'utf8'), 'a.txt')).toBe('Café — “quoted”');
  });

  it('refuses an empty file and a whitespace-only file as empty', () => {
    expect(codeOf(() => decodeText(new Uint8Array(), 'a.txt'))).toBe('empty');
    expect(codeOf(() => decodeText(Buffer.from(' \n\t\n'), 'a.txt'))).toBe('empty');
  });

  it('refuses binary content (NUL bytes) as binary', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(codeOf(() => decodeText(png, 'poster.txt'))).toBe('binary');
  });

  it('refuses invalid UTF-8 and names the offset of the first bad byte', () => {
    const latin1 = Buffer.from('Caf\xe9 society', 'latin1');
    try {
      decodeText(latin1, 'old.txt');
      expect.unreachable();
    } catch (error) {
      expect((error as PlauditError).code).toBe('invalid-encoding');
      expect((error as PlauditError).message).toContain('old.txt');
      expect((error as PlauditError).message).toContain('offset 3');
    }
  });
});
