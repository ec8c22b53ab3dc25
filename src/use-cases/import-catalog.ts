/**
 * `plaudit catalog import`: a catalog file read row by row (catalog/read-catalog-file.ts) and written in batches
 * (ReviewStore.importCatalog, one transaction each), with a report of what became of every row. A rejected row is
 * reported and the rest land; an import never creates or changes a review.
 */
import type { CatalogEntry } from '../domain/catalog.ts';
import type { CatalogColumns, CatalogPreset } from '../catalog/catalog-layouts.ts';
import { readCatalogFile } from '../catalog/read-catalog-file.ts';
import type { ReviewStore } from '../store/port.ts';

export interface CatalogRejection {
  /** As a person counts rows in the file: "row 12" (CSV), "line 12" (JSONL), "item 12" (JSON). */
  row: string;
  reason: string;
}

export interface CatalogImportReport {
  file: string;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: CatalogRejection[];
  warnings: string[];
}

export interface CatalogImportOptions {
  store: ReviewStore;
  path: string;
  cwd: string;
  preset: CatalogPreset;
  mapped: CatalogColumns;
  currentYear: number;
  /** Called after each batch with the rows read so far. */
  onProgress?: (rowsRead: number) => void;
}

/** Entries per transaction: big enough to be quick, small enough that progress moves. */
const BATCH = 500;

export async function importCatalog(options: CatalogImportOptions): Promise<CatalogImportReport> {
  const report: CatalogImportReport = { file: options.path, rowsRead: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, rejections: [], warnings: [] };
  const reject = (row: string, reason: string): void => {
    report.rejected++;
    report.rejections.push({ row, reason });
  };
  let batch: { row: string; entry: CatalogEntry }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const results = await options.store.importCatalog(batch.map((item) => item.entry));
    results.forEach((result, i) => {
      if (result.status === 'rejected') reject(batch[i]!.row, result.reason);
      else report[result.status]++;
    });
    batch = [];
    options.onProgress?.(report.rowsRead);
  };
  for await (const item of readCatalogFile(options)) {
    if (item.kind === 'warning') {
      report.warnings.push(item.message);
      continue;
    }
    report.rowsRead++;
    if (item.kind === 'rejected') reject(item.row, item.reason);
    else batch.push(item);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  // Rows are reported in file order, whether the reader or the store rejected them.
  report.rejections.sort((a, b) => rowNumber(a.row) - rowNumber(b.row));
  return report;
}

function rowNumber(row: string): number {
  return Number(/\d+/.exec(row)?.[0] ?? 0);
}
