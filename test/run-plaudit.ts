/**
 * Runs the real `plaudit` command (bin/plaudit.js) in a child process, as a user would. That runs the compiled
 * build in dist/ when it was built from the current sources (`npm test` builds first) and the sources through tsx
 * otherwise, so a test never runs stale code, only slower code after an edit until the next build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const plauditBin = join(repoRoot, 'bin', 'plaudit.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface PlauditRunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Another checkout's bin/plaudit.js (default: this repository's). */
  bin?: string;
}

export function startPlaudit(args: readonly string[], options: PlauditRunOptions = {}): ChildProcess {
  return spawn(process.execPath, [options.bin ?? plauditBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export function runPlaudit(
  args: readonly string[],
  options: PlauditRunOptions & { input?: string | Buffer } = {},
): Promise<RunResult> {
  const child = startPlaudit(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdin!.end(options.input ?? '');
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Runs a command that prints JSON and parses it, failing loudly with stderr when it doesn't. */
export async function runPlauditJson<T>(args: readonly string[], options: PlauditRunOptions = {}): Promise<T> {
  const result = await runPlaudit(args, options);
  if (result.code !== 0) throw new Error(`plaudit ${args.join(' ')} exited ${result.code}:\n${result.stderr}\n${result.stdout}`);
  return JSON.parse(result.stdout) as T;
}
