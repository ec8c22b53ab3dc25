import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { IngestItem } from './ingest-item.ts';
import { readSources, type ReadSourcesOptions } from './read-sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const defaults: ReadSourcesOptions = { mapping: {}, maxDocumentBytes: 1024 * 1024 };

async function collect(paths: string[], options: Partial<ReadSourcesOptions> = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readSources(paths, { ...defaults, ...options })) items.push(item);
  return items;
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('readSources', () => {
  it('walks folders recursively in sorted order, skipping hidden and unsupported files', async () => {
    write('walk/b.txt', 'Second review.');
    write('walk/a/z.html', '<html><body><p>Nested review.</p></body></html>');
    write('walk/.hidden.txt', 'never read');
    write('walk/poster.jpg', 'not a review');
    const items = await collect([join(dir, 'walk')]);
    const documents = items.filter((i) => i.kind === 'document');
    expect(documents.map((i) => i.kind === 'document' && i.document.sourceName)).toEqual([
      join(dir, 'walk/a/z.html'),
      join(dir, 'walk/b.txt'),
    ]);
    expect(documents[0]!.kind === 'document' && documents[0]!.document.format).toBe('html');
    expect(items.filter((i) => i.kind === 'skipped').map((i) => i.file)).toEqual([join(dir, 'walk/poster.jpg')]);
  });

  it('reports a path that does not exist as not-found, and goes on with the rest', async () => {
    const good = write('exists.txt', 'A fine film.');
    const items = await collect([join(dir, 'nope.txt'), good]);
    expect(items[0]).toMatchObject({ kind: 'failure', failure: { code: 'not-found' } });
    expect(items[0]!.kind === 'failure' && items[0]!.failure.message).toContain('nope.txt does not exist');
    expect(items[1]).toMatchObject({ kind: 'document' });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const big = write('big.txt', '');
    truncateSync(big, 50 * 1024 * 1024);
    const [item] = await collect([big], { maxDocumentBytes: 10 * 1024 * 1024 });
    expect(item).toMatchObject({ kind: 'failure', failure: { code: 'too-large' } });
    expect(item!.kind === 'failure' && item!.failure.message).toMatch(/50\.0 MB, over the 10\.0 MB limit/);
  });

  it('reads JSONL rows as record documents and reports a bad line by number', async () => {
    const path = write('rows.jsonl', '{"film":"X","review":"Good."}\nnot json\n\n{"film":"X","review":"Bad."}\n');
    const items = await collect([path]);
    expect(items.map((i) => i.kind)).toEqual(['document', 'failure', 'document']);
    expect(items[1]!.kind === 'failure' && items[1]!.failure.source).toBe(`${path}#line 2`);
    const doc = items[0]!.kind === 'document' ? items[0]!.document : null;
    expect(doc).toMatchObject({ format: 'record', content: 'Good.', sourceKey: `${path}#line 1`, record: { filmTitle: 'X' } });
  });

  it('reads a JSONL key that first appears after row 1 (each row is mapped by its own keys)', async () => {
    const path = write('late-keys.jsonl', '{"film":"X","review":"Good."}\n{"film":"X","review":"Fine.","rating":"3/4","critic":"Ann Lee"}\n');
    const items = await collect([path]);
    const records = items.map((i) => (i.kind === 'document' ? i.document.record : null));
    expect(records[0]).not.toHaveProperty('ratingRaw');
    expect(records[1]).toMatchObject({ filmTitle: 'X', critic: 'Ann Lee' });
    expect(JSON.stringify(records[1])).toContain('3/4');
  });

  it('reads gzipped JSONL exports', async () => {
    const path = write('rows.jsonl.gz', gzipSync('{"id":"7","review":"Fine.","fresh":"rotten"}\n'));
    const items = await collect([path], { mapping: { filmKey: 'id', text: 'review', label: 'fresh' } });
    expect(items[0]).toMatchObject({ kind: 'document', document: { record: { filmKey: '7', label: 'negative' } } });
  });

  it('stops a CSV with a missing mapped column with one clear failure', async () => {
    const path = write('missing.csv', 'film,critic\nX,Someone\n');
    const items = await collect([path], { mapping: { text: 'review' } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'failure', failure: { code: 'missing-column', source: path } });
  });

  it('reports a CSV row with the wrong number of fields and keeps the others', async () => {
    const path = write('ragged.csv', 'film,review\nX,"Good, really."\nX\nY,Fine.\n');
    const items = await collect([path]);
    expect(items.map((i) => i.kind)).toEqual(['document', 'failure', 'document']);
    expect(items[1]!.kind === 'failure' && items[1]!.failure.message).toMatch(/row 2 \(line 3\) has 1 fields but the header has 2/);
  });

  it('decodes an HTML page in the encoding it declares, but refuses undeclared invalid UTF-8', async () => {
    const declared = write('latin1.html', Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 society.</p></body></html>', 'latin1'));
    const undeclared = write('undeclared.html', Buffer.from('<html><body><p>Caf\xe9 society.</p></body></html>', 'latin1'));
    const [ok, bad] = await collect([declared, undeclared]);
    expect(ok!.kind === 'document' && ok!.document.content).toContain('Café society.');
    expect(bad).toMatchObject({ kind: 'failure', failure: { code: 'invalid-encoding' } });
  });

  it('reads standard input, recognising HTML', async () => {
    const stdin = Readable.from([Buffer.from('<!doctype html><html><body><p>Hi.</p></body></html>')]);
    const [item] = await collect(['-'], { stdin });
    expect(item).toMatchObject({ kind: 'document', file: 'stdin', document: { format: 'html', sourceName: 'stdin' } });
  });

  it('gives the same content the same hash and key on every read', async () => {
    const path = write('stable.txt', 'Same words.');
    const [a] = await collect([path]);
    const [b] = await collect([path]);
    expect(a).toEqual(b);
  });

  it('reports a FIFO in a folder without opening it, and reads the files after it', async () => {
    write('pipes/a.txt', 'Before the pipe.');
    execFileSync('mkfifo', [join(dir, 'pipes/b.txt')]);
    write('pipes/c.txt', 'After the pipe.');
    const items = await collect([join(dir, 'pipes')]);
    expect(items.map((i) => i.kind)).toEqual(['document', 'skipped', 'document']);
    expect(items[1]).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/named pipe \(FIFO\), not a regular file/) });
    const [named] = await collect([join(dir, 'pipes/b.txt')]);
    expect(named).toMatchObject({ kind: 'failure', failure: { code: 'unreadable', message: expect.stringMatching(/FIFO/) } });
  });

  it('does not follow a link back to a folder above it', async () => {
    write('cycle/inner/review.txt', 'Once only.');
    symlinkSync(join(dir, 'cycle'), join(dir, 'cycle/inner/loop'));
    const items = await collect([join(dir, 'cycle')]);
    expect(items.filter((i) => i.kind === 'document')).toHaveLength(1);
    expect(items).toContainEqual(expect.objectContaining({ kind: 'skipped', reason: expect.stringMatching(/directory cycle/) }));
  });

  it('reports a file name that is not UTF-8 as such, with its bytes shown', async () => {
    mkdirSync(join(dir, 'names'), { recursive: true });
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'names/caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), 'A review.');
    const [item] = await collect([join(dir, 'names')]);
    expect(item).toMatchObject({ kind: 'failure', failure: { code: 'invalid-encoding', source: expect.stringContaining('caf\\xe9.txt') } });
    expect(item!.kind === 'failure' && item!.failure.message).toMatch(/file name is not valid UTF-8/);
  });

  it('decodes UTF-16 files by their byte order mark', async () => {
    const path = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café Society is charming.', 'utf16le')]));
    const [item] = await collect([path]);
    expect(item).toMatchObject({ kind: 'document', document: { content: 'Café Society is charming.' } });
  });

  it('replaces control characters and lone surrogates, and says so', async () => {
    const path = write('controls.jsonl', '{"film":"Her\\u0007 Smell\\ud800","review":"Fine.","url":"javascript:alert(1)"}\n');
    const [item] = await collect([path]);
    const document = item!.kind === 'document' ? item!.document : null;
    expect(document?.record).toEqual({ filmTitle: 'Her\ufffd Smell\ufffd', text: 'Fine.' });
    expect(document?.sourceKey).toBe(`${path}#line 1`);
    expect(document?.warnings).toEqual([
      '1 control character and 1 lone surrogate replaced by U+FFFD',
      expect.stringMatching(/"javascript:alert\(1\)" is not an http\(s\) URL/),
    ]);
  });

  it('applies --max-bytes to each export row and each line, and goes on after one over it', async () => {
    const path = write('big-row.jsonl', `{"film":"X","review":"a"}\n{"film":"X","review":"${'x'.repeat(5000)}"}\n{"film":"X","review":"b"}\n`);
    const items = await collect([path], { maxDocumentBytes: 1000 });
    expect(items.map((i) => i.kind)).toEqual(['document', 'failure', 'document']);
    expect(items[1]).toMatchObject({ failure: { code: 'too-large', source: `${path}#line 2` } });
  });

  it('stops a gzip bomb by its compression ratio, with a reason', async () => {
    const path = write('bomb.jsonl.gz', gzipSync(Buffer.alloc(64 * 1024 * 1024, '{"film":"X","review":"same"}\n'), { level: 9 }));
    const items = await collect([path]);
    const failure = items.find((i) => i.kind === 'failure');
    expect(failure).toMatchObject({ failure: { code: 'too-large', message: expect.stringMatching(/compression bomb/) } });
    expect(items.length).toBeLessThan(1_000_000);
  });

  it('stops a gzip file at the decompressed-size cap', async () => {
    const path = write('long.jsonl.gz', gzipSync(Buffer.alloc(3 * 1024 * 1024, '{"film":"X","review":"same"}\n')));
    const items = await collect([path], { limits: { maxDecompressedBytes: 1024 * 1024 } });
    expect(items.at(-1)).toMatchObject({ kind: 'failure', failure: { code: 'too-large', message: expect.stringMatching(/decompresses to over 1\.0 MB/) } });
  });

  it('reports a cut-off gzip file after the rows it could read', async () => {
    const whole = gzipSync(Buffer.from('{"film":"X","review":"a"}\n'.repeat(2000)));
    const path = write('cut.jsonl.gz', whole.subarray(0, whole.length - 20));
    const items = await collect([path]);
    expect(items[0]).toMatchObject({ kind: 'document' });
    expect(items.at(-1)).toMatchObject({ kind: 'failure', failure: { code: 'malformed', message: expect.stringMatching(/not a complete gzip file/) } });
  });

  it('refuses standard input over the size cap', async () => {
    const stdin = Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]);
    const [item] = await collect(['-'], { stdin, maxDocumentBytes: 1000 });
    expect(item).toMatchObject({ kind: 'failure', failure: { code: 'too-large' } });
  });

  it('reads a .json export item by item, reporting a bad item and keeping the rest', async () => {
    const path = write('rows.json', JSON.stringify({ reviews: [{ film: 'X', review: 'One.' }, 'oops', { film: 'X', review: 'Two.' }] }));
    const items = await collect([path]);
    expect(items.map((i) => i.kind)).toEqual(['document', 'failure', 'document']);
    expect(items[1]).toMatchObject({ failure: { source: `${path}#item 2`, message: expect.stringMatching(/not a JSON object/) } });
  });
});

