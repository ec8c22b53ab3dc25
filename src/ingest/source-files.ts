/**
 * Expands the paths a user names into the files to read, each with the kind of reader it needs.
 * Folders are walked recursively in sorted order, so every run sees files in the same order.
 */
import { isUtf8 } from 'node:buffer';
import type { Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
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
    yield* expandPath(path, { named: true, ancestors: [] });
  }
}

interface Walk {
  /** Named on the command line (an unsupported file is then an error, not something skipped quietly). */
  named: boolean;
  /** The folders above this entry, by device and inode, to catch a link that leads back into one of them. */
  ancestors: readonly string[];
}

async function* expandPath(path: string, walk: Walk): AsyncGenerator<SourceEntry> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    yield { kind: 'failure', failure: toDocumentFailure(path, await statFailure(path, error)) };
    return;
  }
  if (info.isDirectory()) {
    const id = `${info.dev}:${info.ino}`;
    if (walk.ancestors.includes(id)) {
      yield { kind: 'skipped', display: path, reason: 'a link back to a folder above it (a directory cycle); not followed' };
      return;
    }
    yield* walkFolder(path, [...walk.ancestors, id]);
    return;
  }
  if (!info.isFile()) {
    // A FIFO would block the read forever, a device would never end: only regular files are documents.
    const reason = `${entryKind(info)}, not a regular file; not read`;
    if (walk.named) yield { kind: 'failure', failure: { source: path, code: 'unreadable', message: `${path} is ${reason}.` } };
    else yield { kind: 'skipped', display: path, reason };
    return;
  }
  const kind = classify(path);
  if (!kind) {
    const reason = `not a supported file type (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`;
    if (walk.named) {
      yield { kind: 'failure', failure: { source: path, code: 'malformed', message: `${path} is ${reason}.` } };
    } else {
      yield { kind: 'skipped', display: path, reason };
    }
    return;
  }
  yield { kind: 'file', file: { display: path, absolutePath: resolve(path), ...kind } };
}

async function statFailure(path: string, error: unknown): Promise<PlauditError> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const link = await lstat(path).catch(() => null);
    if (link?.isSymbolicLink()) {
      return new PlauditError('not-found', `${path} is a symbolic link to something that does not exist.`);
    }
    // A name the terminal could not pass as UTF-8 arrives with U+FFFD in it, and no file has that name.
    const hint = path.includes('\ufffd')
      ? ' Its name holds U+FFFD, so the name given was probably not valid UTF-8: rename the file, or name its folder instead.'
      : ` Check the path (relative to ${process.cwd()}).`;
    return new PlauditError('not-found', `${path} does not exist.${hint}`);
  }
  if (code === 'ELOOP') return new PlauditError('unreadable', `${path} is a symbolic link that leads back to itself (a cycle).`);
  return new PlauditError('unreadable', `${path} cannot be read (${code ?? String(error)}).`, { cause: error });
}

function entryKind(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a file or folder';
}

async function* walkFolder(folder: string, ancestors: readonly string[]): AsyncGenerator<SourceEntry> {
  let names: Buffer[];
  try {
    // Names as bytes: a name that is not UTF-8 would otherwise come back with U+FFFD and then "not exist".
    names = (await readdir(folder, { encoding: 'buffer' })).sort(Buffer.compare);
  } catch (error) {
    const failure = new PlauditError('unreadable', `${folder} cannot be listed.`, { cause: error });
    yield { kind: 'failure', failure: toDocumentFailure(folder, failure) };
    return;
  }
  for (const raw of names) {
    // Hidden files and folders (.git, .DS_Store) are never reviews.
    if (raw[0] === 0x2e) continue;
    if (!isUtf8(raw)) {
      const shown = join(folder, escapeBytes(raw));
      const message =
        `${shown}: the file name is not valid UTF-8 (undecodable bytes shown as \\xNN), so it is not read; ` +
        'rename it to UTF-8 (e.g. convmv -f latin1 -t utf-8).';
      yield { kind: 'failure', failure: { source: shown, code: 'invalid-encoding', message } };
      continue;
    }
    yield* expandPath(join(folder, raw.toString('utf8')), { named: false, ancestors });
  }
}

/** A byte name as text, printable ASCII kept and every other byte written \xNN. */
function escapeBytes(raw: Buffer): string {
  let out = '';
  for (const byte of raw) out += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
  return out;
}
