/**
 * How long the installed command takes to start: `plaudit --help` and `plaudit films` on an empty database, each
 * from the compiled build (dist/) and from the sources through tsx (PLAUDIT_ENTRY=source), against `node -e 0`.
 * Builds dist/ first when it is not fresh, and checks that each path runs what it says. Runs are interleaved (one
 * of each in turn) so a change in the machine's load falls on all of them alike; prints the median, the fastest
 * and the slowest of each by the clock, the median as a multiple of `node -e 0`'s, and the median CPU time (user +
 * system, all threads, from /usr/bin/time when it is installed: the steadier figure on a shared machine).
 * Run: npx tsx bench/cli-startup.ts [runs, default 15]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { plauditBin, repoRoot } from '../test/run-plaudit.ts';
import { machineLine } from './machine.ts';

const runs = Number(process.argv[2] ?? 15);

interface Case {
  name: string;
  args: string[];
  entry: 'dist' | 'source' | null;
}

const dir = mkdtempSync(join(tmpdir(), 'plaudit-startup-'));
const db = join(dir, 'empty.db');
const cases: Case[] = [
  { name: 'node -e 0', args: ['-e', '0'], entry: null },
  { name: 'plaudit --help (dist/)', args: [plauditBin, '--help'], entry: 'dist' },
  { name: 'plaudit --help (tsx)', args: [plauditBin, '--help'], entry: 'source' },
  { name: 'plaudit films, empty db (dist/)', args: [plauditBin, 'films', '--db', db], entry: 'dist' },
  { name: 'plaudit films, empty db (tsx)', args: [plauditBin, 'films', '--db', db], entry: 'source' },
];

const TIME = '/usr/bin/time';
const timeFile = join(dir, 'time.txt');

function run(item: Case, debug = false): { seconds: number; cpuSeconds: number; stderr: string } {
  const env = { ...process.env, PLAUDIT_ENTRY: item.entry === 'source' ? 'source' : '', PLAUDIT_DEBUG_ENTRY: debug ? '1' : '' };
  const [command, args] = existsSync(TIME)
    ? [TIME, ['-o', timeFile, '-f', '%U %S', process.execPath, ...item.args]]
    : [process.execPath, item.args];
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${item.name} exited ${result.status}:\n${result.stderr}`);
  const cpuSeconds = existsSync(TIME) ? readFileSync(timeFile, 'utf8').trim().split(' ').map(Number).reduce((a, b) => a + b, 0) : NaN;
  return { seconds, cpuSeconds, stderr: result.stderr };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

try {
  process.stdout.write(execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { encoding: 'utf8' }));
  // One unmeasured run of each: creates the empty database, warms the file cache, and shows which code each runs.
  for (const item of cases) {
    if (item.entry === null) continue;
    const said = run(item, true).stderr;
    const expected = item.entry === 'dist' ? 'plaudit: running dist/\n' : 'plaudit: running src/ through tsx: PLAUDIT_ENTRY=source\n';
    if (!said.startsWith(expected)) throw new Error(`${item.name} did not run what it measures: ${said}`);
  }
  const times = new Map(cases.map((item) => [item, { wall: [] as number[], cpu: [] as number[] }]));
  const loadBefore = loadavg()[0]!;
  for (let round = 0; round < runs; round += 1) {
    for (const item of cases) {
      const { seconds, cpuSeconds } = run(item);
      times.get(item)!.wall.push(seconds);
      times.get(item)!.cpu.push(cpuSeconds);
    }
  }
  console.log(`cli-startup: ${machineLine()}, ${runs} runs each, load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`);
  const baseline = median(times.get(cases[0]!)!.wall);
  console.log('| command | median s | fastest s | slowest s | median / node -e 0 | median CPU s |');
  console.log('|---|---|---|---|---|---|');
  for (const item of cases) {
    const { wall, cpu } = times.get(item)!;
    const cells = [median(wall), Math.min(...wall), Math.max(...wall)].map((value) => value.toFixed(3));
    console.log(`| ${item.name} | ${cells.join(' | ')} | ${(median(wall) / baseline).toFixed(1)}x | ${median(cpu).toFixed(2)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
