/**
 * Text form of an ingest report: totals, a per-file table, what was not read and why, conflicts, warnings, and
 * every failure with its reason.
 */
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
      `${t.newVersions} new version(s), ${t.unchanged} unchanged, ${t.held} held for a person, ${t.failed} failed.`,
  );
  const shown = report.files.length <= MAX_FILE_ROWS ? report.files : report.files.filter((f) => f.failed > 0 || f.held > 0);
  if (shown.length > 0) {
    lines.push('');
    lines.push(
      table(
        ['source', 'added', 'versions', 'unchanged', 'held', 'failed'],
        shown.map((f) => [f.file, f.added, f.newVersions, f.unchanged, f.held, f.failed]),
        { alignRight: [1, 2, 3, 4, 5] },
      ),
    );
    if (shown.length < report.files.length) lines.push(`(${report.files.length - shown.length} more sources, all fine)`);
  }
  lines.push(...skippedLines(report.skipped));
  const notListed = report.notListed ?? { failures: 0, warnings: 0, conflicts: 0, held: 0 };
  lines.push(
    ...listed(
      'Held for a person, not counted (`plaudit held` lists them; `plaudit held release ID` stores one)',
      report.held.map(heldLine),
      notListed.held,
    ),
  );
  lines.push(
    ...listed(
      `Kept as reviews of their own, since their source key already names another review`,
      report.conflicts.map((c) => `${c.source}: stored as review ${c.storedAs}; review ${c.reviewId} has the same key, but ${c.reason}.`),
      notListed.conflicts,
    ),
  );
  lines.push(...listed('Warnings', report.warnings.map((w) => `${w.source}: ${w.message}`), notListed.warnings));
  lines.push(
    ...listed('Failed', report.failures.map((f) => `${f.source}: [${f.code}] ${f.message}`), notListed.failures),
  );
  return lines.join('\n');
}

function heldLine(item: IngestReport['held'][number]): string {
  const earlier = item.earlier === undefined ? '' : item.earlier === 'held' ? ' (held before)' : ` (held before, since ${item.earlier})`;
  const candidates = item.candidates.length > 0 ? ` Candidates: ${item.candidates.join('; ')}.` : '';
  return `${item.source}: held as #${item.heldId}${earlier}: ${item.reason}.${candidates}`;
}

/** Files of another type are summed up in a line; anything else not read (a FIFO, a cycle) is named with its reason. */
function skippedLines(skipped: IngestReport['skipped']): string[] {
  if (skipped.length === 0) return [];
  const otherType = skipped.filter((s) => s.reason.startsWith('not a supported file type'));
  const lines = [''];
  if (otherType.length > 0) lines.push(`Skipped ${otherType.length} file(s) Plaudit does not read, e.g. ${otherType[0]!.file}.`);
  const rest = skipped.filter((s) => !otherType.includes(s));
  if (rest.length > 0) {
    lines.push(`Not read (${rest.length}):`);
    for (const entry of rest.slice(0, MAX_LINES)) lines.push(`  ${entry.file}: ${entry.reason}.`);
    if (rest.length > MAX_LINES) lines.push(`  … and ${rest.length - MAX_LINES} more (use --json for all).`);
  }
  return lines;
}

/** A titled list, cut at MAX_LINES; `unlisted` more were counted but not kept at all. */
function listed(title: string, entries: string[], unlisted: number): string[] {
  const total = entries.length + unlisted;
  if (total === 0) return [];
  const lines = ['', `${title} (${total}):`, ...entries.slice(0, MAX_LINES).map((entry) => `  ${entry}`)];
  const hidden = total - Math.min(entries.length, MAX_LINES);
  if (hidden > 0) lines.push(`  … and ${hidden} more${unlisted > 0 ? '' : ' (use --json for all)'}.`);
  return lines;
}

const MAX_LINES = 200;
