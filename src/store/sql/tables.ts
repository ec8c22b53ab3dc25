/**
 * The row shapes of the schema as Kysely sees them (snake_case, as in the SQL), the same on SQLite and PostgreSQL.
 * JSON columns are text; booleans are 0/1 integers; times are ISO text.
 */
import type { Generated } from 'kysely';

export interface FilmsTable {
  id: Generated<number>;
  /** See film-key.ts: "key:<export key>", "title:<title key>:<year>" or "unknown". */
  key: string;
  title: string | null;
  /** nameKey(title): what lookups and searches compare. */
  title_key: string | null;
  year: number | null;
  created_at: string;
  // The catalog (007-catalog-and-held.ts): written by `plaudit catalog import`, never by reviews.
  original_title: string | null;
  /** "tt0077651"; unique where set. */
  imdb_id: string | null;
  tmdb_id: number | null;
  /** "Q221103"; unique where set. */
  wikidata_id: string | null;
  /** JSON array of names. */
  directors: string | null;
  runtime_minutes: number | null;
  /** JSON array of genre names. */
  genres: string | null;
  mpaa_rating: string | null;
  /** ISO date, "1978-10-25". */
  release_date: string | null;
  synopsis: string | null;
  catalog_updated_at: string | null;
}

/** Other titles a film is known by (translations, working titles); alias_key is nameKey(alias). */
export interface FilmAliasesTable {
  id: Generated<number>;
  film_id: number;
  alias: string;
  alias_key: string;
}

/** A document the pipeline held instead of storing as a review (domain/held.ts). */
export interface HeldDocumentsTable extends DocumentColumns {
  id: Generated<number>;
  /** JSON of RecordFields, or null. */
  record: string | null;
  film_hint: string | null;
  api_token_id: number | null;
  code: string;
  reason: string;
  /** JSON array of strings. */
  reasons: string;
  /** JSON array of FilmCandidate. */
  candidates: string;
  status: string;
  review_id: number | null;
  held_at: string;
  resolved_at: string | null;
}

/** Critics and outlets share one shape. */
export interface NamesTable {
  id: Generated<number>;
  /** The first spelling seen. */
  name: string;
  name_key: string;
}

export interface CriticsTable extends NamesTable {
  /** 1: an editor marked the critic a top critic (010-film-edits.ts); every review by them counts as a top critic's. */
  top_critic: Generated<number>;
}

export interface OutletsTable extends NamesTable {
  /** Set while an editor blocks the outlet: its reviews are held, not counted. */
  blocked_at: string | null;
  blocked_reason: string | null;
}

/** A film merged into another: its old id and key lead to to_film_id. */
export interface FilmRedirectsTable {
  from_film_id: number;
  to_film_id: number;
}

/** A raw document's columns, as the documents table and the held list both store them (document-row.ts). */
interface DocumentColumns {
  content_hash: string;
  source_name: string;
  source_key: string;
  format: string;
  byte_length: number;
  content: string;
}

export interface DocumentsTable extends DocumentColumns {
  id: Generated<number>;
  ingested_at: string;
}

export interface ReviewsTable {
  id: Generated<number>;
  /** Unique; the identity key itself, or the key with a suffix for a second review that shares it. */
  source_key: string;
  /** The source key as the source gave it; several reviews may share one (006-source-identity.ts). */
  identity_key: string;
  /** The API token that added the review; null for the CLI. */
  api_token_id: number | null;
  film_id: number;
  /** Null only inside the transaction that creates the review. */
  current_version_id: number | null;
  created_at: string;
}

export interface ReviewVersionsTable {
  id: Generated<number>;
  review_id: number;
  version: number;
  document_id: number;
  critic_id: number | null;
  outlet_id: number | null;
  published_at: string | null;
  rating_raw: string | null;
  rating_score: number | null;
  rating_scale: string | null;
  label: string | null;
  verdict: string;
  probability: number;
  score: number;
  verdict_source: string;
  score_source: string;
  text: string;
  first_sentence: string;
  top_critic: number;
  url: string | null;
  /** JSON array of sentences. */
  evidence: string;
  /** JSON object: stage name -> version string. */
  stage_versions: string;
  /** JSON object: field name -> { source, evidence? } of each extracted field that had a value. */
  provenance: string;
  created_at: string;
  /** Set when this version's text is a near-duplicate of that (earlier) review of the same film. */
  duplicate_of_review_id: number | null;
  /** What the judge said of this version alone; verdict, probability and score may hold a reading in context. */
  alone_verdict: string | null;
  alone_probability: number | null;
  alone_score: number | null;
  /** How many text-judged reviews of the film this one was read beside (itself included); null when read alone. */
  context_reviews: number | null;
  /** ISO 639-3 code of the text's language ("und": undetermined); null without text or before 013-review-language. */
  language: string | null;
  /** The critic's own headline (extract/critic-headline.ts); null when the page had none, and before 014-review-headline. */
  headline: string | null;
}

export interface DroppedLinesTable {
  id: Generated<number>;
  review_version_id: number;
  position: number;
  text: string;
  reason: string;
}

/** One fact about the film a review version states (see domain/credits.ts). */
export interface ReviewFactsTable {
  id: Generated<number>;
  review_version_id: number;
  position: number;
  kind: string;
  value: string;
  character: string | null;
  source: string;
  evidence: string;
}

/** One editorial change (domain/audit.ts); before and after are JSON. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target_kind: string;
  target_id: number;
  film_id: number | null;
  reason: string;
  before: string;
  after: string;
  undoes: number | null;
  undone_by: number | null;
}

/** An editor's correction of a review (009-review-corrections.ts); removed is 0 or 1. */
export interface ReviewCorrectionsTable {
  review_id: number;
  verdict: string | null;
  score: number | null;
  note: string;
  removed: number;
  removed_reason: string | null;
  version: number;
  actor: string;
  at: string;
}

/** A page or feed to fetch (012-web-sources.ts); the queue's rules are in jobs/job-queue.ts. */
export interface WebJobsTable {
  id: Generated<number>;
  kind: string;
  url: string;
  feed_id: number | null;
  /** JSON of PageHints, or null. */
  hints: string | null;
  status: string;
  attempts: number;
  last_error: string | null;
  next_try_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
  updated_at: string;
  /** JSON of JobOutcome, or null. */
  outcome: string | null;
}

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  film: string | null;
  outlet: string | null;
  interval_seconds: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  next_poll_at: string;
  last_error: string | null;
  created_at: string;
}

/** A feed item already turned into a job, by its FeedItem.key. */
export interface FeedItemsSeenTable {
  feed_id: number;
  item_key: string;
  seen_at: string;
}

export interface HttpValidatorsTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  updated_at: string;
}

/** PostgreSQL only: one row whose version every write to a shown table moves (postgres/migrations/001-schema.ts). */
export interface DataVersionTable {
  version: number;
}

export interface Tables {
  films: FilmsTable;
  film_aliases: FilmAliasesTable;
  held_documents: HeldDocumentsTable;
  audit_log: AuditLogTable;
  review_corrections: ReviewCorrectionsTable;
  critics: CriticsTable;
  outlets: OutletsTable;
  film_redirects: FilmRedirectsTable;
  documents: DocumentsTable;
  reviews: ReviewsTable;
  review_versions: ReviewVersionsTable;
  dropped_lines: DroppedLinesTable;
  review_facts: ReviewFactsTable;
  web_jobs: WebJobsTable;
  feeds: FeedsTable;
  feed_items_seen: FeedItemsSeenTable;
  http_validators: HttpValidatorsTable;
  data_version: DataVersionTable;
}
