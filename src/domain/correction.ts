/**
 * An editor's correction of one review (issue 15): what the editor set, and whether the review is removed. It is
 * kept apart from the judged figures, keyed by the review, so re-ingesting or a new version of the text keeps it.
 */
import type { Verdict } from './verdict.ts';

/** The correction as stored: the state an audit entry records before and after a change. */
export interface CorrectionState {
  verdict: Verdict | null;
  score: number | null;
  note: string;
  removed: boolean;
  removedReason: string | null;
  /** The review version current when the correction was made. */
  version: number;
}

/** A correction as a review carries it when read. */
export interface ReviewCorrection {
  verdict?: Verdict;
  score?: number;
  note: string;
  removed: boolean;
  removedReason: string | null;
  /** The review's text changed (a new version arrived) since the correction was made. */
  textChangedSince: boolean;
  /** ISO time. */
  at: string;
  actor: string;
}

/** A correction that sets nothing and removes nothing has no effect; the store keeps no row for it. */
export function isEmptyCorrection(state: CorrectionState): boolean {
  return state.verdict === null && state.score === null && !state.removed;
}

/** Equal for undo's purposes: the version the correction was made at is not part of what the editor set. */
export function sameCorrection(a: CorrectionState | null, b: CorrectionState | null): boolean {
  if (a === null || b === null) return a === b;
  return a.verdict === b.verdict && a.score === b.score && a.note === b.note && a.removed === b.removed && a.removedReason === b.removedReason;
}
