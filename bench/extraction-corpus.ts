/**
 * The trafilatura evaluation pages (../shared/data/extraction/trafilatura-eval.tar.gz), unpacked into a temporary
 * folder for one run and read from there; nothing is copied into the repository.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { RawDocument } from '../src/domain/document.ts';
import { documentFromBytes } from '../src/ingest/read-document-file.ts';
import { sharedPath } from '../test/shared-data.ts';
import type { EvalItem } from './extraction-scoring.ts';

export const EVAL_ARCHIVE = sharedPath('data', 'extraction', 'trafilatura-eval.tar.gz');

export interface EvalPage {
  url: string;
  item: EvalItem;
  /** Pages whose tuning we allowed ourselves: a fixed half of the corpus, chosen by a hash of the file name. */
  dev: boolean;
}

/** Unpacks the archive into a new temporary folder and returns it; the caller removes it. */
export function unpackEvalArchive(): string {
  const root = mkdtempSync(join(tmpdir(), 'plaudit-extraction-eval-'));
  try {
    execFileSync('tar', ['-xzf', EVAL_ARCHIVE, '-C', root]);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return root;
}

/** The annotated pages in evaldata.json's order. */
export function readEvalPages(root: string): EvalPage[] {
  const data = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, EvalItem>;
  return Object.entries(data).map(([url, item]) => ({ url, item, dev: isDevPage(item.file) }));
}

/** Even first byte of sha256(file name): a split that does not depend on the order or the content of the pages. */
export function isDevPage(file: string): boolean {
  return ((createHash('sha256').update(file).digest()[0] ?? 0) & 1) === 0;
}

/**
 * The page as Plaudit's ingest would read it (declared charset, else strict UTF-8). Ingest refuses undeclared
 * non-UTF-8 bytes; three evaluation pages are such, and they are read as windows-1252 here, the way browsers and
 * trafilatura's own decoding treat legacy pages, so every contender scores on the same text.
 */
export function readEvalDocument(root: string, page: EvalPage): RawDocument {
  const bytes = gunzipSync(readFileSync(join(root, 'html', `${page.item.file}.gz`)));
  const source = { display: page.item.file, sourceKey: page.url, format: 'html' as const };
  try {
    return documentFromBytes(bytes, source, { maxDocumentBytes: Number.MAX_SAFE_INTEGER });
  } catch {
    const content = new TextDecoder('windows-1252').decode(bytes);
    return { sourceName: source.display, sourceKey: source.sourceKey, format: 'html', content, contentHash: '', byteLength: bytes.length };
  }
}
