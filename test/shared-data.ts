/**
 * Access to ../shared (real reviews and datasets) for tests and benchmarks. The data stays there; nothing is
 * copied into the repository. Under CI=true a test that needs it fails when it is missing; elsewhere it skips
 * with a message saying what is missing.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where ../shared is: $PLAUDIT_SHARED, or the folder beside the repository. */
export const sharedRoot = process.env.PLAUDIT_SHARED ?? resolve(repoRoot, '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return join(sharedRoot, ...parts);
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

/**
 * `describe` for a block that reads ../shared/<parts>. Skips with a clear message when the data is missing,
 * except under CI=true, where it fails.
 */
export function describeWithShared(parts: string[], name: string, body: () => void): void {
  if (hasShared(...parts)) {
    describe(name, body);
    return;
  }
  const missing = sharedPath(...parts);
  if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`${missing} is missing: this test needs ../shared beside the repository (CI=true).`);
    });
    return;
  }
  console.warn(`[skip] ${name}: ${missing} not found; set PLAUDIT_SHARED or put shared/ beside the repository.`);
  describe.skip(name, body);
}
