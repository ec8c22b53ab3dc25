import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, gzipped, isCompressible, varyOnEncoding } from './content-encoding.ts';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['x-gzip', true],
    ['*', true],
    ['gzip;q=0, br', false],
    ['br', false],
    ['*, gzip;q=0', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('%s -> %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('isCompressible', () => {
  it('takes text, JSON and SVG of a kilobyte or more, not images or tiny bodies', () => {
    expect(isCompressible('text/html; charset=UTF-8', 5000)).toBe(true);
    expect(isCompressible('application/json', 5000)).toBe(true);
    expect(isCompressible('application/problem+json', 5000)).toBe(true);
    expect(isCompressible('image/svg+xml', 5000)).toBe(true);
    expect(isCompressible('image/png', 5000)).toBe(false);
    expect(isCompressible('text/html', 100)).toBe(false);
    expect(isCompressible(undefined, 5000)).toBe(false);
  });
});

describe('gzipped', () => {
  it('round-trips, and gives null when gzip would not shrink the body', () => {
    const text = new TextEncoder().encode('<p>A tense, chaotic first half.</p>'.repeat(100));
    const packed = gzipped(text)!;
    expect(packed.byteLength).toBeLessThan(text.byteLength / 4);
    expect(new Uint8Array(gunzipSync(packed))).toEqual(text);
    expect(gzipped(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

describe('varyOnEncoding', () => {
  it('adds Accept-Encoding once', () => {
    expect(varyOnEncoding(undefined)).toBe('Accept-Encoding');
    expect(varyOnEncoding('Origin')).toBe('Origin, Accept-Encoding');
    expect(varyOnEncoding('origin, accept-encoding')).toBe('origin, accept-encoding');
  });
});
