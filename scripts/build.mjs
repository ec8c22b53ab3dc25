/**
 * Builds dist/ from src/ for the installed command (`npm run build`; `prepare` runs it at install, `npm test` before
 * the suite). Every TypeScript file under src/ but unit tests becomes the JavaScript file at the same path under
 * dist/, with its `.ts` imports rewritten to `.js`; every other file (styles, the worker bootstrap) is copied. No list
 * of entry points or assets to keep up to date: whatever is added to src/ is built.
 *
 * Each file is transpiled on its own (TypeScript's transpileModule, the options of tsconfig.build.json), without a
 * type check: `tsc --noEmit` is the type check, run by `npm test`. That keeps the build to a few seconds and lets it
 * work on a tree with a type error in progress. Files are replaced by rename, so a command started mid-build loads
 * either the old or the new version of each, and the stamp that marks the build fresh (build-stamp.mjs) is removed
 * first and written last. Does nothing when dist/ is already fresh; `--force` rebuilds anyway; `--unless-no-compiler`
 * (for `prepare`) skips the build, with a notice, when typescript is not installed.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP_FILE, buildState, listSources, sourceFingerprint } from './build-stamp.mjs';

// Loaded only when there is something to build: the compiler takes most of a second to load.
let ts;
const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'dist');
const formatHost = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };

function compilerOptions() {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.build.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (parsed.errors.length > 0) throw new Error(ts.formatDiagnostics(parsed.errors, formatHost));
  // transpileModule sees one file and not package.json's "type": "module", so under NodeNext it would emit
  // CommonJS; the sources are all ES modules, so say so.
  return { ...parsed.options, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
}

// Written here, then renamed into dist/: outside dist/, so another build running at once never takes a half-written
// file for an orphan.
const scratchDir = join(root, '.tmp', `build-${process.pid}`);
let scratchCount = 0;

function writeFileAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(scratchDir, String(scratchCount++));
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** Transpiles one source; returns the files it becomes, relative to dist/. */
function transpile(path, options) {
  const source = join(root, 'src', path);
  const outPath = path.replace(/\.([cm]?)ts$/, '.$1js');
  const result = ts.transpileModule(readFileSync(source, 'utf8'), { fileName: source, compilerOptions: options, reportDiagnostics: true });
  if (result.diagnostics?.length) {
    throw new Error(ts.formatDiagnostics(result.diagnostics, formatHost));
  }
  const outFile = join(distDir, outPath);
  // Point the map at the real source (`../../src/cli/main.ts`), so `node --enable-source-maps` shows src/ lines.
  const map = JSON.parse(result.sourceMapText);
  map.sources = [relative(dirname(outFile), source).split('\\').join('/')];
  writeFileAtomic(outFile, result.outputText);
  writeFileAtomic(`${outFile}.map`, JSON.stringify(map));
  return [outPath, `${outPath}.map`];
}

/** Removes what an earlier build wrote for a source that is gone. */
function removeOrphans(dir, written) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removeOrphans(path, written);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (!written.has(relative(distDir, path).split('\\').join('/'))) {
      rmSync(path);
    }
  }
}

function build() {
  // Fingerprint first: a source edited while the build reads it leaves a stamp that no longer matches.
  const fingerprint = sourceFingerprint(root);
  rmSync(join(distDir, STAMP_FILE), { force: true });
  const options = compilerOptions();
  mkdirSync(scratchDir, { recursive: true });
  try {
    const written = new Set();
    const sources = listSources(root);
    for (const path of sources) {
      if (/\.[cm]?ts$/.test(path)) {
        for (const out of transpile(path, options)) written.add(out);
      } else {
        writeFileAtomic(join(distDir, path), readFileSync(join(root, 'src', path)));
        written.add(path);
      }
    }
    removeOrphans(distDir, written);
    writeFileAtomic(join(distDir, STAMP_FILE), fingerprint);
    return sources.length;
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
}

const started = performance.now();
if (!process.argv.includes('--force') && buildState(root) === 'fresh') {
  console.log('dist/ is up to date with src/');
} else {
  try {
    ts = (await import('typescript')).default;
  } catch (error) {
    // An install without dev dependencies has no compiler; bin/plaudit.js then runs the sources through tsx.
    if (!process.argv.includes('--unless-no-compiler') || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.log('typescript is not installed: dist/ not built; plaudit will run src/ through tsx');
    process.exit(0);
  }
  const count = build();
  console.log(`built dist/ from ${count} files in src/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
