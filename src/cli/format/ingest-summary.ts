/** Text form of an ingest report: totals, a per-file table, and every failure with its reason. */
import type { IngestReport } from '../../pipeline/ingest-report.ts';
import { table } from './table.ts';

/** Beyond this many files the table lists only the files that had a failure. */
const MAX_FILE_ROWS = 40;

export function formatIngestSummary(report: IngestReport, seconds: number): string {
  const t = report.totals;
  const lines: string[] = [];
  const files = report.files.length === 1 ? '1 source' : `${report.files.length} sources`;
  lines.push(
    `Ingested ${t.documents} document(s) from ${files} in ${seconds.toFixed(1)}s: ${t.added} added, ` +
      `${t.newVersions} new version(s), ${t.unchanged} unchanged, ${t.failed} failed.`,
  );
  const shown = report.files.length <= MAX_FILE_ROWS ? report.files : report.files.filter((f) => f.failed > 0);
  if (shown.length > 0) {
    lines.push('');
    lines.push(
      table(
        ['source', 'added', 'versions', 'unchanged', 'failed'],
        shown.map((f) => [f.file, f.added, f.newVersions, f.unchanged, f.failed]),
        { alignRight: [1, 2, 3, 4] },
      ),
    );
    if (shown.length < report.files.length) lines.push(`(${report.files.length - shown.length} more sources, all fine)`);
  }
  if (report.skipped.length > 0) {
    lines.push('');
    lines.push(`Skipped ${report.skipped.length} file(s) Plaudit does not read, e.g. ${report.skipped[0]!.file}.`);
  }
  if (report.failures.length > 0) {
    lines.push('');
    lines.push(`Failed (${report.failures.length}):`);
    for (const failure of report.failures.slice(0, 200)) lines.push(`  ${failure.source}: [${failure.code}] ${failure.message}`);
    if (report.failures.length > 200) lines.push(`  … and ${report.failures.length - 200} more (use --json for all).`);
  }
  return lines.join('\n');
}
