/**
 * Streams the rows of a JSONL, JSON or CSV export as RawDocuments, one per row, through the column mapping (or as
 * Plaudit's own export, row-fields.ts).
 * Each format is read as a stream under the input caps (input-limits.ts), in the memory of one row: a bad or
 * oversized row is reported with its line or item number and the rest of the file goes on; a missing column
 * stops the file, since no row of it could be read.
 */
import type { FileHandle } from 'node:fs/promises';
import type { RecordFields } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import { excerpt } from '../text/input-text.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { readCsvRecords } from './csv-records.ts';
import type { IngestItem } from './ingest-item.ts';
import { formatBytes, type InputLimits } from './input-limits.ts';
import { readJsonArrayItems } from './json-array-items.ts';
import { describeStreamError, openByteStream, openRegularFile } from './open-input.ts';
import { failure, rowDocument } from './row-document.ts';
import { rowFieldsFor, type RowFields } from './row-fields.ts';
import type { SourceFile } from './source-files.ts';
import { decodeChunks, splitLines, type DecodeState } from './text-stream.ts';

export interface RecordReadOptions {
  mapping: ColumnMapping;
  limits: InputLimits;
  filmHint?: string;
}

type RowReader = (text: AsyncIterable<string>, file: SourceFile, options: RecordReadOptions) => AsyncGenerator<IngestItem>;

/** Opens the export, decodes it, and hands its text to the reader of its format; stream failures end the file. */
export async function* readExport(file: SourceFile, options: RecordReadOptions): AsyncGenerator<IngestItem> {
  const read: RowReader = file.kind === 'csv' ? csvRows : file.kind === 'json' ? jsonArrayRows : jsonlRows;
  let handle: FileHandle;
  try {
    handle = await openRegularFile(file.absolutePath, file.display);
  } catch (error) {
    yield failure(file, file.display, error);
    return;
  }
  const decoding: DecodeState = { firstInvalidAt: null, encoding: 'utf-8' };
  try {
    const bytes = openByteStream(handle, { gzipped: file.gzipped, display: file.display, limits: options.limits });
    yield* read(decodeChunks(bytes, file.display, decoding), file, options);
  } catch (error) {
    yield failure(file, file.display, describeStreamError(file.display, error));
  } finally {
    await handle.close();
  }
  if (decoding.firstInvalidAt !== null) {
    const message =
      `${file.display} is not valid UTF-8 from about byte ${decoding.firstInvalidAt}: undecodable bytes were ` +
      'replaced by U+FFFD in the rows that hold them. Convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) and ingest it again.';
    yield { kind: 'warning', file: file.display, warning: { source: file.display, message } };
  }
}

async function* jsonlRows(text: AsyncIterable<string>, file: SourceFile, options: RecordReadOptions): AsyncGenerator<IngestItem> {
  const maxBytes = options.limits.maxDocumentBytes;
  let fields: RowFields | undefined;
  for await (const line of splitLines(text, maxBytes)) {
    const name = `${file.display}#line ${line.number}`;
    if (line.kind === 'too-long') {
      yield failure(file, name, tooLarge(name, line.length, maxBytes));
      continue;
    }
    if (line.text.trim() === '') continue;
    const bytes = Buffer.byteLength(line.text);
    if (bytes > maxBytes) {
      yield failure(file, name, tooLarge(name, bytes, maxBytes));
      continue;
    }
    const row = parseRow(line.text, name);
    if (row instanceof PlauditError) {
      yield failure(file, name, row);
      continue;
    }
    if (!fields) {
      try {
        fields = rowFieldsFor(options.mapping, Object.keys(row), { display: file.display, csv: false });
      } catch (error) {
        yield failure(file, file.display, error);
        return;
      }
    }
    yield rowItem({ file, name, rowKey: `line ${line.number}`, row, fields, bytes, options });
  }
}

/** A .json export: an array of row objects (or an object with a `reviews` array), read item by item. */
async function* jsonArrayRows(text: AsyncIterable<string>, file: SourceFile, options: RecordReadOptions): AsyncGenerator<IngestItem> {
  const maxBytes = options.limits.maxDocumentBytes;
  let fields: RowFields | undefined;
  for await (const item of readJsonArrayItems(text, maxBytes)) {
    if (item.kind === 'error') {
      yield failure(file, file.display, new PlauditError('malformed', `${file.display}: ${item.message}.`));
      return;
    }
    const name = `${file.display}#item ${item.index}`;
    if (item.kind === 'too-large') {
      yield failure(file, name, tooLarge(name, item.length, maxBytes));
      continue;
    }
    const bytes = Buffer.byteLength(item.text);
    const row = bytes > maxBytes ? tooLarge(name, bytes, maxBytes) : parseRow(item.text, name);
    if (row instanceof PlauditError) {
      yield failure(file, name, row);
      continue;
    }
    try {
      fields ??= rowFieldsFor(options.mapping, Object.keys(row), { display: file.display, csv: false });
    } catch (error) {
      yield failure(file, file.display, error);
      return;
    }
    yield rowItem({ file, name, rowKey: `item ${item.index}`, row, fields, bytes, options });
  }
}

async function* csvRows(text: AsyncIterable<string>, file: SourceFile, options: RecordReadOptions): AsyncGenerator<IngestItem> {
  const maxBytes = options.limits.maxDocumentBytes;
  let header: string[] | undefined;
  let fields: RowFields | undefined;
  let rowNumber = 0;
  for await (const record of readCsvRecords(text, { maxRecordChars: maxBytes })) {
    if (!header) {
      if (record.kind === 'error') {
        yield failure(file, file.display, new PlauditError('malformed', `${file.display}: the header row (line ${record.line}) cannot be read: ${record.message}.`));
        return;
      }
      header = record.cells.map((c) => c.trim());
      try {
        fields = rowFieldsFor(options.mapping, header, { display: file.display, csv: true });
      } catch (error) {
        yield failure(file, file.display, error);
        return;
      }
      continue;
    }
    rowNumber++;
    const name = `${file.display}#row ${rowNumber} (line ${record.line})`;
    if (record.kind === 'error') {
      yield failure(file, name, new PlauditError('malformed', `${name} is not a valid CSV row: ${record.message}.`));
      continue;
    }
    if (record.cells.length !== header.length) {
      const message = `${name} has ${record.cells.length} fields but the header has ${header.length}.`;
      yield failure(file, name, new PlauditError('malformed', message));
      continue;
    }
    const bytes = record.cells.reduce((n, cell) => n + Buffer.byteLength(cell) + 1, 0);
    if (bytes > maxBytes) {
      yield failure(file, name, tooLarge(name, bytes, maxBytes));
      continue;
    }
    const row = Object.fromEntries(header.map((column, i) => [column, record.cells[i]]));
    yield rowItem({ file, name, rowKey: `row ${rowNumber}`, row, fields: fields!, bytes, options });
  }
  if (!header) yield failure(file, file.display, new PlauditError('empty', `${file.display} is empty: it has no header row.`));
}

/** A row whose fields cannot be read (a Plaudit export's judgement out of range) is a failure of that row only. */
function rowItem(args: {
  file: SourceFile;
  name: string;
  rowKey: string;
  row: Readonly<Record<string, unknown>>;
  fields: RowFields;
  bytes: number;
  options: RecordReadOptions;
}): IngestItem {
  const { file, name } = args;
  let fields: RecordFields;
  try {
    fields = args.fields(args.row);
  } catch (error) {
    const named = error instanceof PlauditError ? new PlauditError(error.code, `${name}: ${error.message}`) : error;
    return failure(file, name, named);
  }
  return rowDocument({ file, name, rowKey: args.rowKey, fields, bytes: args.bytes, options: args.options });
}

function parseRow(text: string, name: string): Record<string, unknown> | PlauditError {
  let row: unknown;
  try {
    row = JSON.parse(text);
  } catch (cause) {
    return new PlauditError('malformed', `${name} is not valid JSON: ${excerpt((cause as Error).message, 120)}`);
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return new PlauditError('malformed', `${name} is not a JSON object.`);
  return row as Record<string, unknown>;
}

function tooLarge(name: string, size: number, limit: number): PlauditError {
  return new PlauditError(
    'too-large',
    `${name} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for one row; raise it with --max-bytes if this really is one review.`,
  );
}
