/**
 * Whether dist/ was built from the sources as they are now. The build (scripts/build.mjs) writes a fingerprint of
 * its inputs to dist/.build-stamp; bin/plaudit.js recomputes it on every start and runs dist/ only when the two
 * agree, so an edit to src/ can never run stale compiled code.
 *
 * The fingerprint lists each input's path, size and modification time, not its contents: statting the few hundred
 * files takes milliseconds, where reading them would cost more than the start-up it saves. Any edit, checkout,
 * added, removed or renamed file changes it. It is kept as plain text, not hashed, so that loading node:crypto does
 * not cost the start-up more than the check itself, and so `diff` against the stamp says what is stale. Plain
 * JavaScript so that bin/ can load it without a compiler.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The file in dist/ that holds the fingerprint of the sources it was built from. */
export const STAMP_FILE = '.build-stamp';

/** Files outside src/ that change what the build writes. */
const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'scripts/build-stamp.mjs'];

/** Unit tests sit beside the code; they are not part of the build, so editing one leaves dist/ fresh. */
export function isBuildSource(name) {
  return !name.endsWith('.test.ts') && !name.endsWith('.d.ts');
}

/** Every file under src/ that the build compiles or copies, as paths relative to src/ with `/`, sorted. */
export function listSources(root) {
  const files = [];
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(join(root, 'src', dir), { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else if (isBuildSource(entry.name)) files.push(path);
    }
  };
  walk('', '');
  return files.sort();
}

/** The fingerprint of the build's inputs as they are on disk now: a line per file. */
export function sourceFingerprint(root) {
  let fingerprint = '';
  const add = (path) => {
    const stat = statSync(join(root, path), { throwIfNoEntry: false });
    fingerprint += `${path}\t${stat?.size ?? -1}\t${stat?.mtimeMs ?? -1}\n`;
  };
  for (const path of BUILD_INPUTS) add(path);
  for (const path of listSources(root)) add(`src/${path}`);
  return fingerprint;
}

/** 'fresh' when dist/ was built from the current sources, 'missing' when there is no finished build, else 'stale'. */
export function buildState(root) {
  let stamp;
  try {
    stamp = readFileSync(join(root, 'dist', STAMP_FILE), 'utf8');
  } catch {
    return 'missing';
  }
  return stamp === sourceFingerprint(root) ? 'fresh' : 'stale';
}
