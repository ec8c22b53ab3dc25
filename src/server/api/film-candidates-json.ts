/** The films an ambiguous film name fits, as the API's 409 body lists them (errors.ts adds them to the error). */
import type { FilmCandidateName } from '../../use-cases/find-film.ts';
import { API_PREFIX, filmPath } from '../paths.ts';

export function filmCandidateJson({ film, name }: FilmCandidateName) {
  return {
    id: film.id,
    title: film.title,
    year: film.year,
    reviewCount: film.reviewCount,
    /** A film name that opens this film alone: "Title (Year)" where that is unique, else the id. */
    name,
    links: { self: `${API_PREFIX}/films/${film.id}`, page: filmPath(film) },
  };
}
