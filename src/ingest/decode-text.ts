/**
 * Turns the bytes of one document into text, or says precisely why it can't: empty, binary, or not UTF-8.
 * Pure; the callers do the reading.
 */
import { PlauditError } from '../domain/errors.ts';

const SNIFF_BYTES = 8192;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `encoding` is an encoding the document declares for itself (an HTML page's meta charset). A page that declares
 * one is decoded as a browser would, stray bad bytes becoming U+FFFD; without a declaration the text must be valid
 * UTF-8, because guessing an encoding silently corrupts names and quotes.
 */
export function decodeText(bytes: Uint8Array, name: string, encoding?: string): string {
  if (bytes.length === 0) throw new PlauditError('empty', `${name} is empty (0 bytes).`);
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
  if (text.trim() === '') throw new PlauditError('empty', `${name} holds only whitespace.`);
  return text;
}

/** NUL bytes, or many control characters, in the first few kilobytes: what `file` and git call binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / end > 0.1;
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
