/**
 * Ingest of the whole RT critic-review export (46,360 rows) end to end into a fresh SQLite file: read, map, clean,
 * extract, judge, store. Prints reviews per second, in-process and through the real CLI (process start included).
 *
 *   npx tsx bench/ingest-rt.ts [runs=3]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { MAPPING_PRESETS } from '../src/ingest/column-mapping.ts';
import { plauditBin } from '../test/run-plaudit.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';

const file = sharedPath('data', 'rt-critic-reviews', 'reviews.jsonl.gz');
if (!existsSync(file)) {
  console.error(`${file} not found: this benchmark needs ../shared beside the repository.`);
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 3);

async function inProcess(): Promise<{ rows: number; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-bench-'));
  try {
    const app = await createApp(loadConfig({ flags: { dbPath: join(dir, 'b.db') }, env: {} }));
    const started = performance.now();
    const report = await app.ingest({ paths: [file], mapping: MAPPING_PRESETS.rt! });
    const seconds = (performance.now() - started) / 1000;
    await app.close();
    if (report.totals.failed > 0) throw new Error(`${report.totals.failed} rows failed`);
    return { rows: report.totals.documents, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function throughCli(): { rows: number; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-bench-'));
  try {
    const started = performance.now();
    const out = execFileSync(process.execPath, [plauditBin, '--db', join(dir, 'b.db'), 'ingest', file, '--preset', 'rt', '--json']);
    const seconds = (performance.now() - started) / 1000;
    return { rows: (JSON.parse(out.toString()) as { totals: { documents: number } }).totals.documents, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`machine: ${machineLine()}`);
const results: number[] = [];
for (let i = 0; i < runs; i++) {
  const { rows, seconds } = await inProcess();
  results.push(rows / seconds);
  console.log(`in-process run ${i + 1}: ${rows} rows in ${seconds.toFixed(2)}s = ${Math.round(rows / seconds)} reviews/s`);
}
const cli = throughCli();
console.log(`CLI (process start included): ${cli.rows} rows in ${cli.seconds.toFixed(2)}s = ${Math.round(cli.rows / cli.seconds)} reviews/s`);
results.sort((a, b) => a - b);
console.log(`median in-process: ${Math.round(results[Math.floor(results.length / 2)]!)} reviews/s (target 5,000)`);
