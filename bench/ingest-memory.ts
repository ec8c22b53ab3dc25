/**
 * Peak memory of ingesting a large JSONL export with the real CLI, against the export's size: the reader streams
 * row by row under its caps, so the peak should stay flat as the file grows from 64 MB to 1 GB.
 *
 * Rows are full critics' reviews from ../shared/data/pull-quotes/dev.jsonl, each made distinct (so every row is
 * really processed and stored, not skipped as unchanged), by the reviews' own critics, 190 to a film, film after
 * film, as real exports are laid out (the shared Rotten Tomatoes export holds each movie's reviews together), so a
 * larger export has more films, not bigger ones. The export is written to the temporary folder at run time and
 * deleted after.
 *
 *   npx tsx bench/ingest-memory.ts            # 64, 256 and 1024 MB
 *   npx tsx bench/ingest-memory.ts 32 128     # other sizes, in MB
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { sharedPath } from '../test/shared-data.ts';
import { repoRoot } from '../test/run-plaudit.ts';
import { machineLine } from './machine.ts';

const REVIEWS_PER_FILM = 190;

interface Source {
  critic: string;
  text: string;
}

function readSources(): Source[] {
  const lines = readFileSync(sharedPath('data', 'pull-quotes', 'dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => JSON.parse(line) as Source).filter((row) => typeof row.text === 'string' && row.text.length > 200);
}

async function writeExport(path: string, megabytes: number, sources: Source[]): Promise<number> {
  const out = createWriteStream(path);
  const target = megabytes * 1024 * 1024;
  let written = 0;
  let rows = 0;
  while (written < target) {
    const source = sources[rows % sources.length]!;
    const row = `${JSON.stringify({
      film: `Memory Bench Film ${Math.floor(rows / REVIEWS_PER_FILM)}`,
      critic: source.critic,
      review: `${source.text} (Row ${rows}.)`,
      url: `https://bench.example/reviews/${rows}`,
    })}\n`;
    written += Buffer.byteLength(row);
    rows++;
    if (!out.write(row)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

function ingestPeak(exportPath: string, db: string): { peakMb: number; seconds: number; added: number } {
  const started = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'PEAK_RSS_KB=%M', process.execPath, join(repoRoot, 'bin', 'plaudit.js'), '--db', db, 'ingest', exportPath, '--json', '--no-progress'],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  const peak = /PEAK_RSS_KB=(\d+)/.exec(run.stderr);
  if (!peak || run.status !== 0) throw new Error(`ingest exited ${run.status}:\n${run.stderr.slice(-2000)}`);
  const report = JSON.parse(run.stdout) as { totals: { added: number } };
  return { peakMb: Number(peak[1]) / 1024, seconds, added: report.totals.added };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sources = readSources();
console.log(`Peak memory of \`plaudit ingest\` against export size. ${machineLine()}`);
console.log('| export | rows | stored | time | rows/s | peak RSS |');
console.log('|---|---|---|---|---|---|');
for (const megabytes of sizes.length > 0 ? sizes : [64, 256, 1024]) {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-memory-'));
  try {
    const file = join(dir, 'export.jsonl');
    const rows = await writeExport(file, megabytes, sources);
    const size = statSync(file).size / 1024 ** 2;
    const { peakMb, seconds, added } = ingestPeak(file, join(dir, 'bench.db'));
    console.log(`| ${size.toFixed(0)} MB | ${rows} | ${added} | ${seconds.toFixed(0)} s | ${(rows / seconds).toFixed(0)} | ${peakMb.toFixed(0)} MB |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
