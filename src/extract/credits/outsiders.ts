/**
 * People a review names who are not in the film: the author it quotes ("Leslie Jamison wrote:", "(per
 * Jamison)", "Jamison's writing"), the singer whose song is named ("a Bryan Adams song"), the star the character
 * is compared to ("a Courtney Love-esque rock star"), an actor in another film ("Jennifer Jason Leigh's
 * character in Georgia"). Their name keys veto the weak prose readings (a possessive, a role noun) of the same
 * review; a character pair or a credit line still stands, since it says outright that they are in the film.
 */
import { NAME, nameKey, titleKey } from './names.ts';
import type { CreditContext } from './text-unit.ts';

const COMPARED = new RegExp(`(${NAME})-(?:esque|like|style|ian|ish)\\b`, 'gu');
const LIKE = new RegExp(`\\b(?:like|unlike|compared to|comparisons to|shades of|echoes of|channel(?:l)?ing|à la|a la|reminiscent of)\\s+(${NAME})(?![\\p{L}'’])`, 'gu');
const MUSIC = new RegExp(`(${NAME})(?:['’]s?)?\\s+(?:song|songs|album|track|tune|single|outtake|record|ballad|anthem|hit)\\b`, 'gu');
const MUSIC_BY = new RegExp(`\\b(?:song|songs|album|track|tune|single|ballad|hit)\\s+by\\s+(${NAME})`, 'gu');
const AUTHOR = new RegExp(
  `(${NAME})\\s+(?:wrote|writes|observes|observed|argues|argued|pivots)\\b(?!\\s+(?:and directed|the (?:film|movie|script|screenplay)))`,
  'gu',
);
const PER = new RegExp(`\\((?:per|via|says|as)\\s+(${NAME})\\)`, 'gu');
const AUTHORSHIP = new RegExp(
  `(${NAME})(?:['’]s|['’])\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?(?:writing|book|books|memoir|novel|novels|essay|essays|words|prose|poem|poems|lyrics|championing|column)\\b`,
  'gu',
);
const OTHER_ROLE = new RegExp(
  `(${NAME})(?:['’]s|['’])\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?(?:character|role|performance|turn|part)\\s+in\\s+[“"]?(\\p{Lu}[^,.;:!?()“”"]{0,60})`,
  'gu',
);

/**
 * Each pattern with a cheap test of the words it needs: the patterns start with a name, which a regular
 * expression tries at every capital, so they run only on sentences that have the words.
 */
const GUARDED: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/-(?:esque|like|style|ian|ish)\b/, COMPARED],
  [/\b(?:like|unlike|compared|comparisons|shades|echoes|channel|à la|a la|reminiscent)\b/, LIKE],
  [/\b(?:song|songs|album|track|tune|single|outtake|record|ballad|anthem|hit)\b/, MUSIC],
  [/\b(?:song|songs|album|track|tune|single|ballad|hit)\s+by\b/, MUSIC_BY],
  [/\b(?:wrote|writes|observes|observed|argues|argued|pivots)\b/, AUTHOR],
  [/\((?:per|via|says|as)\s/, PER],
  [/\b(?:writing|books?|memoir|novels?|essays?|words|prose|poems?|lyrics|championing|column)\b/, AUTHORSHIP],
];

/** Name keys of the people the sentences tie to something outside the film. */
export function outsiders(sentences: readonly string[], ctx: CreditContext): Set<string> {
  const keys = new Set<string>();
  const add = (name: string | undefined): void => {
    if (name === undefined) return;
    // "Then Jamison" and "Jamison" are the same person: keep every tail of the run.
    const words = name.trim().split(/\s+/);
    for (let i = 0; i < words.length; i += 1) keys.add(nameKey(words.slice(i).join(' ')));
  };
  for (const sentence of sentences) {
    for (const [needs, pattern] of GUARDED) {
      if (needs.test(sentence)) for (const m of sentence.matchAll(pattern)) add(m[1]);
    }
    if (!/\b(?:character|role|performance|turn|part)\s+in\b/.test(sentence)) continue;
    for (const m of sentence.matchAll(OTHER_ROLE)) {
      const film = ctx.filmTitle === null ? '' : titleKey(ctx.filmTitle);
      if (film === '' || !titleKey(m[2] ?? '').startsWith(film)) add(m[1]);
    }
  }
  return keys;
}
