/**
 * Hostile and broken input through the real CLI: every case is built here at test time (large files are sparse or
 * made of repeated gzip members, so nothing large is committed or written). Each asserts the outcome: the rest of
 * the batch stored, the bad item reported with the right reason, the exit code, nothing lost or rewritten.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/pipeline/ingest-report.ts';
import { repoRoot, runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-hostile-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

let counter = 0;
function freshDb(): string {
  return testDatabase(dir, `db-${++counter}.db`);
}

function put(path: string, content: string | Buffer): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const review = (film: string, critic: string) =>
  `${film} Review\n\n${film} is a warm, funny and beautifully acted film, one of the best of the year.\n\n-${critic}, The Film Desk\n`;

async function ingest(db: string, args: string[]): Promise<{ code: number | null; report: IngestReport; stderr: string }> {
  const run = await runPlaudit(['--db', db, 'ingest', ...args, '--json']);
  let report: IngestReport;
  try {
    report = JSON.parse(run.stdout) as IngestReport;
  } catch {
    throw new Error(`ingest printed no report (exit ${run.code}):\n${run.stderr}\n${run.stdout.slice(0, 2000)}`);
  }
  return { code: run.code, report, stderr: run.stderr };
}

async function filmTitles(db: string): Promise<string[]> {
  const films = await runPlauditJson<{ title: string }[]>(['--db', db, 'films', '--json']);
  return films.map((f) => f.title).sort();
}

describe('entries that are not regular files', () => {
  let result: Awaited<ReturnType<typeof ingest>>;
  const db = freshDb();
  beforeAll(async () => {
    const folder = join(dir, 'entries');
    put(join(folder, 'a.txt'), review('Amber Road', 'Ana Lima'));
    execFileSync('mkfifo', [join(folder, 'b-pipe.txt')]);
    put(join(folder, 'c/d.txt'), review('Cedar Lane', 'Rui Costa'));
    symlinkSync(folder, join(folder, 'c/back-to-top'));
    put(join(folder, 'e.txt'), review('Elm Street Nights', 'Lee Park'));
    result = await ingest(db, [folder]);
  }, 60_000);

  it('reads every regular file and never blocks on the FIFO', async () => {
    expect(result.report.totals).toMatchObject({ added: 3, failed: 0 });
    expect(await filmTitles(db)).toEqual(['Amber Road', 'Cedar Lane', 'Elm Street Nights']);
  });

  it('reports the FIFO and the directory cycle, each with its reason', () => {
    expect(result.report.skipped).toEqual(
      expect.arrayContaining([
        { file: expect.stringMatching(/b-pipe\.txt$/), reason: expect.stringMatching(/named pipe \(FIFO\), not a regular file/) },
        { file: expect.stringMatching(/back-to-top$/), reason: expect.stringMatching(/directory cycle/) },
      ]),
    );
  });
});

describe('exports past every cap', () => {
  let result: Awaited<ReturnType<typeof ingest>>;
  const db = freshDb();
  const files: Record<string, string> = {};
  beforeAll(async () => {
    const folder = join(dir, 'caps');
    // 2 GB of one line: over V8's longest string, so it can only be measured, never held.
    files.huge = put(join(folder, 'a-huge.jsonl'), '{"film":"Huge File","review":"A fine, moving film."}\n'.repeat(300) + '{"film":"B","review":"');
    truncateSync(files.huge, 2 * 1024 ** 3);
    appendFileSync(files.huge, '"}\n{"film":"Huge File","review":"A second fine film review after the long line."}\n');
    // 10 MB of gzip members, each of 64 MB of zeros: 10 GB once decompressed. And the same of text, which is not
    // binary, so only the compression ratio can stop it.
    for (const [name, fill] of [['b-bomb-zeros.jsonl.gz', 0], ['b-bomb-text.jsonl.gz', 0x78]] as const) {
      const member = gzipSync(Buffer.alloc(64 * 1024 * 1024, fill), { level: 9 });
      put(join(folder, name), Buffer.concat(Array.from({ length: Math.ceil((10 * 1024 * 1024) / member.length) }, () => member)));
    }
    // One 100 MB row between two good ones.
    files.row = put(join(folder, 'c-row.jsonl'), '{"film":"Row File","review":"A fine first row."}\n');
    appendFileSync(files.row, `{"film":"Row File","review":"${'word '.repeat(20 * 1024 * 1024)}"}\n`);
    appendFileSync(files.row, '{"film":"Row File","review":"A fine third row, kept."}\n');
    // A CSV whose header is 21 MB of NULs, and one whose header is a single 1 MB column name.
    truncateSync(put(join(folder, 'd-nuls.csv'), ''), 21 * 1024 * 1024);
    files.header = put(join(folder, 'e-header.csv'), `${'x'.repeat(1024 * 1024)}\nvalue\n`);
    result = await ingest(db, [folder]);
  }, 240_000);

  const failure = (name: string) => result.report.failures.filter((f) => f.source.includes(name));

  it('stores the rows on either side of a 2 GB line, and reports the line', async () => {
    expect(failure('a-huge.jsonl')).toEqual([expect.objectContaining({ code: 'too-large', source: expect.stringMatching(/#line 301$/), message: expect.stringMatching(/2\.0 GB, over the 10\.0 MB limit for one row/) })]);
    const reviews = await runPlauditJson<{ reviews: unknown[] }>(['--db', db, 'film', 'Huge File', '--json']);
    expect(reviews.reviews.length).toBeGreaterThanOrEqual(2);
  });

  it('stops a gzip bomb as one, without decompressing it', () => {
    expect(failure('b-bomb-zeros.jsonl.gz')).toEqual([expect.objectContaining({ code: 'binary' })]);
    expect(failure('b-bomb-text.jsonl.gz')).toEqual([
      expect.objectContaining({ code: 'too-large', message: expect.stringMatching(/decompresses \d+ times over \(the cap is 200\): it looks like a compression bomb/) }),
    ]);
  });

  it('reports a 100 MB row by its line and stores the rows around it', async () => {
    expect(failure('c-row.jsonl')).toEqual([expect.objectContaining({ code: 'too-large', source: expect.stringMatching(/#line 2$/) })]);
    const film = await runPlauditJson<{ reviews: { text: string }[] }>(['--db', db, 'film', 'Row File', '--json']);
    expect(film.reviews.map((r) => r.text).sort()).toEqual(['A fine first row.', 'A fine third row, kept.']);
  });

  it('says a file of NULs is binary, and quotes a huge header only in part', () => {
    expect(failure('d-nuls.csv')).toEqual([expect.objectContaining({ code: 'binary' })]);
    const [header] = failure('e-header.csv');
    expect(header).toMatchObject({ code: 'missing-column' });
    expect(header!.message.length).toBeLessThan(600);
  });

  it('exits 1: documents failed, nothing crashed', () => {
    expect(result.code).toBe(1);
    expect(result.report.totals.internalErrors).toBe(0);
  });
});

describe('identity and broken rows', () => {
  let result: Awaited<ReturnType<typeof ingest>>;
  const db = freshDb();
  beforeAll(async () => {
    const folder = join(dir, 'rows');
    // 68 rows share one URL, across 10 films and 17 critics: every one is a review of its own.
    const rows = Array.from({ length: 68 }, (_, i) =>
      JSON.stringify({ film: `Shared Link ${i % 10}`, critic: `Critic ${i % 17}`, review: `Review number ${i}: a fine film.`, url: 'https://example.com/same' }),
    );
    put(join(folder, 'a-shared-url.jsonl'), `${rows.join('\n')}\n`);
    put(join(folder, 'b-broken.csv'), 'film,critic,review\nCsv Film,Ana Lima,Good.\nCsv Film,Rui Costa,"Broken"quote\nCsv Film,Lee Park,"unclosed\nCsv Film,Jo Bell,Fine.\n');
    put(join(folder, 'c-unsafe.jsonl'), `${JSON.stringify({ film: 'Safe Title', critic: 'Ana Lima', review: 'Fine.', url: 'javascript:alert(1)' })}\n{"film":"Lone\\ud800 Star","review":"Fine."}\n`);
    put(join(folder, 'd-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(review('Wide Letters', 'Mo Reyes'), 'utf16le')]));
    result = await ingest(db, [folder]);
  }, 60_000);

  it('keeps all 68 rows that share a URL, and reports each conflict', async () => {
    expect(result.report.files.find((f) => f.file.endsWith('a-shared-url.jsonl'))).toMatchObject({ added: 68, newVersions: 0 });
    expect(result.report.conflicts).toHaveLength(67);
    expect(result.report.conflicts[0]).toMatchObject({ reason: expect.stringMatching(/another film|another critic/) });
  });

  it('reports malformed CSV rows by line and stores the rows after them', () => {
    const broken = result.report.failures.filter((f) => f.source.includes('b-broken.csv'));
    expect(broken.map((f) => f.source.replace(/^.*#/, ''))).toEqual(['row 2 (line 3)', 'row 3 (line 4)']);
    expect(result.report.files.find((f) => f.file.endsWith('b-broken.csv'))).toMatchObject({ added: 2, failed: 2 });
  });

  it('replaces a lone surrogate, drops a javascript: link, and warns of both', async () => {
    expect(await filmTitles(db)).toEqual(expect.arrayContaining(['Lone\ufffd Star', 'Safe Title', 'Wide Letters']));
    expect(result.report.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/not an http\(s\) URL/), '1 lone surrogate replaced by U+FFFD']),
    );
    const exported = await runPlaudit(['--db', db, 'export', '--format', 'csv']);
    expect(exported.stdout).not.toContain('javascript:');
  });
});

describe('what the CLI prints and writes', () => {
  const db = freshDb();
  beforeAll(async () => {
    const folder = join(dir, 'printing');
    put(join(folder, 'rows.jsonl'), `${JSON.stringify({ film: '=HYPERLINK("http://evil.example","Click")', critic: '@SUM(A1:A9)', review: 'A fine film.' })}\n`);
    put(join(folder, 'esc\u001b[31mred.txt'), review('Escape Room', 'Ana\u001b]0;pwned\u0007 Lima'));
    mkdirSync(join(folder, 'latin'), { recursive: true });
    writeFileSync(Buffer.concat([Buffer.from(join(folder, 'latin', 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), review('Cafe', 'Jo Bell'));
    await runPlaudit(['--db', db, 'ingest', folder]);
  }, 60_000);

  it('never prints a raw control character, from a file name or from a review', async () => {
    const run = await runPlaudit(['--db', db, 'ingest', join(dir, 'printing')]);
    const film = await runPlaudit(['--db', db, 'film', 'Escape Room']);
    for (const output of [run.stdout, run.stderr, film.stdout]) expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain('\\u001b[31mred.txt');
  });

  it('reports a file name that is not UTF-8 as such', async () => {
    const run = await runPlaudit(['--db', db, 'ingest', join(dir, 'printing', 'latin'), '--json']);
    const report = JSON.parse(run.stdout) as IngestReport;
    expect(report.failures).toEqual([expect.objectContaining({ code: 'invalid-encoding', source: expect.stringContaining('caf\\xe9.txt') })]);
  });

  it('writes formula-looking cells of a CSV export as text', async () => {
    const run = await runPlaudit(['--db', db, 'export', '--format', 'csv']);
    expect(run.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(run.stdout).toContain("'@SUM(A1:A9)");
    expect(run.stdout).not.toMatch(/(^|,)[=@]/m);
  });
});

describe('a crash', () => {
  it('is reported as an internal error, with exit code 4', async () => {
    const script = join(dir, 'crash.mjs');
    // The real entry point, with an error thrown from an event no handler awaits: what a bug in a stream does.
    put(
      script,
      `const { main } = await import(${JSON.stringify(join(repoRoot, 'src/cli/main.ts'))});\n` +
        `setImmediate(() => { throw new RangeError('Invalid string length'); });\nprocess.argv = [process.argv[0], 'plaudit', '--db', ${JSON.stringify(freshDb())}, 'films'];\nawait main();\n`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(4);
    expect(run.stderr).toMatch(/^plaudit: internal error \(a bug in Plaudit; please report it with this message\): RangeError: Invalid string length/);
  });
});
