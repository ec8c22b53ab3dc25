/**
 * Which stored film a review is about, strongest evidence first: the film an editor chose; an IMDb id in the
 * record or the page's JSON-LD; an export's own film key (the store's key rules decide); then the title, with its
 * year when the review states one; then, when several stored films share the title, the cues in the text (a year,
 * the director, cast members) checked against each. A guess is never made: when the cues do not single out one
 * film, the review is held as "which film?" with every candidate and the evidence for each.
 * Pure: the candidates are handed in (the store finds them by IMDb id, title and alias).
 */
import type { FilmRef } from '../domain/document.ts';
import type { FilmCandidate, Hold } from '../domain/held.ts';
import { nameKey } from '../store/name-key.ts';
import type { CandidateFilm } from './candidate-film.ts';
import { cuesFor, remakeYears, reviewWords, type Cue } from './text-cues.ts';

export type { CandidateFilm } from './candidate-film.ts';

export type FilmMatch =
  /** This stored film, for the reason given. */
  | { kind: 'film'; filmId: number; reason: string }
  /** No stored film competes: the store's own key and title rules find or create the film. */
  | { kind: 'store' }
  | { kind: 'hold'; hold: Hold };

export interface MatchFilmInput {
  ref: FilmRef;
  /** The review's headings and text, where the cues are looked for. */
  text: string;
  /** Stored films with the ref's IMDb id, title or alias. */
  candidates: readonly CandidateFilm[];
}

/** The winner's cues must weigh at least this much, and this many times the runner-up's. */
const MIN_WEIGHT = 2;
const MIN_LEAD = 2;

export function matchFilm({ ref, text, candidates }: MatchFilmInput): FilmMatch {
  if (ref.filmId !== undefined) return { kind: 'film', filmId: ref.filmId, reason: 'chosen by an editor' };
  if (ref.imdbId !== undefined) {
    const byId = candidates.find((film) => film.imdbId === ref.imdbId);
    if (byId) return { kind: 'film', filmId: byId.id, reason: `IMDb id ${ref.imdbId}` };
  }
  if (ref.key?.trim()) return { kind: 'store' };
  if (ref.title === undefined || nameKey(ref.title) === '') return { kind: 'store' };
  // The store found these by title or alias. One whose IMDb id differs from the review's is another film.
  const pool = candidates.filter((film) => film.title !== null && (ref.imdbId === undefined || film.imdbId === null));
  if (pool.length === 0) return { kind: 'store' };
  if (ref.year !== undefined) return matchWithYear(ref, pool);
  return matchByCues(ref.title ?? '', text, pool);
}

function matchWithYear(ref: FilmRef, pool: readonly CandidateFilm[]): FilmMatch {
  const sameYear = pool.filter((film) => film.year === ref.year);
  if (sameYear.length === 1) return { kind: 'film', filmId: sameYear[0]!.id, reason: `title and year ${ref.year}` };
  if (sameYear.length === 0) return { kind: 'store' };
  return hold(`${sameYear.length} stored films are called "${ref.title}" (${ref.year})`, sameYear.map((film) => candidate(film, [])));
}

function matchByCues(title: string, text: string, pool: readonly CandidateFilm[]): FilmMatch {
  const words = reviewWords(text);
  const scored = pool.map((film) => ({ film, cues: cuesFor(film, words) }));
  const newYears = remakeYears(text).filter((year) => !pool.some((film) => film.year === year));
  if (newYears.length > 0) {
    // The review speaks of a sequel or remake of a year no stored film has: filing it under the stored film of
    // that title is exactly the mistake ("David Gordon Green's 2018 sequel" under the 1978 Halloween).
    const reason = `it speaks of a ${newYears.join(' or ')} sequel or remake, and no stored "${title}" is from ${newYears.join(' or ')}`;
    return hold(reason, scored.map(({ film, cues }) => candidate(film, cues)));
  }
  if (pool.length === 1) return { kind: 'film', filmId: pool[0]!.id, reason: 'the only stored film of that title' };
  const ranked = [...scored].sort((a, b) => weight(b.cues) - weight(a.cues));
  const [best, next] = ranked as [(typeof ranked)[number], (typeof ranked)[number]];
  if (weight(best.cues) >= MIN_WEIGHT && weight(best.cues) >= MIN_LEAD * weight(next.cues)) {
    return { kind: 'film', filmId: best.film.id, reason: best.cues.map((cue) => cue.evidence).join('; ') };
  }
  const because = ranked.every(({ cues }) => cues.length === 0)
    ? `${pool.length} stored films are called "${title}" and the review states no year, director or cast member of any`
    : `${pool.length} stored films are called "${title}" and the review's cues do not single one out`;
  return hold(because, ranked.map(({ film, cues }) => candidate(film, cues)));
}

function weight(cues: readonly Cue[]): number {
  return cues.reduce((sum, cue) => sum + cue.weight, 0);
}

function candidate(film: CandidateFilm, cues: readonly Cue[]): FilmCandidate {
  return { filmId: film.id, title: film.title, year: film.year, evidence: cues.map((cue) => cue.evidence) };
}

function hold(reason: string, candidates: FilmCandidate[]): FilmMatch {
  return { kind: 'hold', hold: { code: 'which-film', reason: `which film? ${reason}`, reasons: [reason], candidates } };
}
