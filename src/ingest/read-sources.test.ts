import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
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
});
