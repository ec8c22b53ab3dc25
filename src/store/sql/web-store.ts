/**
 * The store with the web port (web-port.ts) on top of the ReviewStore: the same connection, the reads in
 * read-web.ts, search in the engine's own queries (sql-engine.ts), tokens in api-token-queries.ts. It also counts its
 * own commits, because SQLite's data_version only moves for other connections' writes.
 */
import type { CatalogEntry, CatalogRowResult } from '../../domain/catalog.ts';
import type { Kysely } from 'kysely';
import { PlauditError } from '../../domain/errors.ts';
import type { HoldRequest, HoldResult, ProcessedReview, SaveResult } from '../port.ts';
import type {
  ApiTokenRecord,
  NameHit,
  NameKind,
  NameSummary,
  PersonFilm,
  ReviewScope,
  ReviewTextHit,
  WebReview,
  WebStore,
} from '../web-port.ts';
import type { CorrectionStore } from '../correction-port.ts';
import type { EditStore } from '../edit-port.ts';
import * as tokens from './api-token-queries.ts';
import * as users from './user-queries.ts';
import type { SessionRecord, UserCredentials, UserRecord, UserRole } from '../user-port.ts';
import type { ApiTokenScope, JobsPort } from '../web-port.ts';
import * as web from './read-web.ts';
import * as search from '../sqlite/search-queries.ts';
import { SqlReviewStore, type SqlStoreOptions } from './review-store.ts';
import type { SqlEngine } from './sql-engine.ts';
import type { Tables } from './tables.ts';

// The edit port is sqlite-edit-store.ts's, the subclass the store is opened as.
export class SqlWebStore extends SqlReviewStore implements Omit<WebStore, keyof EditStore | keyof CorrectionStore | keyof JobsPort> {
  readonly #db: Kysely<Tables>;
  readonly #engine: SqlEngine;
  readonly #now: () => Date;
  #ownWrites = 0;

  constructor(options: SqlStoreOptions) {
    super(options);
    this.#db = options.db;
    this.#engine = options.engine;
    this.#now = options.now;
  }

  override async saveReviews(items: readonly ProcessedReview[]): Promise<SaveResult[]> {
    try {
      return await super.saveReviews(items);
    } finally {
      // Counted even on failure: a rolled-back batch changes nothing, and a spare bump only costs a cache refill.
      this.#ownWrites++;
    }
  }

  override async importCatalog(entries: readonly CatalogEntry[]): Promise<CatalogRowResult[]> {
    try {
      return await super.importCatalog(entries);
    } finally {
      this.#ownWrites++;
    }
  }

  override async holdDocuments(items: readonly HoldRequest[]): Promise<HoldResult[]> {
    try {
      return await super.holdDocuments(items);
    } finally {
      this.#ownWrites++;
    }
  }

  override async resolveHeld(id: number, outcome: { status: 'released' | 'dismissed'; reviewId?: number }): Promise<boolean> {
    try {
      return await super.resolveHeld(id, outcome);
    } finally {
      this.#ownWrites++;
    }
  }

  /** For writes made by a subclass (sqlite-edit-store.ts): the web caches key on dataVersion. */
  protected noteOwnWrite(): void {
    this.#ownWrites++;
  }

  listNames(kind: NameKind): Promise<NameSummary[]> {
    return read(`list ${kind}s`, () => web.listNames(this.#db, kind));
  }

  getName(kind: NameKind, id: number): Promise<NameSummary | null> {
    return read(`read a ${kind}`, () => web.getName(this.#db, kind, id));
  }

  webReviews(scope: ReviewScope): Promise<WebReview[]> {
    return read('read reviews', () => web.webReviews(this.#db, scope));
  }

  searchNames(query: string, options: { limit: number }): Promise<NameHit[]> {
    return read('search names', () => this.#engine.search.searchNames(this.#db, query, options.limit));
  }

  searchReviewText(query: string, options: { limit: number }): Promise<ReviewTextHit[]> {
    return read('search review text', () => this.#engine.search.searchReviewText(this.#db, query, options.limit));
  }

  personFilms(name: string): Promise<PersonFilm[]> {
    return read('read a person\'s films', () => this.#engine.search.personFilms(this.#db, name));
  }

  async dataVersion(): Promise<number> {
    // This runs on every cached request and is a read of one counter. 2^21 own writes per outside write is far more
    // than a process makes.
    const outside = await this.#engine.outsideVersion(this.#db);
    return outside * 2 ** 21 + this.#ownWrites;
  }

  createApiToken(token: { name: string; hash: string; scopes?: ApiTokenScope[] }): Promise<ApiTokenRecord> {
    return read('create an API token', () => tokens.createApiToken(this.#db, { ...token, now: this.#now().toISOString() }));
  }

  findApiToken(hash: string): Promise<ApiTokenRecord | null> {
    return read('check an API token', () => tokens.findApiToken(this.#db, hash));
  }

  listApiTokens(): Promise<ApiTokenRecord[]> {
    return read('list API tokens', () => tokens.listApiTokens(this.#db));
  }

  revokeApiToken(id: number): Promise<boolean> {
    return read('revoke an API token', () => tokens.revokeApiToken(this.#db, id, this.#now().toISOString()));
  }

  createUser(user: { name: string; role: UserRole; passwordHash: string; passwordSalt: string }): Promise<UserRecord | null> {
    return read('add a user', () => users.createUser(this.#db, { ...user, now: this.#now().toISOString() }));
  }

  listUsers(): Promise<UserRecord[]> {
    return read('list users', () => users.listUsers(this.#db));
  }

  findUserCredentials(name: string): Promise<UserCredentials | null> {
    return read('read a user', () => users.findUserCredentials(this.#db, name));
  }

  disableUser(name: string): Promise<boolean> {
    return read('disable a user', () => users.disableUser(this.#db, name, this.#now().toISOString()));
  }

  createSession(session: { tokenHash: string; userId: number; csrfToken: string }): Promise<void> {
    return read('start a session', () => users.createSession(this.#db, { ...session, now: this.#now().toISOString() }));
  }

  findSession(tokenHash: string): Promise<SessionRecord | null> {
    return read('check a session', () => users.findSession(this.#db, tokenHash));
  }

  touchSession(id: number): Promise<void> {
    return read('renew a session', () => users.touchSession(this.#db, id, this.#now().toISOString()));
  }

  deleteSession(id: number): Promise<void> {
    return read('end a session', () => users.deleteSession(this.#db, id));
  }
}

async function read<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PlauditError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new PlauditError('store-failed', `cannot ${what}: ${message}`, { cause: error });
  }
}
