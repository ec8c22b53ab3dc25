/**
 * Turns the bytes of one document into text, or says precisely why it can't: empty, binary, or not UTF-8.
 * Pure; the callers do the reading.
 */
import { PlauditError } from '../domain/errors.ts';
import { looksBinary } from './text-stream.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `encoding` is an encoding the document declares for itself (an HTML page's meta charset). A page that declares
 * one is decoded as a browser would, stray bad bytes becoming U+FFFD; without a declaration the text must be valid
 * UTF-8, because guessing an encoding silently corrupts names and quotes.
 */
export function decodeText(bytes: Uint8Array, name: string, encoding?: string): string {
  if (bytes.length === 0) throw new PlauditError('empty', `${name} is empty (0 bytes).`);
  const utf16 = utf16ByteOrder(bytes);
  // UTF-16 text is full of NUL bytes, so its byte order mark is read before the binary check.
  if (utf16) return nonBlank(new TextDecoder(utf16).decode(bytes), name);
  if (looksBinary(bytes)) {
    throw new PlauditError('binary', `${name} looks like a binary file (it contains NUL or control bytes), not text or HTML.`);
  }
  let text: string;
  try {
    text = encoding ? new TextDecoder(encoding).decode(bytes) : utf8.decode(bytes);
  } catch (cause) {
    const at = firstInvalidUtf8Offset(bytes);
    throw new PlauditError(
      'invalid-encoding',
      `${name} is not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8.`,
      { cause },
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return nonBlank(text, name);
}

function nonBlank(text: string, name: string): string {
  if (text.trim() === '') throw new PlauditError('empty', `${name} holds only whitespace.`);
  return text;
}

/** The UTF-16 byte order a file's byte order mark declares, or null (TextDecoder drops the mark itself). */
function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, for an error message a user can act on. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}
