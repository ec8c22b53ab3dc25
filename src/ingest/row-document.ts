/** One export row's fields -> a RawDocument: made safe at the edge (text normalised, links checked) and hashed. */
import type { RawDocument, RecordFields } from '../domain/document.ts';
import { toDocumentFailure } from '../domain/errors.ts';
import { isHttpUrl } from '../text/http-url.ts';
import { describeReplacements, excerpt, normaliseInputText } from '../text/input-text.ts';
import { contentHash } from './content-hash.ts';
import type { IngestItem } from './ingest-item.ts';
import type { SourceFile } from './source-files.ts';

export function rowDocument(args: {
  file: SourceFile;
  name: string;
  rowKey: string;
  fields: RecordFields;
  /** The row's size as read, for batching. */
  bytes: number;
  options: { filmHint?: string };
}): IngestItem {
  const { file, name } = args;
  const { fields, warnings } = safeFields(args.fields);
  // The identity a Plaudit export carries from its store wins; then a URL; otherwise the row's place in the file.
  const sourceKey = fields.sourceKey ?? fields.url ?? `${file.absolutePath}#${args.rowKey}`;
  const document: RawDocument = {
    sourceName: name,
    sourceKey,
    format: 'record',
    content: fields.text ?? '',
    contentHash: recordHash(fields),
    byteLength: args.bytes,
    record: fields,
  };
  if (warnings.length > 0) document.warnings = warnings;
  if (args.options.filmHint) document.filmHint = args.options.filmHint;
  return { kind: 'document', file: file.display, document };
}

/** Every text field normalised (lone surrogates and control characters replaced) and a link kept only if http(s). */
export function safeFields(fields: RecordFields): { fields: RecordFields; warnings: string[] } {
  const safe: RecordFields = { ...fields };
  const totals = { loneSurrogates: 0, controlCharacters: 0 };
  for (const key of ['text', 'filmTitle', 'filmKey', 'critic', 'outlet', 'publishedAt', 'rating', 'url', 'sourceKey'] as const) {
    const value = safe[key];
    if (value === undefined) continue;
    const result = normaliseInputText(value);
    totals.loneSurrogates += result.loneSurrogates;
    totals.controlCharacters += result.controlCharacters;
    safe[key] = result.text;
  }
  const warnings: string[] = [];
  const replaced = describeReplacements(totals);
  if (replaced) warnings.push(replaced);
  if (safe.url !== undefined && !isHttpUrl(safe.url)) {
    warnings.push(`the url "${excerpt(safe.url, 60)}" is not an http(s) URL, so it is not kept as the review's link or identity`);
    delete safe.url;
  }
  return { fields: safe, warnings };
}

/**
 * The fields in a fixed order, so that the same row always hashes the same. A Plaudit export's identity and
 * judgement are hashed too (two reviews of one store may share every other field; a changed judgement is a new
 * version), and only when present, so every other row hashes as it always has.
 */
export function recordHash(fields: RecordFields): string {
  const hashed: unknown[] = [
    fields.filmKey, fields.filmTitle, fields.filmYear, fields.critic, fields.outlet, fields.publishedAt,
    fields.rating, fields.label, fields.topCritic, fields.url, fields.text,
  ];
  if (fields.sourceKey !== undefined || fields.recordedJudgement !== undefined) {
    const j = fields.recordedJudgement;
    hashed.push(fields.sourceKey, j && [j.verdict, j.probability, j.score, j.verdictSource, j.scoreSource]);
  }
  return contentHash(JSON.stringify(hashed));
}

export function failure(file: SourceFile, name: string, error: unknown): IngestItem {
  return { kind: 'failure', file: file.display, failure: toDocumentFailure(name, error) };
}
