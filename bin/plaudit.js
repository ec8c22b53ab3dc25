#!/usr/bin/env node
// Runs the compiled build in dist/ (written at install by `prepare`, and by `npm run build` and `npm test`) when it
// was built from the sources as they are now, and the TypeScript sources in src/ through tsx otherwise. Compiling
// at every start costs seconds; the fallback means an edit to src/ is never run stale, only slower until the next
// build. The check stats src/ against the stamp the build wrote (scripts/build-stamp.mjs): a few milliseconds.
//
// PLAUDIT_ENTRY=source runs the sources even when dist/ is fresh (to compare the two); PLAUDIT_DEBUG_ENTRY=1 says
// on stderr which one runs and why.
import { fileURLToPath } from 'node:url';
import { buildState } from '../scripts/build-stamp.mjs';

const state = process.env.PLAUDIT_ENTRY === 'source' ? 'bypassed' : buildState(fileURLToPath(new URL('..', import.meta.url)));
if (process.env.PLAUDIT_DEBUG_ENTRY) {
  const reason = { fresh: '', missing: ': dist/ is missing', stale: ': dist/ is older than src/', bypassed: ': PLAUDIT_ENTRY=source' }[state];
  process.stderr.write(state === 'fresh' ? 'plaudit: running dist/\n' : `plaudit: running src/ through tsx${reason}\n`);
}

let main;
if (state === 'fresh') {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
await main();
