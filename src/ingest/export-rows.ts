/**
 * The rows of a JSONL, JSON or CSV export (optionally gzipped), each as a record of its columns, for any reader that
 * takes rows: review ingest (read-records.ts) and the film catalog (catalog/read-catalog-file.ts).
 * Each format is read as a stream under the input caps (input-limits.ts), in the memory of one row: a bad or
 * oversized row is reported with its line or item number and the rest of the file goes on; a header the caller
 * refuses (a missing column) stops the file, since no row of it could be read.
 */
import type { FileHandle } from 'node:fs/promises';
import { PlauditError } from '../domain/errors.ts';
import { excerpt } from '../text/input-text.ts';
import { readCsvRecords } from './csv-records.ts';
import { formatBytes, type InputLimits } from './input-limits.ts';
import { readJsonArrayItems } from './json-array-items.ts';
import { describeStreamError, openByteStream, openRegularFile } from './open-input.ts';
import type { SourceFile } from './source-files.ts';
import { decodeChunks, splitLines, type DecodeState } from './text-stream.ts';

export interface ExportRowOptions<C> {
  limits: InputLimits;
  /**
   * Reads the header once (a CSV's first row, the first JSON row's keys) into what the caller needs per row;
   * throwing ends the file with that error.
   */
  columns: (header: readonly string[], csv: boolean) => C;
}

export type ExportRow<C> =
  /** `name`: the row as messages name it ("file#line 3"); `rowKey`: its place in the file ("line 3"). */
  | { kind: 'row'; name: string; rowKey: string; row: Readonly<Record<string, unknown>>; bytes: number; columns: C }
  | { kind: 'failure'; name: string; error: unknown }
  /** About the whole file (undecodable bytes replaced). */
  | { kind: 'warning'; message: string };

type RowReader = <C>(text: AsyncIterable<string>, file: SourceFile, options: ExportRowOptions<C>) => AsyncGenerator<ExportRow<C>>;

/** Opens the export, decodes it, and hands its text to the reader of its format; stream failures end the file. */
export async function* readExportRows<C>(file: SourceFile, options: ExportRowOptions<C>): AsyncGenerator<ExportRow<C>> {
  const read: RowReader = file.kind === 'csv' ? csvRows : file.kind === 'json' ? jsonArrayRows : jsonlRows;
  let handle: FileHandle;
  try {
    handle = await openRegularFile(file.absolutePath, file.display);
  } catch (error) {
    yield { kind: 'failure', name: file.display, error };
    return;
  }
  const decoding: DecodeState = { firstInvalidAt: null, encoding: 'utf-8' };
  try {
    const bytes = openByteStream(handle, { gzipped: file.gzipped, display: file.display, limits: options.limits });
    yield* read(decodeChunks(bytes, file.display, decoding), file, options);
  } catch (error) {
    yield { kind: 'failure', name: file.display, error: describeStreamError(file.display, error) };
  } finally {
    await handle.close();
  }
  if (decoding.firstInvalidAt !== null) {
    const message =
      `${file.display} is not valid UTF-8 from about byte ${decoding.firstInvalidAt}: undecodable bytes were ` +
      'replaced by U+FFFD in the rows that hold them. Convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) and read it again.';
    yield { kind: 'warning', message };
  }
}

async function* jsonlRows<C>(text: AsyncIterable<string>, file: SourceFile, options: ExportRowOptions<C>): AsyncGenerator<ExportRow<C>> {
  const maxBytes = options.limits.maxDocumentBytes;
  let columns: { value: C } | undefined;
  for await (const line of splitLines(text, maxBytes)) {
    const name = `${file.display}#line ${line.number}`;
    if (line.kind === 'too-long') {
      yield { kind: 'failure', name, error: tooLarge(name, line.length, maxBytes) };
      continue;
    }
    if (line.text.trim() === '') continue;
    const next = objectRow({ text: line.text, name, rowKey: `line ${line.number}`, file, options, columns });
    yield next.yield;
    if (next.yield.kind === 'row') columns = { value: next.yield.columns };
    if (next.stop) return;
  }
}

/**
 * One JSON object's text (a JSONL line, a JSON array item) as a row, or the failure to report: the columns come
 * from the first good row's keys, and a header the caller refuses stops the file (`stop`).
 */
function objectRow<C>(input: {
  text: string;
  name: string;
  rowKey: string;
  file: SourceFile;
  options: ExportRowOptions<C>;
  columns: { value: C } | undefined;
}): { yield: ExportRow<C>; stop: boolean } {
  const { text, name, file, options } = input;
  const maxBytes = options.limits.maxDocumentBytes;
  const bytes = Buffer.byteLength(text);
  const row = bytes > maxBytes ? tooLarge(name, bytes, maxBytes) : parseRow(text, name);
  if (row instanceof PlauditError) return { yield: { kind: 'failure', name, error: row }, stop: false };
  let columns: C;
  try {
    columns = input.columns?.value ?? options.columns(Object.keys(row), false);
  } catch (error) {
    return { yield: { kind: 'failure', name: file.display, error }, stop: true };
  }
  return { yield: { kind: 'row', name, rowKey: input.rowKey, row, bytes, columns }, stop: false };
}

/** A .json export: an array of row objects (or an object with a `reviews` array), read item by item. */
async function* jsonArrayRows<C>(text: AsyncIterable<string>, file: SourceFile, options: ExportRowOptions<C>): AsyncGenerator<ExportRow<C>> {
  const maxBytes = options.limits.maxDocumentBytes;
  let columns: { value: C } | undefined;
  for await (const item of readJsonArrayItems(text, maxBytes)) {
    if (item.kind === 'error') {
      yield { kind: 'failure', name: file.display, error: new PlauditError('malformed', `${file.display}: ${item.message}.`) };
      return;
    }
    const name = `${file.display}#item ${item.index}`;
    if (item.kind === 'too-large') {
      yield { kind: 'failure', name, error: tooLarge(name, item.length, maxBytes) };
      continue;
    }
    const next = objectRow({ text: item.text, name, rowKey: `item ${item.index}`, file, options, columns });
    yield next.yield;
    if (next.yield.kind === 'row') columns = { value: next.yield.columns };
    if (next.stop) return;
  }
}

async function* csvRows<C>(text: AsyncIterable<string>, file: SourceFile, options: ExportRowOptions<C>): AsyncGenerator<ExportRow<C>> {
  const maxBytes = options.limits.maxDocumentBytes;
  let header: string[] | undefined;
  let columns: C | undefined;
  let rowNumber = 0;
  for await (const record of readCsvRecords(text, { maxRecordChars: maxBytes })) {
    if (!header) {
      if (record.kind === 'error') {
        const message = `${file.display}: the header row (line ${record.line}) cannot be read: ${record.message}.`;
        yield { kind: 'failure', name: file.display, error: new PlauditError('malformed', message) };
        return;
      }
      header = record.cells.map((c) => c.trim());
      try {
        columns = options.columns(header, true);
      } catch (error) {
        yield { kind: 'failure', name: file.display, error };
        return;
      }
      continue;
    }
    rowNumber++;
    const name = `${file.display}#row ${rowNumber} (line ${record.line})`;
    if (record.kind === 'error') {
      yield { kind: 'failure', name, error: new PlauditError('malformed', `${name} is not a valid CSV row: ${record.message}.`) };
      continue;
    }
    if (record.cells.length !== header.length) {
      const message = `${name} has ${record.cells.length} fields but the header has ${header.length}.`;
      yield { kind: 'failure', name, error: new PlauditError('malformed', message) };
      continue;
    }
    const bytes = record.cells.reduce((n, cell) => n + Buffer.byteLength(cell) + 1, 0);
    if (bytes > maxBytes) {
      yield { kind: 'failure', name, error: tooLarge(name, bytes, maxBytes) };
      continue;
    }
    const row = Object.fromEntries(header.map((column, i) => [column, record.cells[i]]));
    yield { kind: 'row', name, rowKey: `row ${rowNumber}`, row, bytes, columns: columns as C };
  }
  if (!header) yield { kind: 'failure', name: file.display, error: new PlauditError('empty', `${file.display} is empty: it has no header row.`) };
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
    `${name} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for one row; raise it with --max-bytes if this really is one row.`,
  );
}
