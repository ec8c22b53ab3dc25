/** What the server is built from: handed in by the composition root (the serve command), never constructed here. */
import type { Logger } from 'pino';
import type { WeightSettings } from '../aggregate/profile/weights.ts';
import type { JudgeModel } from '../judge/judge-model.ts';
import type { DocumentProcessor } from '../pipeline/isolated-processor.ts';
import type { WebStore } from '../store/web-port.ts';
import type { RateLimiterOptions } from './middleware/rate-limit.ts';

export interface ServerLimits {
  /** Non-GET API requests per client address (default 60 a minute). */
  writes?: RateLimiterOptions;
  /** Requests with a missing or wrong token to a token-protected endpoint, per client address (default 20 in 15 minutes). */
  failedTokenChecks?: RateLimiterOptions;
  /**
   * The server runs behind a reverse proxy that appends the client's address to X-Forwarded-For: count that address,
   * not the proxy's (default false: the header is ignored, since any client can write it).
   */
  trustProxy?: boolean;
}

export interface ServerDeps {
  store: WebStore;
  /** The judge's text model, which film profiles use. */
  model: JudgeModel;
  /**
   * Cleans, extracts and judges reviews posted to the ingest endpoint off the event loop, with time and memory
   * limits (pipeline/isolated-processor.ts). Its owner closes it.
   */
  processor: DocumentProcessor;
  /** Scores show on a profile from this many reviews (Config.minReviews). */
  minReviews: number;
  /** Outlet and critic weights for the profiles' weighted figures (Config.weights), as `plaudit film` uses them. */
  weights: WeightSettings;
  /** The largest review body the ingest endpoint takes (Config.maxDocumentBytes). */
  maxDocumentBytes: number;
  /**
   * The address readers reach the site at (e.g. "https://reviews.example.org"), for links that leave the site,
   * such as the badge's embed code. Unset: each page uses the origin its request was made to, which behind a
   * reverse proxy is the proxy's inner address, so a proxied site should set it.
   */
  publicUrl?: string;
  /** A web worker runs beside the server (`serve --watch`), so URLs posted to /api/v1/urls are fetched soon. */
  watching?: boolean;
  /** Called after URLs are queued, so a worker beside the server starts on them without waiting for its next pass. */
  onUrlsQueued?: () => void;
  /** Rate limits; each has defaults. */
  limits?: ServerLimits;
  /**
   * Where each request (method, path, status, ms) and each server error is logged, one JSON line apiece
   * (server/logger.ts builds it from Config.logLevel). Without one, errors go to stderr and requests are not logged.
   */
  logger?: Logger;
}
