/**
 * Reads again, beside one another, the text-judged reviews of each film a write changed: the use-case layer's part of
 * every save and editorial change, run by the store inside the same transaction (port.ts FilmsChangedHook). It always
 * starts from each review's reading alone, so a film read twice gets the same figures, and a film that drops below
 * the pooling minimum gets its readings alone back. Only readings that change are written.
 */
import { readInFilmContext, type FilmReader, type FilmReading, type JudgedReview } from '../judge/film-context.ts';
import type { FilmsChangedHook, ReadingInContext } from '../store/port.ts';

/** What a film's reviews read beside one another make of each (judge/film-context.ts, with the model's reader). */
export type FilmRereader = <T extends JudgedReview>(reviews: readonly T[]) => Pick<FilmReading<T>, 'reviews' | 'pooled'>;

/** The reader a model gives (its filmReader), as a FilmRereader. */
export function filmRereader(reader: FilmReader): FilmRereader {
  return (reviews) => readInFilmContext(reviews, reader);
}

/**
 * The hook that reads every changed film in context with `reread`.
 *
 * @example
 * const store = await openSqliteStore({ path, onFilmsChanged: readFilmsInContext(filmRereader(model.filmReader)) });
 */
export function readFilmsInContext(reread: FilmRereader): FilmsChangedHook {
  return async (readings, filmIds) => {
    for (const alone of (await readings.textReadings(filmIds)).values()) {
      const { reviews, pooled } = reread(alone);
      const contextReviews = pooled > 0 ? pooled : null;
      const changed: ReadingInContext[] = [];
      for (const [i, read] of reviews.entries()) {
        const { stored, verdictSource, versionId } = alone[i]!;
        // An editor's verdict is never written over; the review is only read as evidence.
        if (verdictSource === 'editor') continue;
        const same =
          stored.verdict === read.verdict &&
          stored.probability === read.probability &&
          stored.score === read.score &&
          stored.contextReviews === contextReviews;
        if (!same) changed.push({ versionId, verdict: read.verdict, probability: read.probability, score: read.score, contextReviews });
      }
      await readings.writeReadings(changed);
    }
  };
}
