/** Reads one review file (text, Markdown or HTML) into a RawDocument, refusing what can't be a review. */
import type { DocumentFormat, RawDocument } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import { describeReplacements, normaliseInputText } from '../text/input-text.ts';
import { contentHash } from './content-hash.ts';
import { decodeText } from './decode-text.ts';
import { declaredHtmlCharset } from './html-charset.ts';
import { formatBytes } from './input-limits.ts';
import { openRegularFile, readAtMost } from './open-input.ts';

export interface DocumentReadOptions {
  maxDocumentBytes: number;
  filmHint?: string;
}

export async function readDocumentFile(
  file: { display: string; absolutePath: string; format?: DocumentFormat },
  options: DocumentReadOptions,
): Promise<RawDocument> {
  const handle = await openRegularFile(file.absolutePath, file.display);
  try {
    const { size } = await handle.stat();
    if (size > options.maxDocumentBytes) throw tooLarge(file.display, options.maxDocumentBytes, size);
    // The size is checked again while reading: a file that grows after the stat is still cut at the cap.
    const bytes = await readAtMost(handle.createReadStream({ autoClose: false }), options.maxDocumentBytes, file.display);
    return documentFromBytes(bytes, { ...file, sourceKey: file.absolutePath }, options);
  } finally {
    await handle.close();
  }
}

function tooLarge(name: string, limit: number, size?: number): PlauditError {
  const what = size === undefined ? 'over' : `${formatBytes(size)}, over`;
  return new PlauditError(
    'too-large',
    `${name} is ${what} the ${formatBytes(limit)} limit for one review; raise it with --max-bytes if this really is one review.`,
  );
}

/** Shared by files, standard input and the API: decode, sniff HTML, make the text safe, hash. */
export function documentFromBytes(
  bytes: Uint8Array,
  source: { display: string; sourceKey: string; format?: DocumentFormat; charset?: string },
  options: DocumentReadOptions,
): RawDocument {
  if (bytes.length > options.maxDocumentBytes) throw tooLarge(source.display, options.maxDocumentBytes);
  let sniffedHtml = source.format === 'html' || looksLikeHtml(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'));
  // A charset the server sent (Content-Type) wins over one the page declares, as in a browser.
  const decoded = decodeText(bytes, source.display, source.charset ?? (sniffedHtml ? (declaredHtmlCharset(bytes) ?? undefined) : undefined));
  // A UTF-16 page shows its tags only once decoded.
  sniffedHtml ||= looksLikeHtml(decoded.slice(0, 1024));
  const format = sniffedHtml ? 'html' : (source.format ?? 'text');
  const safe = normaliseInputText(decoded);
  const document: RawDocument = {
    sourceName: source.display,
    sourceKey: source.sourceKey,
    format,
    content: safe.text,
    contentHash: contentHash(safe.text),
    byteLength: bytes.length,
  };
  const replaced = describeReplacements(safe);
  if (replaced) document.warnings = [replaced];
  if (options.filmHint) document.filmHint = options.filmHint;
  return document;
}

function looksLikeHtml(content: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(content.slice(0, 1024));
}
