/**
 * Expands the paths a user names into the files to read, each with the kind of reader it needs.
 * Folders are walked recursively in sorted order, so every run sees files in the same order.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { DocumentFormat } from '../domain/document.ts';
import { PlauditError, toDocumentFailure, type DocumentFailure } from '../domain/errors.ts';

export type SourceKind = 'document' | 'jsonl' | 'json' | 'csv' | 'stdin';

export interface SourceFile {
  /** As the user will recognise it (the path as given, or joined under the folder as given). */
  display: string;
  absolutePath: string;
  kind: SourceKind;
  /** For single documents: the format the extension implies. */
  format?: DocumentFormat;
  gzipped: boolean;
}

export type SourceEntry =
  | { kind: 'file'; file: SourceFile }
  | { kind: 'failure'; failure: DocumentFailure }
  | { kind: 'skipped'; display: string; reason: string };

const DOCUMENT_FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};
const EXPORT_KINDS: Record<string, SourceKind> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.csv': 'csv' };

export const SUPPORTED_EXTENSIONS = [
  ...Object.keys(DOCUMENT_FORMATS),
  ...Object.keys(EXPORT_KINDS),
  ...Object.keys(EXPORT_KINDS).map((e) => `${e}.gz`),
];

/** What a file name says about how to read it, or null when Plaudit doesn't read such files. */
export function classify(path: string): Omit<SourceFile, 'display' | 'absolutePath'> | null {
  const lower = basename(path).toLowerCase();
  const gzipped = lower.endsWith('.gz');
  const ext = extname(gzipped ? lower.slice(0, -3) : lower);
  const format = DOCUMENT_FORMATS[ext];
  if (format && !gzipped) return { kind: 'document', format, gzipped };
  const kind = EXPORT_KINDS[ext];
  if (kind) return { kind, gzipped };
  return null;
}

export async function* listSources(paths: readonly string[]): AsyncGenerator<SourceEntry> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'file', file: { display: 'stdin', absolutePath: '-', kind: 'stdin', gzipped: false } };
      continue;
    }
    yield* expandPath(path, true);
  }
}

async function* expandPath(path: string, named: boolean): AsyncGenerator<SourceEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const failure =
      code === 'ENOENT'
        ? new PlauditError('not-found', `${path} does not exist; check the path (relative to ${process.cwd()}).`)
        : new PlauditError('unreadable', `${path} cannot be read (${code ?? String(error)}).`, { cause: error });
    yield { kind: 'failure', failure: toDocumentFailure(path, failure) };
    return;
  }
  if (info.isDirectory()) {
    yield* walkFolder(path);
    return;
  }
  const kind = classify(path);
  if (!kind) {
    const reason = `not a supported file type (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`;
    if (named) {
      yield { kind: 'failure', failure: { source: path, code: 'malformed', message: `${path} is ${reason}.` } };
    } else {
      yield { kind: 'skipped', display: path, reason };
    }
    return;
  }
  yield { kind: 'file', file: { display: path, absolutePath: resolve(path), ...kind } };
}

async function* walkFolder(folder: string): AsyncGenerator<SourceEntry> {
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch (error) {
    const failure = new PlauditError('unreadable', `${folder} cannot be listed.`, { cause: error });
    yield { kind: 'failure', failure: toDocumentFailure(folder, failure) };
    return;
  }
  for (const name of names) {
    // Hidden files and folders (.git, .DS_Store) are never reviews.
    if (name.startsWith('.')) continue;
    yield* expandPath(join(folder, name), false);
  }
}
