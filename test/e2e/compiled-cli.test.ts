/**
 * The installed command runs the compiled build in dist/ when it was built from the sources as they are, and the
 * sources through tsx when they changed since (issue 13). Each test works on its own copy of the checkout (src/,
 * bin/, the build scripts; models/ and node_modules/ linked), so building and editing there never touches the
 * dist/ the rest of the suite runs. PLAUDIT_DEBUG_ENTRY makes bin/plaudit.js say which one it runs.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runPlaudit, runPlauditJson, startPlaudit } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase, testsPostgres } from '../test-database.ts';

const dirs: string[] = [];
afterAll(async () => {
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  await dropTestDatabases();
});

const DEBUG = { PLAUDIT_DEBUG_ENTRY: '1', PLAUDIT_ENTRY: '' };
const RUNS_DIST = 'plaudit: running dist/\n';

/** A copy of the checkout, with node_modules holding every installed package but those named in `without`. */
function checkout(without: readonly string[]): { root: string; bin: string; build: () => string } {
  const root = mkdtempSync(join(tmpdir(), 'plaudit-compiled-'));
  dirs.push(root);
  for (const path of ['src', 'bin', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
    cpSync(join(repoRoot, path), join(root, path), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'models'), join(root, 'models'));
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (!without.includes(name) && name !== '.bin') symlinkSync(join(repoRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  const build = () => execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  return { root, bin: join(root, 'bin', 'plaudit.js'), build };
}

describe('the compiled build', () => {
  it('runs from dist/ with no TypeScript loader installed, the worker thread included', async () => {
    const { root, bin, build } = checkout(['tsx']);
    build();
    const help = await runPlaudit(['--help'], { bin, cwd: root, env: DEBUG });
    expect(help.stderr).toBe(RUNS_DIST);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: plaudit');

    // A review posted to the API is processed in a worker thread, whose entry must be JavaScript too.
    const db = testDatabase(root, 'api.db');
    const { token } = await runPlauditJson<{ token: string }>(['--db', db, 'token', 'create', '--json'], { bin, cwd: root });
    const server = startPlaudit(['--db', db, 'serve', '--port', '0'], { bin, cwd: root, env: DEBUG });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        server.stderr!.on('data', (chunk) => (output += chunk));
        server.stdout!.on('data', (chunk) => {
          output += chunk;
          const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        server.once('close', (code) => reject(new Error(`plaudit serve exited (${code}):\n${output}`)));
      });
      expect(output).toContain(RUNS_DIST);
      const posted = await fetch(`${url}/api/v1/reviews?film=Tidewater`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
        body: 'A tender, funny and beautifully made film.',
      });
      expect(posted.status, await posted.clone().text()).toBe(201);
      expect(((await posted.json()) as { review: { verdict: string } }).review.verdict).toBe('positive');
    } finally {
      if (server.exitCode === null && server.signalCode === null) {
        const closed = new Promise((resolve) => server.once('close', resolve));
        server.kill('SIGTERM');
        await closed;
      }
    }
  }, 120_000);

  // No database in this one: the sqlite project's run covers it.
  it.skipIf(testsPostgres)('gives way to the sources when they are newer, and is used again once rebuilt', async () => {
    const { root, bin, build } = checkout([]);
    const help = () => runPlaudit(['--help'], { bin, cwd: root, env: DEBUG });
    expect((await help()).stderr).toContain('running src/ through tsx: dist/ is missing');

    build();
    const compiled = await help();
    expect(compiled.stderr).toBe(RUNS_DIST);
    const bypassed = await runPlaudit(['--help'], { bin, cwd: root, env: { ...DEBUG, PLAUDIT_ENTRY: 'source' } });
    expect(bypassed.stderr).toBe('plaudit: running src/ through tsx: PLAUDIT_ENTRY=source\n');
    expect(bypassed.stdout).toBe(compiled.stdout);

    // An edit to a source: the next run must run the edit, not the build from before it.
    appendFileSync(join(root, 'src', 'cli', 'main.ts'), "\nprocess.stderr.write('edited after the build\\n');\n");
    const edited = await help();
    expect(edited.stderr).toBe('plaudit: running src/ through tsx: dist/ is older than src/\nedited after the build\n');
    expect(edited.stdout).toBe(compiled.stdout);

    expect(build()).toMatch(/^built dist\//);
    expect((await help()).stderr).toBe(`${RUNS_DIST}edited after the build\n`);
    expect(build()).toBe('dist/ is up to date with src/\n');

    // A new file counts as a change; editing a unit test does not, as the build leaves tests out.
    writeFileSync(join(root, 'src', 'cli', 'new-module.test.ts'), '');
    expect((await help()).stderr).toBe(`${RUNS_DIST}edited after the build\n`);
    writeFileSync(join(root, 'src', 'cli', 'new-module.ts'), 'export {};\n');
    expect((await help()).stderr).toMatch(/^plaudit: running src\/ through tsx: dist\/ is older than src\//);
  }, 240_000); // two builds and four runs through tsx
});
