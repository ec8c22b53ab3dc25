/** `plaudit catalog import FILE`: film facts and ids from a catalog file onto the stored films, with a report. */
import { catalogPreset, parseCatalogMap } from '../../catalog/catalog-layouts.ts';
import { importCatalog, type CatalogImportReport } from '../../use-cases/import-catalog.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';

export interface CatalogImportCliOptions {
  preset?: string;
  map?: string;
  json?: boolean;
  progress?: boolean;
}

/** Rejected rows listed one by one; past this, a count. */
const MAX_LISTED = 20;

export async function catalogImportCommand(file: string, options: CatalogImportCliOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  const preset = catalogPreset(options.preset);
  const mapped = options.map ? parseCatalogMap(options.map) : {};
  const quiet = options.json || options.progress === false;
  let last = performance.now();
  const report = await withApp(io, global, (app) =>
    importCatalog({
      store: app.store,
      path: file,
      cwd: io.cwd,
      preset,
      mapped,
      currentYear: new Date().getUTCFullYear(),
      onProgress: (rows) => {
        // A line every few seconds, so a long file shows it is alive without filling a log.
        if (quiet || performance.now() - last < 5000) return;
        last = performance.now();
        writeLine(io.stderr, `catalog: ${rows} rows read`);
      },
    }),
  );
  if (options.json) writeLine(io.stdout, JSON.stringify(report, null, 2));
  else writeLine(io.stdout, formatCatalogReport(report));
  return report.rejected > 0 ? EXIT.someFailed : EXIT.ok;
}

export function formatCatalogReport(report: CatalogImportReport): string {
  const lines = [
    `${report.file}: ${report.rowsRead} rows read`,
    `  films created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected}`,
  ];
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  for (const rejection of report.rejections.slice(0, MAX_LISTED)) lines.push(`  ${rejection.row}: ${rejection.reason}`);
  if (report.rejections.length > MAX_LISTED) lines.push(`  and ${report.rejections.length - MAX_LISTED} more (--json lists them all)`);
  return lines.join('\n');
}
