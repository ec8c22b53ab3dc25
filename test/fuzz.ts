/**
 * Settings shared by the fuzz tests (*.fuzz.test.ts). fast-check's `fc.assert` reports the seed and the path of a
 * failing case in its error; setting FUZZ_SEED (and FUZZ_PATH, from the same report) replays exactly that run:
 *
 *   FUZZ_SEED=-1819918769 FUZZ_PATH="12:3:0" npx vitest run src/clean/clean-text.fuzz.test.ts
 */
import type { Parameters } from 'fast-check';

/** Cases per property for the parsers that take several properties (CSV, JSON, lines); FUZZ_RUNS tries more. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

export function fuzzParameters<T>(numRuns: number): Parameters<T> {
  const seed = process.env.FUZZ_SEED;
  const path = process.env.FUZZ_PATH;
  return {
    numRuns,
    ...(seed === undefined ? {} : { seed: Number(seed) }),
    ...(path === undefined ? {} : { path }),
  };
}

/** Whether the string holds half of a surrogate pair without the other half. */
export function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
      else return true;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return true;
    }
  }
  return false;
}
