/**
 * When a document whose source key (a URL, a path, a row's place) already names a stored review may become a new
 * version of that review. A key alone is weak evidence: exports repeat one URL across films and critics, and an API
 * token holder could name any URL. So a document extends a review only when it is of the same film, by the same
 * critic or outlet (or neither names one that differs), and sent by the same sender; otherwise both are kept and
 * the conflict is reported. One exception: a review an editor moved to another film keeps that film, whatever film
 * the new text names, since the move is the editor's word on what the review is about (issue 15). Pure, so every
 * store adapter applies the same rule.
 */

/** What decides whether a document may extend a review: its film, critic, outlet and sender. */
export interface ReviewOwner {
  filmId: number;
  criticId: number | null;
  outletId: number | null;
  /** The API token that sent it; null for the CLI (the database's own user). */
  apiTokenId: number | null;
  /** True when an editor moved the stored review to its film: a new version stays on that film. */
  filmSetByEditor?: boolean;
}

/**
 * Null when `next` may become a new version of `stored`; otherwise why not, in words for the report.
 *
 * @example
 * conflictReason({ filmId: 1, criticId: 2, outletId: null, apiTokenId: null },
 *                { filmId: 1, criticId: 2, outletId: 5, apiTokenId: null }); // null
 */
export function conflictReason(stored: ReviewOwner, next: ReviewOwner): string | null {
  // The CLI speaks for the database's owner; a token may only extend what it added itself.
  if (next.apiTokenId !== null && stored.apiTokenId !== next.apiTokenId) {
    return 'that review was added by another sender, and an API token may only make new versions of its own reviews';
  }
  if (stored.filmId !== next.filmId && stored.filmSetByEditor !== true) return 'that review is of another film';
  if (!sameAuthor(stored, next)) return 'that review is by another critic and outlet';
  return null;
}

/** The same critic or outlet, both known; or nothing known about either that differs. */
function sameAuthor(a: ReviewOwner, b: ReviewOwner): boolean {
  if (agree(a.criticId, b.criticId) || agree(a.outletId, b.outletId)) return true;
  return !differ(a.criticId, b.criticId) && !differ(a.outletId, b.outletId);
}

function agree(a: number | null, b: number | null): boolean {
  return a !== null && a === b;
}

function differ(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && a !== b;
}
