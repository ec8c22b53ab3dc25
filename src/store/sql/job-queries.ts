/**
 * The job queue's SQL. Each function runs on a connection already inside a write transaction (or a plain read);
 * sqlite-job-store.ts opens the transactions. The rules (backoff, when a job is dead) come from jobs/backoff.ts.
 */
import type { Kysely } from 'kysely';
import { afterFailure, type RetryPolicy } from '../../jobs/backoff.ts';
import { PlauditError } from '../../domain/errors.ts';
import { JOB_STATUSES, type Job, type JobFailure, type JobInput, type JobKind, type JobOutcome, type JobStatus } from '../../jobs/job-queue.ts';
import { chunked, LOOKUP_CHUNK } from './bulk.ts';
import { hintsColumn, jobFromRow } from './job-rows.ts';
import type { Tables } from './tables.ts';

const LIVE: JobStatus[] = ['queued', 'running'];
const JOB_KINDS: readonly JobKind[] = ['page', 'feed'];

/** Why a job whose lease ran out on its last attempt is dead: its worker stopped every time (a poison page). */
export const ABANDONED_MESSAGE = 'given up: the worker stopped before finishing on every attempt';

export async function enqueueJobs(db: Kysely<Tables>, inputs: readonly JobInput[], now: Date): Promise<{ job: Job; created: boolean }[]> {
  for (const input of inputs) assertJobInput(input);
  const live = await liveJobsByUrl(db, inputs.map((input) => input.url));
  const at = now.toISOString();
  const results: { job: Job; created: boolean }[] = [];
  for (const input of inputs) {
    const key = liveKey(input.kind, input.url);
    const existing = live.get(key);
    if (existing !== undefined) {
      results.push({ job: existing, created: false });
      continue;
    }
    const row = await db
      .insertInto('web_jobs')
      .values({
        kind: input.kind,
        url: input.url,
        feed_id: input.feedId ?? null,
        hints: hintsColumn(input.hints),
        status: 'queued',
        attempts: 0,
        last_error: null,
        next_try_at: at,
        lease_owner: null,
        lease_until: null,
        created_at: at,
        updated_at: at,
        outcome: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const job = jobFromRow(row);
    // A URL twice in one batch is one job.
    live.set(key, job);
    results.push({ job, created: true });
  }
  return results;
}

export interface ClaimRequest {
  owner: string;
  now: Date;
  leaseMs: number;
  limit: number;
  kinds?: readonly JobKind[];
}

/** A running job whose worker is gone and whose attempts are spent: dead, not retried forever (a poison page). */
function abandonedForGood(at: string) {
  return {
    status: 'dead',
    last_error: ABANDONED_MESSAGE,
    outcome: JSON.stringify({ kind: 'failed', message: ABANDONED_MESSAGE } satisfies JobOutcome),
    lease_owner: null,
    lease_until: null,
    updated_at: at,
  } as const;
}

export async function claimJobs(db: Kysely<Tables>, request: ClaimRequest, maxAttempts: number): Promise<Job[]> {
  const limit = Math.trunc(request.limit);
  if (limit <= 0 || request.kinds?.length === 0) return [];
  const at = request.now.toISOString();
  const kinds = request.kinds ?? JOB_KINDS;
  await db
    .updateTable('web_jobs')
    .set(abandonedForGood(at))
    .where('status', '=', 'running')
    .where('lease_until', '<', at)
    .where('attempts', '>=', maxAttempts)
    .where('kind', 'in', kinds)
    .execute();
  const due = await db
    .selectFrom('web_jobs')
    .select('id')
    .where('kind', 'in', kinds)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('next_try_at', '<=', at)]),
        eb.and([eb('status', '=', 'running'), eb('lease_until', '<', at)]),
      ]),
    )
    .orderBy('next_try_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  if (due.length === 0) return [];
  const ids = due.map((row) => row.id);
  const leaseUntil = new Date(request.now.getTime() + Math.max(0, request.leaseMs)).toISOString();
  const claimed = new Map<number, Job>();
  for (const chunk of chunked(ids, LOOKUP_CHUNK)) {
    const rows = await db
      .updateTable('web_jobs')
      .set((eb) => ({
        status: 'running',
        lease_owner: request.owner,
        lease_until: leaseUntil,
        attempts: eb('attempts', '+', 1),
        updated_at: at,
      }))
      .where('id', 'in', chunk)
      .returningAll()
      .execute();
    for (const row of rows) claimed.set(row.id, jobFromRow(row));
  }
  // RETURNING promises no order; the claim order is due time.
  return ids.map((id) => claimed.get(id)).filter((job): job is Job => job !== undefined);
}

export async function completeJob(db: Kysely<Tables>, id: number, owner: string, outcome: JobOutcome, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('web_jobs')
    .set({ status: 'done', outcome: JSON.stringify(outcome), lease_owner: null, lease_until: null, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function failJob(
  db: Kysely<Tables>,
  id: number,
  owner: string,
  failure: JobFailure,
  now: Date,
  policy: RetryPolicy,
): Promise<Job | null> {
  const held = await db
    .selectFrom('web_jobs')
    .select('attempts')
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  if (held === undefined) return null;
  const next = afterFailure(held.attempts, failure, now, policy);
  const row = await db
    .updateTable('web_jobs')
    .set(
      next.status === 'queued'
        ? { status: 'queued', next_try_at: next.nextTryAt.toISOString() }
        : { status: 'dead', outcome: JSON.stringify({ kind: 'failed', message: failure.message } satisfies JobOutcome) },
    )
    .set({ last_error: failure.message, lease_owner: null, lease_until: null, updated_at: now.toISOString() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return jobFromRow(row);
}

export async function retryJob(db: Kysely<Tables>, id: number, now: Date): Promise<Job> {
  const row = await db.selectFrom('web_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new PlauditError('not-found', `There is no job ${id}.`);
  if (row.status !== 'dead') {
    throw new PlauditError('invalid-argument', `Job ${id} is ${row.status}, not dead; only a dead job can be retried.`);
  }
  const again = (await liveJobsByUrl(db, [row.url])).get(liveKey(row.kind as JobKind, row.url));
  if (again !== undefined) {
    throw new PlauditError('invalid-argument', `Job ${id}'s URL is already ${again.status} again as job ${again.id}.`);
  }
  const at = now.toISOString();
  const updated = await db
    .updateTable('web_jobs')
    .set({ status: 'queued', attempts: 0, next_try_at: at, lease_owner: null, lease_until: null, outcome: null, updated_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return jobFromRow(updated);
}

/** Takes back the running jobs of gone owners; returns how many (queued again, or dead with no attempts left). */
export async function recoverJobs(db: Kysely<Tables>, isGone: (owner: string) => boolean, now: Date, maxAttempts: number): Promise<number> {
  const owners = await db
    .selectFrom('web_jobs')
    .select('lease_owner')
    .distinct()
    .where('status', '=', 'running')
    .where('lease_owner', 'is not', null)
    .execute();
  const gone = owners.map((row) => row.lease_owner).filter((owner): owner is string => owner !== null && isGone(owner));
  if (gone.length === 0) return 0;
  const at = now.toISOString();
  const spent = await db
    .updateTable('web_jobs')
    .set(abandonedForGood(at))
    .where('status', '=', 'running')
    .where('lease_owner', 'in', gone)
    .where('attempts', '>=', maxAttempts)
    .executeTakeFirst();
  const requeued = await db
    .updateTable('web_jobs')
    .set({ status: 'queued', next_try_at: at, lease_owner: null, lease_until: null, updated_at: at })
    .where('status', '=', 'running')
    .where('lease_owner', 'in', gone)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows + requeued.numUpdatedRows);
}

export async function getJob(db: Kysely<Tables>, id: number): Promise<Job | null> {
  const row = await db.selectFrom('web_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : jobFromRow(row);
}

export async function listJobs(db: Kysely<Tables>, filter: { status?: JobStatus; limit?: number; offset?: number } = {}): Promise<Job[]> {
  let query = db.selectFrom('web_jobs').selectAll();
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(Math.max(0, Math.trunc(filter.limit ?? 100)))
    .offset(Math.max(0, Math.trunc(filter.offset ?? 0)))
    .execute();
  return rows.map(jobFromRow);
}

export async function countJobs(db: Kysely<Tables>): Promise<Record<JobStatus, number>> {
  const rows = await db
    .selectFrom('web_jobs')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const counts = Object.fromEntries(JOB_STATUSES.map((status) => [status, 0])) as Record<JobStatus, number>;
  for (const row of rows) counts[row.status as JobStatus] = Number(row.count);
  return counts;
}

async function liveJobsByUrl(db: Kysely<Tables>, urls: readonly string[]): Promise<Map<string, Job>> {
  const live = new Map<string, Job>();
  for (const chunk of chunked([...new Set(urls)], LOOKUP_CHUNK)) {
    const rows = await db.selectFrom('web_jobs').selectAll().where('status', 'in', LIVE).where('url', 'in', chunk).execute();
    for (const row of rows) live.set(liveKey(row.kind as JobKind, row.url), jobFromRow(row));
  }
  return live;
}

function liveKey(kind: JobKind, url: string): string {
  return `${kind} ${url}`;
}

function assertJobInput(input: JobInput): void {
  if (!JOB_KINDS.includes(input.kind)) throw new PlauditError('invalid-argument', `Unknown job kind "${String(input.kind)}".`);
  if (typeof input.url !== 'string' || input.url.trim() === '') throw new PlauditError('invalid-argument', 'A job needs a URL.');
}
