/** Reads one review file (text, Markdown or HTML) into a RawDocument, refusing what can't be a review. */
import { readFile, stat } from 'node:fs/promises';
import type { DocumentFormat, RawDocument } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import { contentHash } from './content-hash.ts';
import { decodeText } from './decode-text.ts';
import { declaredHtmlCharset } from './html-charset.ts';

export interface DocumentReadOptions {
  maxDocumentBytes: number;
  filmHint?: string;
}

export async function readDocumentFile(
  file: { display: string; absolutePath: string; format?: DocumentFormat },
  options: DocumentReadOptions,
): Promise<RawDocument> {
  const info = await stat(file.absolutePath).catch((cause) => unreadable(file.display, cause));
  if (info.size > options.maxDocumentBytes) {
    throw new PlauditError(
      'too-large',
      `${file.display} is ${formatBytes(info.size)}, over the ${formatBytes(options.maxDocumentBytes)} limit for one ` +
        'review; raise it with --max-bytes if this really is one review.',
    );
  }
  const bytes = await readFile(file.absolutePath).catch((cause) => unreadable(file.display, cause));
  return documentFromBytes(bytes, { ...file, sourceKey: file.absolutePath }, options);
}

function unreadable(name: string, cause: unknown): never {
  const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
  throw new PlauditError('unreadable', `${name} cannot be read (${code}); check that it exists and you may read it.`, { cause });
}

/** Shared by files and standard input: decode, sniff HTML, hash. */
export function documentFromBytes(
  bytes: Uint8Array,
  source: { display: string; sourceKey: string; format?: DocumentFormat },
  options: DocumentReadOptions,
): RawDocument {
  if (bytes.length > options.maxDocumentBytes) {
    throw new PlauditError('too-large', `${source.display} is over the ${formatBytes(options.maxDocumentBytes)} limit.`);
  }
  const sniffedHtml = source.format === 'html' || looksLikeHtml(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'));
  const content = decodeText(bytes, source.display, sniffedHtml ? (declaredHtmlCharset(bytes) ?? undefined) : undefined);
  const format = sniffedHtml ? 'html' : (source.format ?? 'text');
  const document: RawDocument = {
    sourceName: source.display,
    sourceKey: source.sourceKey,
    format,
    content,
    contentHash: contentHash(content),
    byteLength: bytes.length,
  };
  if (options.filmHint) document.filmHint = options.filmHint;
  return document;
}

function looksLikeHtml(content: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(content.slice(0, 1024));
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
