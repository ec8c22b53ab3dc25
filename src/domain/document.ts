/** The shapes a review takes on its way through the pipeline: raw document, cleaned document, draft. */

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'record';

/**
 * Fields of one row of a JSONL/CSV export after the column mapping has been applied.
 * Every field is optional: an export may carry only a film key and a label, for instance.
 */
export interface RecordFields {
  text?: string;
  filmTitle?: string;
  filmYear?: number;
  /** An export's own key for the film (the RT export's movie id); a film may have a key and no title. */
  filmKey?: string;
  /** The film's IMDb id ("tt0077651"), the strongest evidence of which film a row reviews. */
  filmImdbId?: string;
  critic?: string;
  outlet?: string;
  publishedAt?: string;
  /** The rating as written: "3/5", "B+", "★★★½". */
  rating?: string;
  /** A verdict label given by the source: fresh/rotten, positive/negative, pos/neg, 1/0. */
  label?: 'positive' | 'negative';
  topCritic?: boolean;
  url?: string;
  /** The review's identity in the store it was exported from (a Plaudit export's `source_key`). */
  sourceKey?: string;
  /** The critic's headline as a Plaudit export carries it (extract/critic-headline.ts found it on the page). */
  headline?: string;
  /** The judgement a Plaudit export carries for the review; absent for every other source. */
  recordedJudgement?: import('./verdict.ts').RecordedJudgement;
}

export interface RawDocument {
  /** What to call the document in reports: a path, "path#row 12", "stdin". */
  sourceName: string;
  /**
   * Where the review lives, stable across edits: a changed document with the same key is a new version of the
   * same review, not a new review.
   */
  sourceKey: string;
  format: DocumentFormat;
  content: string;
  /** sha256 of the content (and of the mapped fields for records), hex. */
  contentHash: string;
  byteLength: number;
  record?: RecordFields;
  /** A film title forced by the user (`plaudit ingest --film`), which wins over extraction. */
  filmHint?: string;
  /**
   * The film an editor chose for a held document (`plaudit held release ID --film NAME`), by its id; wins over
   * every other evidence, as filmHint does.
   */
  filmId?: number;
  /**
   * Who vouched that this is a film review when the gate would be asked (an editor releasing it from the held
   * list): the gate is not run.
   */
  vouchedBy?: string;
  /**
   * Who sent the document, when it is not the store's own user (the CLI): an API token may make new versions only
   * of the reviews it added itself.
   */
  addedBy?: { apiTokenId: number };
  /** What was changed or left out on the way in (control characters replaced, a link that is not http(s)). */
  warnings?: string[];
}

export type DropReason =
  | 'breadcrumb'
  | 'advert'
  | 'photo-credit'
  | 'author-bio'
  | 'comments'
  | 'site-navigation'
  | 'caption'
  | 'repeated-paragraph'
  | 'repeated-pull-quote'
  | 'signature'
  | 'info-box'
  | 'empty'
  | 'page-chrome';

export interface DroppedLine {
  text: string;
  reason: DropReason;
}

/** Metadata read from the page itself (meta tags, JSON-LD, Readability's byline), before any guessing. */
export interface PageMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedAt?: string;
  description?: string;
  lang?: string;
  url?: string;
  /** Parsed JSON-LD blocks, as found. */
  jsonLd?: unknown[];
}

export interface CleanDocument {
  /** The review's own paragraphs, boilerplate removed, each paragraph once. */
  paragraphs: string[];
  /** Header lines that came before the review body (headline, standfirst), kept apart for extraction. */
  headings: string[];
  dropped: DroppedLine[];
  meta: PageMetadata;
  version: string;
}

export type FieldSource =
  | 'record'
  | 'user'
  | 'json-ld'
  | 'meta-tag'
  | 'byline'
  | 'signature'
  | 'author-bio'
  | 'headline'
  | 'text'
  | 'credit-line';

export interface Sourced<T> {
  value: T;
  source: FieldSource;
  /** The words the value was read from, where there is one. */
  evidence?: string;
}

export interface FilmRef {
  title?: string;
  year?: number;
  /** An export's own film key, used when there is no title. */
  key?: string;
  /** "tt0077651", from the record or the page's JSON-LD. */
  imdbId?: string;
  /** A stored film already decided on: by an editor, or by the film matcher from the catalog's evidence. */
  filmId?: number;
}

export interface ReviewDraft {
  film: Sourced<FilmRef> | null;
  critic: Sourced<string> | null;
  outlet: Sourced<string> | null;
  publishedAt: Sourced<string> | null;
  rating: Sourced<import('./rating.ts').Rating> | null;
  label: 'positive' | 'negative' | null;
  topCritic: boolean;
  url: string | null;
  text: string;
  firstSentence: string;
  /**
   * The critic's own headline, without the "⟨Title⟩ review:" label and the site's name (extract/critic-headline.ts):
   * "A Punk Rock Masterpiece". Null when the page has none that names the film, and for records.
   */
  headline: string | null;
  /** A judgement the record arrives with (a Plaudit export's), which the judge keeps instead of judging again. */
  recordedJudgement?: import('./verdict.ts').RecordedJudgement;
  version: string;
}
