/**
 * Documents the pipeline holds for a person instead of storing them as reviews: one that is not a film review
 * (the gate's reasons say why), or one whose film the evidence does not decide (the candidates and the evidence
 * for each). A held document is never counted; an editor releases it (naming its film when that was the
 * question) or dismisses it.
 */
import type { RawDocument } from './document.ts';

export type HoldCode =
  /** The gate found it is not a review of a film (news, a game or product review, a list…). */
  | 'not-a-film-review'
  /** It reviews a film, but more than one film fits and nothing in it decides which. */
  | 'which-film'
  /** Its outlet is blocked by an editor (`plaudit outlet block`); the reason is the editor's. */
  | 'blocked-outlet';

/** A film a held review may be about, with what speaks for it. */
export interface FilmCandidate {
  filmId: number;
  title: string | null;
  year: number | null;
  /** What in the review points at this film ("names the director John Carpenter", "says 1978"); may be empty. */
  evidence: string[];
}

export interface Hold {
  code: HoldCode;
  /** One line for a list: "not a film review: JSON-LD says it reviews a VideoGame". */
  reason: string;
  /** Every reason behind the decision, strongest first. */
  reasons: string[];
  /** For 'which-film'; empty otherwise. */
  candidates: FilmCandidate[];
}

export type HeldStatus = 'held' | 'released' | 'dismissed';

export interface HeldDocument {
  id: number;
  document: RawDocument;
  hold: Hold;
  status: HeldStatus;
  heldAt: string;
  resolvedAt: string | null;
  /** The review a release made. */
  reviewId: number | null;
}
