/**
 * The one edge where errors become HTTP responses. Handlers and middleware throw PlauditError (or let the store's
 * errors pass); this maps each code to a status and answers JSON under /api and an HTML page elsewhere. Anything
 * that is not a PlauditError is a bug: logged with its stack, answered as a plain 500 without internals. A store's
 * or driver's words (SQL, file paths) never leave the server either: 'store-failed' and 'internal' answer a fixed
 * message and their detail goes to the log only.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { PlauditError, type PlauditErrorCode } from '../domain/errors.ts';
import { AmbiguousFilmError } from '../use-cases/find-film.ts';
import { filmCandidateJson } from './api/film-candidates-json.ts';

const STATUS: Partial<Record<PlauditErrorCode, ContentfulStatusCode>> = {
  'not-found': 404,
  'invalid-argument': 400,
  'invalid-config': 400,
  malformed: 400,
  'missing-column': 400,
  empty: 400,
  binary: 400,
  'invalid-encoding': 400,
  unauthorized: 401,
  forbidden: 403,
  'too-large': 413,
  'unsupported-media-type': 415,
  // The request names several films: it conflicts with what the store holds, and the body lists the films.
  ambiguous: 409,
  'no-review-text': 422,
  'unknown-film': 422,
  'too-complex': 422,
  'rate-limited': 429,
  'store-failed': 503,
  busy: 503,
};

/** What a client is told for errors whose own message is for the operator only. */
const FIXED_MESSAGES: Partial<Record<PlauditErrorCode, string>> = {
  'store-failed': 'The review store is unavailable right now; try again in a moment. The error has been logged.',
  internal: 'Something went wrong on our side; the error has been logged.',
};

/** A refusal the client may retry after a wait (a rate limit): the edge sends the wait as Retry-After. */
export class RetryLaterError extends PlauditError {
  readonly retryAfterSeconds: number;

  constructor(code: PlauditErrorCode, message: string, retryAfterSeconds: number) {
    super(code, message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function statusFor(code: PlauditErrorCode): ContentfulStatusCode {
  return STATUS[code] ?? 500;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    /** For 'ambiguous': the films the name fits, each with a name that opens it alone. */
    candidates?: ReturnType<typeof filmCandidateJson>[];
  };
}

/** `detail`: what else the body lists: a ZodError's issues, an AmbiguousFilmError's candidates. */
export function errorBody(code: string, message: string, detail?: unknown): ErrorBody {
  const body: ErrorBody = { error: { code, message } };
  if (detail instanceof ZodError) {
    body.error.issues = detail.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  }
  if (detail instanceof AmbiguousFilmError) body.error.candidates = detail.candidates.map(filmCandidateJson);
  return body;
}

/** The part of the server's logger (pino, server/logger.ts) the error edge writes to. */
export interface ErrorLogger {
  error(fields: Record<string, unknown>, message: string): void;
}

export interface ErrorEdgeOptions {
  /** The HTML page for an error outside the API. */
  renderPage: (status: ContentfulStatusCode, message: string) => string;
  /** Where errors are logged, with the request's method and path and the error's stack (default: stderr). */
  logger?: ErrorLogger;
}

/** Without a logger, still say what went wrong, on stderr, so a 500 never goes unexplained. */
const stderrLogger: ErrorLogger = {
  error: (fields, message) => {
    const err = fields.err instanceof Error ? `\n  caused by: ${fields.err.stack ?? fields.err.message}` : '';
    console.error(`plaudit server: ${message}${err}`);
  },
};

function isApi(c: Context): boolean {
  return new URL(c.req.url).pathname.startsWith('/api/');
}

function where(c: Context): Record<string, unknown> {
  return { method: c.req.method, path: c.req.path };
}

function respond(c: Context, options: ErrorEdgeOptions, status: ContentfulStatusCode, body: ErrorBody): Response {
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="plaudit"');
  c.header('Cache-Control', 'no-store');
  if (isApi(c)) return c.json(body, status);
  return c.html(options.renderPage(status, body.error.message), status);
}

/**
 * @example
 * app.onError(errorHandler({ renderPage: errorPage }));
 */
export function errorHandler(options: ErrorEdgeOptions): ErrorHandler {
  const logger = options.logger ?? stderrLogger;
  return (error, c) => {
    if (error instanceof PlauditError) {
      const status = statusFor(error.code);
      const fixed = FIXED_MESSAGES[error.code];
      if (status >= 500 || fixed !== undefined) {
        const cause = error.cause === undefined ? {} : { err: error.cause };
        logger.error({ ...where(c), code: error.code, status, ...cause }, `${error.code}: ${error.message}`);
      }
      if (error instanceof RetryLaterError) c.header('Retry-After', String(error.retryAfterSeconds));
      // An ambiguous film name carries its candidates itself, not as a cause: handed on so the body lists them.
      const detail = error instanceof AmbiguousFilmError ? error : error.cause;
      return respond(c, options, status, errorBody(error.code, fixed ?? error.message, detail));
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      if (status >= 500) {
        logger.error({ ...where(c), status, err: error }, `HTTP ${status}: ${error.message}`);
        return respond(c, options, status, errorBody('internal', FIXED_MESSAGES.internal as string));
      }
      const code = status === 413 ? 'too-large' : 'invalid-argument';
      return respond(c, options, status, errorBody(code, error.message || 'The request was refused.'));
    }
    logger.error({ ...where(c), status: 500, err: error }, `unexpected error: ${(error as Error)?.message ?? String(error)}`);
    return respond(c, options, 500, errorBody('internal', FIXED_MESSAGES.internal as string));
  };
}

export function notFoundHandler(options: ErrorEdgeOptions): NotFoundHandler {
  return (c) => respond(c, options, 404, errorBody('not-found', `Nothing here: ${new URL(c.req.url).pathname}`));
}
