/**
 * Byte chunks of an export -> text chunks, and text chunks -> lines under a length cap. The encoding is read from
 * the byte order mark (UTF-8, UTF-16 LE or BE) and is UTF-8 without one; bytes that are not valid in it are
 * replaced and counted once for the file, since an export is read row by row and one bad byte must not cost the
 * rest of it.
 */
import { PlauditError } from '../domain/errors.ts';

export interface DecodeState {
  /** Where the first undecodable byte was met (a byte offset into the file), or null. */
  firstInvalidAt: number | null;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

const SNIFF_BYTES = 8192;

export async function* decodeChunks(bytes: AsyncIterable<Buffer>, display: string, state: DecodeState): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let offset = 0;
  let head = Buffer.alloc(0);
  const start = (buffer: Buffer): Buffer => {
    const bom = byteOrderMark(buffer);
    state.encoding = bom.encoding;
    if (bom.encoding === 'utf-8' && looksBinary(buffer.subarray(bom.length, SNIFF_BYTES))) {
      throw new PlauditError('binary', `${display} looks like a binary file (it contains NUL or control bytes), not an export.`);
    }
    decoder = new TextDecoder(bom.encoding, { fatal: bom.encoding === 'utf-8', ignoreBOM: false });
    return buffer;
  };
  for await (const chunk of bytes) {
    let buffer = chunk;
    if (decoder === null) {
      // A few bytes are needed to tell the encoding; a file may arrive a byte at a time.
      head = Buffer.concat([head, chunk]);
      if (head.length < 4) continue;
      buffer = start(head);
    }
    yield decodePart(buffer, true);
    offset += buffer.length;
  }
  if (decoder === null) {
    if (head.length === 0) return;
    yield decodePart(start(head), false);
    return;
  }
  yield decodePart(Buffer.alloc(0), false);

  function decodePart(buffer: Buffer, stream: boolean): string {
    try {
      return decoder!.decode(buffer, { stream });
    } catch {
      // Only the first, fatal decoder throws: from here on the file is decoded leniently.
      state.firstInvalidAt ??= offset;
      decoder = new TextDecoder(state.encoding);
      return decoder.decode(buffer, { stream });
    }
  }
}

function byteOrderMark(bytes: Buffer): { encoding: DecodeState['encoding']; length: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return { encoding: 'utf-8', length: 0 };
}

/** NUL bytes, or many control characters, in the first few kilobytes: what `file` and git call binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return end > 0 && control / end > 0.1;
}

export type LineItem =
  | { kind: 'line'; text: string; number: number }
  /** A line longer than the cap: not held, only measured. */
  | { kind: 'too-long'; number: number; length: number };

/**
 * Splits text into lines ("\n" or "\r\n"), holding at most `maxLength` characters of a line: a longer one is
 * measured and reported, never accumulated, so one endless line costs no memory.
 */
export async function* splitLines(chunks: AsyncIterable<string>, maxLength: number): AsyncGenerator<LineItem> {
  let parts: string[] = [];
  let length = 0;
  let overflow = false;
  let number = 1;
  const finish = (): LineItem => {
    const item: LineItem = overflow
      ? { kind: 'too-long', number, length }
      : { kind: 'line', text: stripCarriageReturn(parts.join('')), number };
    parts = [];
    length = 0;
    overflow = false;
    number++;
    return item;
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from <= chunk.length) {
      const newline = chunk.indexOf('\n', from);
      const end = newline < 0 ? chunk.length : newline;
      const piece = end > from ? chunk.slice(from, end) : '';
      length += piece.length;
      if (!overflow && length > maxLength) {
        overflow = true;
        parts = [];
      }
      if (!overflow && piece !== '') parts.push(piece);
      if (newline < 0) break;
      yield finish();
      from = newline + 1;
    }
  }
  if (length > 0 || parts.length > 0) yield finish();
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
