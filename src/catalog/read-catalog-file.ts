/**
 * The rows of a catalog file (JSONL, JSON or CSV, optionally gzipped), read with ingest's export reader under the
 * same input caps, each parsed into a CatalogEntry or rejected with its reason. A file that cannot be read at all
 * (missing, not an export, no column naming a film) throws a PlauditError.
 */
import { resolve } from 'node:path';
import type { CatalogEntry } from '../domain/catalog.ts';
import { PlauditError, toDocumentFailure } from '../domain/errors.ts';
import { readExportRows } from '../ingest/export-rows.ts';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from '../ingest/input-limits.ts';
import { classify, type SourceFile } from '../ingest/source-files.ts';
import { CATALOG_PRESETS, resolveCatalogColumns, YEAR_FROM_RELEASE_DATE, type CatalogColumns, type CatalogPreset } from './catalog-layouts.ts';
import { parseCatalogRow } from './parse-catalog-row.ts';

export type CatalogFileRow =
  /** `row`: the row's place as a person counts it ("row 12" in a CSV, "line 12" in JSONL, "item 12" in JSON). */
  | { kind: 'entry'; row: string; entry: CatalogEntry }
  | { kind: 'rejected'; row: string; reason: string }
  | { kind: 'warning'; message: string };

export interface CatalogFileOptions {
  path: string;
  /** The folder a relative path is read from. */
  cwd: string;
  preset: CatalogPreset;
  mapped: CatalogColumns;
  currentYear: number;
  limits?: InputLimits;
}

export async function* readCatalogFile(options: CatalogFileOptions): AsyncGenerator<CatalogFileRow> {
  const kind = classify(options.path);
  if (kind === null || kind.kind === 'document' || kind.kind === 'stdin') {
    throw new PlauditError('invalid-argument', `${options.path}: a catalog is a .jsonl, .json or .csv file (optionally .gz).`);
  }
  const file: SourceFile = { ...kind, display: options.path, absolutePath: resolve(options.cwd, options.path) };
  const rows = readExportRows(file, {
    limits: options.limits ?? DEFAULT_INPUT_LIMITS,
    columns: (header) => resolveCatalogColumns({ preset: CATALOG_PRESETS[options.preset], mapped: options.mapped, header, display: file.display }),
  });
  const yearFromReleaseDate = YEAR_FROM_RELEASE_DATE.has(options.preset);
  for await (const item of rows) {
    if (item.kind === 'warning') {
      yield item;
    } else if (item.kind === 'failure') {
      // The whole file failed (it cannot be opened, or no row of it can be read): nothing to import.
      if (item.name === file.display) throw item.error instanceof PlauditError ? item.error : new PlauditError('unreadable', toDocumentFailure(item.name, item.error).message, { cause: item.error });
      yield { kind: 'rejected', row: item.name.slice(file.display.length + 1), reason: toDocumentFailure(item.name, item.error).message };
    } else {
      const parsed = parseCatalogRow(item.row, { columns: item.columns, currentYear: options.currentYear, yearFromReleaseDate });
      yield parsed.kind === 'entry' ? { kind: 'entry', row: item.rowKey, entry: parsed.entry } : { kind: 'rejected', row: item.rowKey, reason: parsed.reason };
    }
  }
}
