/**
 * Who, besides the cast and crew, a film's reviews name: the characters ("Becky Something (Elisabeth Moss)",
 * "Moss plays Becky", "Agyness Deyn’s Mari") and the authors a critic quotes ("Jamison observes", "per Jamison").
 * "Becky’s solo performance" is a scene in the story and "Jamison’s writing" a book, so a craft word they own is
 * not a judgement of the film's craft. Read once per film from all its reviews, because a review often
 * introduces a character in one sentence and owns a craft word by it several sentences later.
 */
import type { AnalysedReview } from '../types.ts';

export interface FilmPeople {
  /** Characters, by every capitalised word of their names ("Becky", "Something"). */
  characters: ReadonlySet<string>;
  /** Authors the reviews quote or cite, by surname. */
  citedAuthors: ReadonlySet<string>;
}

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]+";
const NAME = `${WORD}(?:\\s+${WORD}){0,2}`;
/** Words that open sentences or titles, never a character's name. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'Her', 'His', 'Their', 'It', 'This', 'That', 'In', 'On', 'As', 'But', 'And', 'When', 'While']);

export function readFilmPeople(reviews: readonly AnalysedReview[], performerPattern: RegExp | null): FilmPeople {
  const characters = new Set<string>();
  const citedAuthors = new Set<string>();
  const performer = performerPattern ? performerPattern.source : null;
  const patterns: RegExp[] = [
    // "Becky Something (Elisabeth Moss)": a name, then a performer in brackets.
    ...(performer ? [new RegExp(`(${NAME})\\s+\\((?:${performer})`, 'gu')] : []),
    // "Moss plays Becky", "Moss as Becky", "Deyn’s Mari".
    ...(performer ? [new RegExp(`(?:${performer})(?:\\s+(?:plays|stars as|as)\\s+|['’]s?\\s+)(${NAME})`, 'gu')] : []),
  ];
  const cited = new RegExp(`(?:\\bper\\s+(${WORD})|(${WORD})\\s+(?:observes|writes|wrote|argues|notes|puts it|recalls))\\b`, 'gu');
  for (const { sentences } of reviews) {
    for (const sentence of sentences) {
      for (const pattern of patterns) {
        for (const m of sentence.matchAll(pattern)) {
          for (const word of m[1]!.split(/\s+/)) if (!NOT_NAMES.has(word) && !matchesWhole(performerPattern, word)) characters.add(word);
        }
      }
      for (const m of sentence.matchAll(cited)) {
        const name = (m[1] ?? m[2])!;
        if (!NOT_NAMES.has(name) && !matchesWhole(performerPattern, name)) citedAuthors.add(name);
      }
    }
  }
  return { characters, citedAuthors };
}

function matchesWhole(pattern: RegExp | null, word: string): boolean {
  if (!pattern) return false;
  const whole = new RegExp(`^(?:${pattern.source})$`, 'u');
  return whole.test(word);
}
