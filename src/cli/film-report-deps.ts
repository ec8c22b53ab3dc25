/** The film report's dependencies from the CLI's app: the configured store, judge model, minimum and weights. */
import type { App } from '../app.ts';
import type { FilmReportDeps } from '../use-cases/film-report.ts';

export function filmReportDeps(app: App): FilmReportDeps {
  return {
    store: app.store,
    // Read on first use, as App reads it: a store with no films to report never decodes the model file.
    get model() {
      return app.model;
    },
    minReviews: app.config.minReviews,
    weights: app.config.weights,
  };
}
