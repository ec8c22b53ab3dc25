/** Films, reviews as stored, and the shapes read back out of the store. */
import type { DroppedLine, FilmRef } from './document.ts';
import type { ReviewCorrection } from './correction.ts';
import type { JudgementSource, Verdict } from './verdict.ts';

export interface Film {
  id: number;
  /** Identity within the store: "key:<export key>" or "title:<normalised title>:<year or blank>". */
  key: string;
  title: string | null;
  year: number | null;
}

export interface FilmSummary extends Film {
  reviewCount: number;
  /** Verdicts that are positive, each counted once. */
  positiveCount: number;
  /**
   * The positive count the film's figure is computed from: a known verdict counts 1 or 0, a verdict read from the
   * text counts by its probability (aggregate/expected-positive.ts). Equals positiveCount when no verdict is read.
   */
  expectedPositive: number;
}

/** The current version of one review, joined with its critic and outlet. */
export interface StoredReview {
  id: number;
  versionId: number;
  version: number;
  filmId: number;
  documentId: number;
  sourceName: string;
  sourceKey: string;
  critic: string | null;
  outlet: string | null;
  publishedAt: string | null;
  ratingRaw: string | null;
  ratingScore: number | null;
  verdict: Verdict;
  probability: number;
  score: number;
  verdictSource: JudgementSource;
  scoreSource: JudgementSource;
  text: string;
  firstSentence: string;
  topCritic: boolean;
  url: string | null;
  evidence: string[];
  /** Version strings of the stages that produced this review, so a changed stage says what to recompute. */
  stageVersions: Record<string, string>;
  /**
   * The earlier review of the same film whose text this one nearly duplicates (the same review syndicated on
   * another site), or null. A duplicate is shown but not counted.
   */
  duplicateOf: number | null;
  /**
   * The language of its text (domain/language.ts): "eng", "fra", "und"…; null when it has no text or was stored
   * before languages were detected (it was read as English then).
   */
  language: string | null;
  /**
   * The critic's own headline, labels and site name removed ("A Punk Rock Masterpiece"); null when the page had
   * none that names the film, for records, and for versions stored before headlines were kept.
   */
  headline: string | null;
  /**
   * Set when the verdict, probability and score come from reading this text-judged review beside its film's other
   * text-judged reviews: how many were read together, and what the text said alone. Null when read alone.
   */
  readInContext: ReadInContext | null;
  /**
   * An editor's correction of the review, or null. A corrected verdict or score replaces the judged one (its source
   * then reads 'editor'); a removed review is left out of its film's counts and lists but still read by id.
   */
  correction: ReviewCorrection | null;
}

export interface ReadInContext {
  reviews: number;
  alone: { verdict: Verdict; probability: number; score: number };
}

export type { FilmRef, DroppedLine };
