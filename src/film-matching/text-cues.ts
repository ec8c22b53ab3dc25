/**
 * What in a review's text points at one film of several that share a title: a year it mentions, a director or
 * actor it names. Pure; each cue carries the words a person can check ("names the director John Carpenter").
 */
import { comparisonKey } from '../clean/normalize-text.ts';
import type { CandidateFilm } from './candidate-film.ts';

export interface Cue {
  /** How much the cue says: a director named in full outweighs a year, which outweighs an actor. */
  weight: number;
  evidence: string;
}

// A director named in full is the clearest sign: two films of one title rarely share a director.
const DIRECTOR = 3;
// A year can be the film's or a reference ("Carpenter's 1978 original"), so it counts for less.
const YEAR = 2;
// A surname alone, or an actor (actors return in sequels and remakes), says least.
const SURNAME = 1;
const ACTOR = 1;
const MAX_ACTOR_CUES = 3;

/** The review's text prepared once for every candidate's cues: its words, lower-cased and without accents. */
export interface ReviewWords {
  /** comparisonKey of the text, padded with spaces so a phrase is found as whole words with ` ${phrase} `. */
  padded: string;
  years: Set<number>;
}

export function reviewWords(text: string): ReviewWords {
  const years = new Set<number>();
  for (const match of text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) years.add(Number(match[1]));
  return { padded: ` ${comparisonKey(text)} `, years };
}

function names(words: ReviewWords, name: string): boolean {
  const key = comparisonKey(name);
  return key !== '' && words.padded.includes(` ${key} `);
}

export function cuesFor(film: CandidateFilm, words: ReviewWords): Cue[] {
  const cues: Cue[] = [];
  if (film.year !== null && words.years.has(film.year)) cues.push({ weight: YEAR, evidence: `says ${film.year}` });
  for (const director of film.directors) {
    if (names(words, director)) {
      cues.push({ weight: DIRECTOR, evidence: `names the director ${director}` });
      continue;
    }
    const surname = director.trim().split(/\s+/).at(-1) ?? '';
    if (surname.length > 2 && surname !== director.trim() && names(words, surname)) {
      cues.push({ weight: SURNAME, evidence: `names ${surname} (the director ${director}?)` });
    }
  }
  const actors = film.cast.filter((actor) => actor.trim().includes(' ') && names(words, actor)).slice(0, MAX_ACTOR_CUES);
  for (const actor of actors) cues.push({ weight: ACTOR, evidence: `names ${actor}, in its cast` });
  return cues;
}

/**
 * A year a review ties to a sequel, remake or reboot ("David Gordon Green's 2018 sequel", "the 1998 remake"): a
 * sign that it reviews a film of that year even when no stored film has it.
 */
export function remakeYears(text: string): number[] {
  const found = new Set<number>();
  const pattern = /\b(1[89]\d\d|20\d\d)\s+(?:[\w'’-]+\s+){0,2}?(?:sequel|remake|reboot|reimagining|re-imagining|follow-up|continuation)\b/gi;
  for (const match of text.matchAll(pattern)) found.add(Number(match[1]));
  return [...found];
}
