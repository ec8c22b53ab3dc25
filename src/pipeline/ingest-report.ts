/** The per-file and overall tally of an ingest run, built up as results arrive. */
import type { DocumentFailure } from '../domain/errors.ts';
import type { SaveStatus } from '../store/port.ts';

export interface FileSummary {
  file: string;
  added: number;
  newVersions: number;
  unchanged: number;
  failed: number;
}

export interface IngestReport {
  files: FileSummary[];
  failures: DocumentFailure[];
  skipped: { file: string; reason: string }[];
  totals: { documents: number; added: number; newVersions: number; unchanged: number; failed: number };
}

export class IngestTally {
  private readonly byFile = new Map<string, FileSummary>();
  private readonly failures: DocumentFailure[] = [];
  private readonly skipped: { file: string; reason: string }[] = [];

  private summary(file: string): FileSummary {
    let summary = this.byFile.get(file);
    if (!summary) {
      summary = { file, added: 0, newVersions: 0, unchanged: 0, failed: 0 };
      this.byFile.set(file, summary);
    }
    return summary;
  }

  saved(file: string, status: SaveStatus): void {
    const summary = this.summary(file);
    if (status === 'added') summary.added++;
    else if (status === 'new-version') summary.newVersions++;
    else summary.unchanged++;
  }

  failed(file: string, failure: DocumentFailure): void {
    this.summary(file).failed++;
    this.failures.push(failure);
  }

  skip(file: string, reason: string): void {
    this.skipped.push({ file, reason });
  }

  get failedCount(): number {
    return this.failures.length;
  }

  get documents(): number {
    let n = 0;
    for (const s of this.byFile.values()) n += s.added + s.newVersions + s.unchanged + s.failed;
    return n;
  }

  report(): IngestReport {
    const files = [...this.byFile.values()];
    const sum = (pick: (s: FileSummary) => number) => files.reduce((n, s) => n + pick(s), 0);
    return {
      files,
      failures: this.failures,
      skipped: this.skipped,
      totals: {
        documents: this.documents,
        added: sum((s) => s.added),
        newVersions: sum((s) => s.newVersions),
        unchanged: sum((s) => s.unchanged),
        failed: sum((s) => s.failed),
      },
    };
  }
}
