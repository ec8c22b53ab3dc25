/**
 * Streams the rows of a JSONL, JSON or CSV export as RawDocuments, one per row, applying the column mapping.
 * A bad row is reported with its row number and the rest of the file goes on; a missing column stops the file.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse';
import type { RawDocument, RecordFields } from '../domain/document.ts';
import { PlauditError, toDocumentFailure } from '../domain/errors.ts';
import { mapRow, resolveMapping, type ColumnMapping } from './column-mapping.ts';
import { contentHash } from './content-hash.ts';
import type { IngestItem } from './ingest-item.ts';
import type { SourceFile } from './source-files.ts';

export interface RecordReadOptions {
  mapping: ColumnMapping;
  filmHint?: string;
}

function openStream(file: SourceFile): Readable {
  const raw = createReadStream(file.absolutePath);
  return file.gzipped ? raw.pipe(createGunzip()) : raw;
}

export async function* readJsonl(file: SourceFile, options: RecordReadOptions): AsyncGenerator<IngestItem> {
  const lines = createInterface({ input: openStream(file), crlfDelay: Infinity });
  let mapping: ColumnMapping | undefined;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const name = `${file.display}#line ${lineNumber}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (cause) {
      yield failure(file, name, new PlauditError('malformed', `${name} is not valid JSON: ${(cause as Error).message}`));
      continue;
    }
    if (!isPlainObject(row)) {
      yield failure(file, name, new PlauditError('malformed', `${name} is not a JSON object.`));
      continue;
    }
    if (!mapping) {
      try {
        mapping = resolveMapping(options.mapping, Object.keys(row), file.display);
      } catch (error) {
        yield failure(file, file.display, error);
        lines.close();
        return;
      }
    }
    yield rowDocument({ file, name, rowKey: `line ${lineNumber}`, fields: mapRow(row, mapping), options });
  }
}

/** A .json export: an array of row objects (or an object with a `reviews` array). */
export async function* readJsonArray(file: SourceFile, options: RecordReadOptions): AsyncGenerator<IngestItem> {
  let rows: unknown;
  try {
    const bytes = await readFile(file.absolutePath);
    rows = JSON.parse((file.gzipped ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch (cause) {
    yield failure(file, file.display, new PlauditError('malformed', `${file.display} is not valid JSON.`, { cause }));
    return;
  }
  const list = Array.isArray(rows) ? rows : isPlainObject(rows) && Array.isArray(rows.reviews) ? rows.reviews : null;
  if (!list) {
    yield failure(file, file.display, new PlauditError('malformed', `${file.display}: expected an array of reviews.`));
    return;
  }
  let mapping: ColumnMapping | undefined;
  for (const [index, row] of list.entries()) {
    const name = `${file.display}#item ${index + 1}`;
    if (!isPlainObject(row)) {
      yield failure(file, name, new PlauditError('malformed', `${name} is not a JSON object.`));
      continue;
    }
    try {
      mapping ??= resolveMapping(options.mapping, Object.keys(row), file.display);
    } catch (error) {
      yield failure(file, file.display, error);
      return;
    }
    yield rowDocument({ file, name, rowKey: `item ${index + 1}`, fields: mapRow(row, mapping), options });
  }
}

export async function* readCsv(file: SourceFile, options: RecordReadOptions): AsyncGenerator<IngestItem> {
  const parser = openStream(file).pipe(
    parseCsv({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: false }),
  );
  let header: string[] | undefined;
  let mapping: ColumnMapping | undefined;
  let rowNumber = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = cells.map((c) => c.trim());
        try {
          mapping = resolveMapping(options.mapping, header, file.display);
        } catch (error) {
          yield failure(file, file.display, error);
          parser.destroy();
          return;
        }
        continue;
      }
      rowNumber++;
      const name = `${file.display}#row ${rowNumber}`;
      if (cells.length !== header.length) {
        const message = `${name} has ${cells.length} fields but the header has ${header.length}.`;
        yield failure(file, name, new PlauditError('malformed', message));
        continue;
      }
      const row = Object.fromEntries(header.map((column, i) => [column, cells[i]]));
      yield rowDocument({ file, name, rowKey: `row ${rowNumber}`, fields: mapRow(row, mapping!), options });
    }
  } catch (cause) {
    const message = `${file.display} is not valid CSV after row ${rowNumber}: ${(cause as Error).message}`;
    yield failure(file, file.display, new PlauditError('malformed', message, { cause }));
  }
  if (!header) {
    yield failure(file, file.display, new PlauditError('empty', `${file.display} has no header row.`));
  }
}

function rowDocument(args: {
  file: SourceFile;
  name: string;
  rowKey: string;
  fields: RecordFields;
  options: RecordReadOptions;
}): IngestItem {
  const { file, name, fields, options } = args;
  // A URL is the row's identity when the export has one; otherwise its place in the file.
  const sourceKey = fields.url ?? `${file.absolutePath}#${args.rowKey}`;
  const content = canonicalRecord(fields);
  const document: RawDocument = {
    sourceName: name,
    sourceKey,
    format: 'record',
    content: fields.text ?? '',
    contentHash: contentHash(content),
    byteLength: Buffer.byteLength(content),
    record: fields,
  };
  if (options.filmHint) document.filmHint = options.filmHint;
  return { kind: 'document', file: file.display, document };
}

/** The fields in a fixed order, so that the same row always hashes the same. */
function canonicalRecord(fields: RecordFields): string {
  return JSON.stringify([
    fields.filmKey, fields.filmTitle, fields.filmYear, fields.critic, fields.outlet, fields.publishedAt,
    fields.rating, fields.label, fields.topCritic, fields.url, fields.text,
  ]);
}

function failure(file: SourceFile, name: string, error: unknown): IngestItem {
  return { kind: 'failure', file: file.display, failure: toDocumentFailure(name, error) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
