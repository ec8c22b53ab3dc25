/**
 * The SQLite store as openSqliteStore hands it out: the review, web, edit and correction ports (the class chain
 * below) and the web sources' JobStore as `jobs`, on the same connection. The queue is a property rather than one
 * more layer of methods so its names (list, counts, retry) cannot collide with the review store's.
 */
import type { JobStore } from '../../jobs/job-queue.ts';
import type { JobsPort } from '../web-port.ts';
import { SqlCorrectionStore } from './correction-store.ts';
import { SqlJobStore } from './job-store.ts';
import type { SqlStoreOptions } from './review-store.ts';

export class SqlStore extends SqlCorrectionStore implements JobsPort {
  readonly jobs: JobStore;

  constructor(options: SqlStoreOptions) {
    super(options);
    this.jobs = new SqlJobStore({ db: options.db, readonly: options.readonly });
  }
}
