/** A stored film a review may be about, with what the store knows that a review's text could echo. */
export interface CandidateFilm {
  id: number;
  title: string | null;
  year: number | null;
  imdbId: string | null;
  /** The catalog's directors, then those the film's reviews name. */
  directors: string[];
  /** The cast the film's reviews name, most named first. */
  cast: string[];
}
