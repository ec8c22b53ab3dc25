/**
 * The one error type of Plaudit. Per-document failures are data (recorded and reported, never fatal to a batch);
 * the CLI maps codes to exit codes and the server maps them to HTTP statuses, nowhere else.
 */
export type PlauditErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'invalid-encoding'
  | 'too-large'
  | 'malformed'
  | 'missing-column'
  | 'invalid-config'
  | 'invalid-argument'
  | 'no-review-text'
  | 'unknown-film'
  /** A name (a film's title, a slug) that fits several things: the error lists them, each with a name that fits it alone. */
  | 'ambiguous'
  | 'store-failed'
  /** A request to the server without a valid API token. */
  | 'unauthorized'
  /** A signed-in user or token without the role, scope or CSRF token the action needs. */
  | 'forbidden'
  /** A request body in a format the endpoint does not take. */
  | 'unsupported-media-type'
  /** A bug in Plaudit rather than a problem with the input. */
  | 'internal'
  /** A document that ran past the processing time or memory limit (a hostile or pathological page). */
  | 'too-complex'
  /** Too many documents already waiting to be processed: try again shortly. */
  | 'busy'
  /** Too many requests from one client address in a time window. */
  | 'rate-limited';

export class PlauditError extends Error {
  readonly code: PlauditErrorCode;

  constructor(code: PlauditErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PlauditError';
    this.code = code;
  }
}

/** A failure tied to one input document: what failed, where, and why. */
export interface DocumentFailure {
  source: string;
  code: PlauditErrorCode;
  message: string;
}

export function toDocumentFailure(source: string, error: unknown): DocumentFailure {
  if (error instanceof PlauditError) return { source, code: error.code, message: error.message };
  // Anything that is not a PlauditError is a bug of ours, not bad input: say so, so it gets reported.
  const message = error instanceof Error ? error.message : String(error);
  return { source, code: 'internal', message: `unexpected error (a bug in Plaudit, please report it): ${message}` };
}
