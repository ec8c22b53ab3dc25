/** The per-file and overall tally of an ingest run, built up as results arrive. */
import type { DocumentFailure } from '../domain/errors.ts';
import type { IngestWarning } from '../ingest/ingest-item.ts';
import type { HoldCode } from '../domain/held.ts';
import type { SaveResult, SaveStatus } from '../store/port.ts';
import type { Filed } from './file-outcomes.ts';

export interface FileSummary {
  file: string;
  added: number;
  newVersions: number;
  unchanged: number;
  failed: number;
  /** Kept on the held list for a person (`plaudit held`), not stored as reviews. */
  held: number;
}

/** A document put on the held list (or found there already), and why. */
export interface HeldItem {
  source: string;
  heldId: number;
  code: HoldCode;
  reason: string;
  /** For "which film?": the candidate films, "Halloween (1978), id 4". */
  candidates: string[];
  /** Held by an earlier run (its status now: still held, released or dismissed). */
  earlier?: 'held' | 'released' | 'dismissed';
}

/** A document stored as a review of its own because its source key names a review it may not extend. */
export interface IngestConflict {
  source: string;
  /** The review that already holds the key. */
  reviewId: number;
  /** The review the document was stored as. */
  storedAs: number;
  reason: string;
}

export interface IngestReport {
  files: FileSummary[];
  failures: DocumentFailure[];
  skipped: { file: string; reason: string }[];
  /** Stored, but changed or left out on the way in (control characters replaced, a link dropped). */
  warnings: IngestWarning[];
  conflicts: IngestConflict[];
  held: HeldItem[];
  totals: {
    documents: number;
    added: number;
    newVersions: number;
    unchanged: number;
    failed: number;
    held: number;
    /** Of the failed, how many failed through a bug of Plaudit's rather than bad input (code 'internal'). */
    internalErrors: number;
  };
  /** Failures, warnings and conflicts beyond the first MAX_LISTED of each are counted in totals, not listed. */
  notListed?: { failures: number; warnings: number; conflicts: number; held: number };
}

/**
 * How many failures, warnings and conflicts a report lists in full. A file of millions of bad rows is counted to
 * the last row, but its report stays the size of this many, so memory does not grow with the input.
 */
export const MAX_LISTED = 10_000;

export class IngestTally {
  private readonly byFile = new Map<string, FileSummary>();
  private readonly failures: DocumentFailure[] = [];
  private readonly skipped: { file: string; reason: string }[] = [];
  private readonly warnings: IngestWarning[] = [];
  private readonly conflicts: IngestConflict[] = [];
  private readonly heldItems: HeldItem[] = [];
  private readonly unlisted = { failures: 0, warnings: 0, conflicts: 0, held: 0 };
  private failureCount = 0;
  private internalErrors = 0;

  private list<T>(items: T[], item: T, kind: keyof typeof this.unlisted): void {
    if (items.length < MAX_LISTED) items.push(item);
    else this.unlisted[kind]++;
  }

  private summary(file: string): FileSummary {
    let summary = this.byFile.get(file);
    if (!summary) {
      summary = { file, added: 0, newVersions: 0, unchanged: 0, failed: 0, held: 0 };
      this.byFile.set(file, summary);
    }
    return summary;
  }

  /** A save's outcome; a conflict it reports is kept for the report. */
  savedResult(file: string, result: SaveResult): void {
    this.saved(file, result.status);
    if (result.conflict) {
      const { reviewId, reason } = result.conflict;
      this.list(this.conflicts, { source: result.sourceName, reviewId, storedAs: result.reviewId, reason }, 'conflicts');
    }
  }

  saved(file: string, status: SaveStatus): void {
    const summary = this.summary(file);
    if (status === 'added') summary.added++;
    else if (status === 'new-version') summary.newVersions++;
    else summary.unchanged++;
  }

  failed(file: string, failure: DocumentFailure): void {
    this.summary(file).failed++;
    this.failureCount++;
    if (failure.code === 'internal') this.internalErrors++;
    this.list(this.failures, failure, 'failures');
  }

  held(file: string, filed: Extract<Filed, { kind: 'held' }>): void {
    this.summary(file).held++;
    const { hold, result, document } = filed;
    const candidates = hold.candidates.map((c) => `${c.title ?? 'Untitled film'}${c.year ? ` (${c.year})` : ''}, id ${c.filmId}`);
    const item: HeldItem = { source: document.sourceName, heldId: result.heldId, code: hold.code, reason: hold.reason, candidates };
    if (result.status === 'known') item.earlier = result.heldStatus;
    this.list(this.heldItems, item, 'held');
  }

  skip(file: string, reason: string): void {
    this.skipped.push({ file, reason });
  }

  warn(warning: IngestWarning): void {
    this.list(this.warnings, warning, 'warnings');
  }

  get failedCount(): number {
    return this.failureCount;
  }

  get documents(): number {
    let n = 0;
    for (const s of this.byFile.values()) n += s.added + s.newVersions + s.unchanged + s.failed + s.held;
    return n;
  }

  report(): IngestReport {
    const files = [...this.byFile.values()];
    const sum = (pick: (s: FileSummary) => number) => files.reduce((n, s) => n + pick(s), 0);
    return {
      files,
      failures: this.failures,
      skipped: this.skipped,
      warnings: this.warnings,
      conflicts: this.conflicts,
      held: this.heldItems,
      ...(Object.values(this.unlisted).some((n) => n > 0) ? { notListed: { ...this.unlisted } } : {}),
      totals: {
        documents: this.documents,
        added: sum((s) => s.added),
        newVersions: sum((s) => s.newVersions),
        unchanged: sum((s) => s.unchanged),
        failed: sum((s) => s.failed),
        held: sum((s) => s.held),
        internalErrors: this.internalErrors,
      },
    };
  }
}
