import { describe, expect, it } from 'vitest';
import { touch, trimOldest } from './bounded-cache.ts';

describe('bounded caches', () => {
  it('drops the least recently used entries beyond the bound, never one kept', () => {
    const map = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    touch(map, 'a');
    trimOldest(map, 2, new Set(['b']));
    expect([...map.keys()]).toEqual(['b', 'a']);
  });

  it('leaves a map within its bound alone, and touching a missing key adds nothing', () => {
    const map = new Map([['a', 1]]);
    touch(map, 'z');
    trimOldest(map, 5);
    expect([...map.entries()]).toEqual([['a', 1]]);
  });
});
