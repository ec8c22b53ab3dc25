/**
 * Settings shared by the ingest parsers' fuzz tests (fast-check). A failure prints its seed and path; to replay
 * it, run the test again with FUZZ_SEED=<seed> (and FUZZ_RUNS to try more cases than CI does).
 */
import type { Parameters } from 'fast-check';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

export function fuzzParameters<T>(numRuns: number): Parameters<T> {
  const seed = process.env.FUZZ_SEED;
  return { numRuns, ...(seed === undefined ? {} : { seed: Number(seed) }) };
}
