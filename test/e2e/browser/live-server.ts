/**
 * The real `plaudit serve` in a child process on an ephemeral loopback port, over a real SQLite file that the
 * real CLI filled. Resolves with the URL the server printed.
 */
import type { ChildProcess } from 'node:child_process';
import { startPlaudit } from '../../run-plaudit.ts';

export interface LiveServer {
  url: string;
  stop(): Promise<void>;
}

export function startLiveServer(db: string, extraArgs: readonly string[] = []): Promise<LiveServer> {
  const child: ChildProcess = startPlaudit(['--db', db, 'serve', '--port', '0', '--host', '127.0.0.1', ...extraArgs]);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`plaudit serve printed no URL in 30 s:\n${output}`)), 30_000);
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        stop: () =>
          new Promise((done) => {
            child.once('close', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('close', (code) => fail(new Error(`plaudit serve exited (${code}) before it listened:\n${output}`)));
  });
}
