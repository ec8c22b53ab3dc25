/** web_jobs rows to Jobs and back: hints and outcomes are JSON text, absent optional fields stay absent. */
import type { Selectable } from 'kysely';
import type { Job, JobKind, JobOutcome, JobStatus, PageHints } from '../../jobs/job-queue.ts';
import type { WebJobsTable } from './tables.ts';

export type WebJobRow = Selectable<WebJobsTable>;

export function jobFromRow(row: WebJobRow): Job {
  const hints = row.hints === null ? null : (JSON.parse(row.hints) as PageHints);
  return {
    id: row.id,
    kind: row.kind as JobKind,
    url: row.url,
    ...(row.feed_id === null ? {} : { feedId: row.feed_id }),
    ...(hints === null ? {} : { hints }),
    status: row.status as JobStatus,
    attempts: row.attempts,
    lastError: row.last_error,
    nextTryAt: row.next_try_at,
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    outcome: row.outcome === null ? null : (JSON.parse(row.outcome) as JobOutcome),
  };
}

/** Hints as stored: null when there are none, so an empty object and no hints read back the same. */
export function hintsColumn(hints: PageHints | undefined): string | null {
  if (hints === undefined) return null;
  const present = Object.fromEntries(Object.entries(hints).filter(([, value]) => value !== undefined && value !== ''));
  return Object.keys(present).length === 0 ? null : JSON.stringify(present);
}
