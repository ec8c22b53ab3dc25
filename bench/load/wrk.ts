/**
 * Runs wrk (Debian's `wrk` package: a C load generator on epoll, far lighter than a Node one, so on a 2-core
 * machine the server keeps most of a core) and reads its summary. wrk is closed-loop: each connection sends its
 * next request when the last is answered.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export interface LoadResult {
  p50: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  requests: number;
  failed: number;
}

export function wrkAvailable(): boolean {
  return spawnSync('wrk', ['--version']).error === undefined;
}

/** "8.02ms", "950.00us", "1.02s" -> milliseconds. */
function millis(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!match) throw new Error(`wrk printed a latency this script cannot read: ${text}`);
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
  return Number(match[1]) * factor;
}

export function parseWrk(output: string): LoadResult {
  const line = (pattern: RegExp): RegExpExecArray => {
    const found = pattern.exec(output);
    if (!found) throw new Error(`wrk's output lacks ${pattern}:\n${output}`);
    return found;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  return {
    p50: millis(line(/^\s*50%\s+(\S+)/m)[1]!),
    p99: millis(line(/^\s*99%\s+(\S+)/m)[1]!),
    max: millis(line(/^\s*Latency\s+\S+\s+\S+\s+(\S+)/m)[1]!),
    requestsPerSecond: Number(line(/Requests\/sec:\s+([\d.]+)/)[1]),
    requests: Number(line(/(\d+) requests in/)[1]),
    failed: (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0),
  };
}

export function runWrk(options: { url: string; connections: number; seconds: number; headers: Record<string, string> }): LoadResult {
  const headerArgs = Object.entries(options.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const output = execFileSync(
    'wrk',
    ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--latency', ...headerArgs, options.url],
    { encoding: 'utf8' },
  );
  return parseWrk(output);
}
