/**
 * What the web face needs from the store beyond the ReviewStore port: critics and outlets as things with pages,
 * reviews with the ids to link them, full-text and typo-tolerant name search, API tokens, and a data version
 * so caches know when to forget. A separate port so the pipeline and CLI keep depending on the narrow one.
 */
import type { UserPort } from './user-port.ts';
import type { JobStore } from '../jobs/job-queue.ts';
import type { CorrectionStore } from './correction-port.ts';
import type { EditStore } from './edit-port.ts';
import type { StoredReview } from '../domain/film.ts';
import type { ReviewStore } from './port.ts';

/** Critics and outlets are both names with reviews behind them. */
export type NameKind = 'critic' | 'outlet';

export interface NameSummary {
  kind: NameKind;
  id: number;
  name: string;
  reviewCount: number;
  positiveCount: number;
}

/** A stored review with the ids its page links to. */
export interface WebReview extends StoredReview {
  criticId: number | null;
  outletId: number | null;
}

/** Whose reviews to read. */
export type ReviewScope = { filmId: number } | { criticId: number } | { outletId: number } | { reviewId: number };

export type SearchKind = 'film' | 'critic' | 'outlet' | 'person';

/** A name that looks like the query, spelling mistakes allowed; `similarity` is 0..1, 1 for an exact match. */
export interface NameHit {
  kind: SearchKind;
  /** The film, critic or outlet id; for a person, the id the credits store gives them. */
  id: number;
  name: string;
  similarity: number;
}

/** A review whose text matches the query; the snippet marks matches with \u0002 ... \u0003 (escape, then mark). */
export interface ReviewTextHit {
  reviewId: number;
  filmId: number;
  critic: string | null;
  outlet: string | null;
  snippet: string;
}

export interface PersonFilm {
  filmId: number;
  /** Fact kinds ('director', 'cast', ...) the reviews credit them with on this film. */
  roles: string[];
  reviews: number;
}

/** What a token may do: `ingest` posts reviews; `edit` uses the editors' routes (held list, corrections, merges). */
export type ApiTokenScope = 'ingest' | 'edit';
export const API_TOKEN_SCOPES: readonly ApiTokenScope[] = ['ingest', 'edit'];

export interface ApiTokenRecord {
  id: number;
  name: string;
  scopes: ApiTokenScope[];
  createdAt: string;
  revokedAt: string | null;
}

export interface WebReadPort {
  listNames(kind: NameKind): Promise<NameSummary[]>;
  getName(kind: NameKind, id: number): Promise<NameSummary | null>;
  /** Current reviews in scope, newest publication first, undated last. */
  webReviews(scope: ReviewScope): Promise<WebReview[]>;
  searchNames(query: string, options: { limit: number }): Promise<NameHit[]>;
  /** Current reviews whose text matches, best first; a removed review and a blocked outlet's are left out, as in lists. */
  searchReviewText(query: string, options: { limit: number }): Promise<ReviewTextHit[]>;
  /** The films whose current reviews credit this person (exact name), with the roles, most reviews first. */
  personFilms(name: string): Promise<PersonFilm[]>;
  /**
   * Changes whenever any connection, in this process or another, commits a write to what pages and answers show
   * (reviews, films, names, the held list, corrections and edits). Equal values mean the data a cache was built from
   * is still what the store holds. Accounts, tokens and sessions show on no cached page (a signed-in request is
   * never cached), so their writes need not move it in the process that makes them.
   */
  dataVersion(): Promise<number>;
}

export interface ApiTokenPort {
  /** Stores only the token's hash; the token itself is shown once, by whoever made it. */
  createApiToken(token: { name: string; hash: string; scopes?: ApiTokenScope[] }): Promise<ApiTokenRecord>;
  /** The live (not revoked) token with this hash. */
  findApiToken(hash: string): Promise<ApiTokenRecord | null>;
  listApiTokens(): Promise<ApiTokenRecord[]>;
  /** False when there is no live token with that id. */
  revokeApiToken(id: number): Promise<boolean>;
}

/** The web sources' queue, feeds and HTTP validators, on the same database as the reviews they become. */
export interface JobsPort {
  readonly jobs: JobStore;
}

export type WebStore = ReviewStore & WebReadPort & ApiTokenPort & EditStore & CorrectionStore & UserPort & JobsPort;
