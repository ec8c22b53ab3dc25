/** What the server is built from: handed in by the composition root (the serve command), never constructed here. */
import type { TextModel } from '../domain/verdict.ts';
import type { WebStore } from '../store/web-port.ts';

export interface ServerDeps {
  store: WebStore;
  /** The judge's text model, for reviews posted to the ingest endpoint. */
  model: TextModel;
  /** Scores show on a profile from this many reviews (Config.minReviews). */
  minReviews: number;
  /** The largest review body the ingest endpoint takes (Config.maxDocumentBytes). */
  maxDocumentBytes: number;
  /** Where server errors are reported (default console.error). */
  log?: (message: string) => void;
}
