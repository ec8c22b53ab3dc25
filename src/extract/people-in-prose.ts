/**
 * Which capitalised runs in a review are people (cast, characters, crew, other writers), so that the film-title
 * heuristics can leave them out. Reviews introduce people in a few set ways: a character followed by the actor
 * in brackets ("Becky Something (Elisabeth Moss)"), a role noun before the name ("director Alex Ross Perry"),
 * a verb only people take ("Moss plays", "Jamison observes"), a credit list ("With Elisabeth Moss, Dan
 * Stevens"), or a common first name. Once a full name is known, its parts ("Perry", "Becky") are people too.
 */
import type { CapitalisedRun } from '../text/capitalised-runs.ts';
import { isKnownFirstName } from './person-names.ts';

export interface AnalysedSentence {
  sentence: string;
  runs: CapitalisedRun[];
}

export interface People {
  isPerson(run: { text: string; words: readonly string[] }): boolean;
}

/** Words that begin titles and never names: "Her Smell", "The Rose", "A Woman Under the Influence". */
export const FUNCTION_WORDS = new Set([
  'her', 'his', 'the', 'a', 'an', 'my', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'no',
  'your', 'every', 'all',
]);

const ROLE_BEFORE =
  /\b(?:director|actress|actor|star|co-star|costar|filmmaker|writer-director|writer\/director|screenwriter|bassist|drummer|guitarist|singer|manager|producer|cinematographer|editor|composer|novelist|author|critic|husband|wife|daughter|son|mother|father|by|plays|played|named|actors|actresses)\s+$/i;
const PERSON_VERB_AFTER =
  /^(?:,\s*who\b|\s+(?:plays|played|wrote|writes|observes|says|said|told|explains|argues|notes|pivots|recalls|admits|directs|directed|co-stars|stars as)\b)/;
const WORK_AFTER_POSSESSIVE =
  /^\s*(?:[\p{L}\-]+,?\s+){0,2}(?:performance|character|turn|role|film|movie|camera|editing|writing|direction|directorial|debut|career|talent|dialogue|script|screenplay|score|gambit|instincts|filmography|oeuvre)\b/u;
const CREDIT_SENTENCE = /^(?:With|Starring|Stars|Cast|Directed by|Written by|Written and directed by|Directors?|Writers?)(?::|\s)/;
const YEAR_AFTER = /^,?\s*(?:19|20)\d\d\b/;

export function findPeople(sentences: readonly AnalysedSentence[]): People {
  const names = new Set<string>();
  for (const { sentence, runs } of sentences) {
    const creditList = CREDIT_SENTENCE.test(sentence);
    const depths = bracketDepths(sentence);
    runs.forEach((run, i) => {
      if (startsWithFunctionWord(run)) return;
      if ((creditList && i > 0) || looksLikePerson(sentence, run, depths)) names.add(run.text);
    });
  }
  const parts = new Set<string>();
  for (const name of names) for (const word of name.split(' ')) if (/^\p{Lu}/u.test(word)) parts.add(word);
  return {
    isPerson: (run) =>
      !startsWithFunctionWord(run) && (names.has(run.text) || run.words.every((w) => parts.has(w) || !/^\p{Lu}/u.test(w))),
  };
}

export function startsWithFunctionWord(run: { words: readonly string[] }): boolean {
  return FUNCTION_WORDS.has((run.words[0] ?? '').toLowerCase());
}

function looksLikePerson(sentence: string, run: CapitalisedRun, depths: BracketDepths): boolean {
  const before = sentence.slice(Math.max(0, run.start - 40), run.start);
  const after = sentence.slice(run.end, run.end + 60);
  if (/^\s*\(\s*\p{Lu}/u.test(after)) return true; // the character before the actor in brackets
  if (depths.at(run.start) > 0 && !YEAR_AFTER.test(after)) return true;
  if (ROLE_BEFORE.test(before) && !run.sentenceInitial) return true;
  if (!run.possessive && PERSON_VERB_AFTER.test(after)) return true;
  if (run.possessive && WORK_AFTER_POSSESSIVE.test(after)) return true;
  return run.words.length >= 2 && isKnownFirstName(run.words[0] ?? '');
}

interface BracketDepths {
  /** How many brackets are open just before offset `at`. */
  at(offset: number): number;
}

/**
 * Bracket depth at every offset of the sentence, counted once: counting from the start for each run made long
 * unpunctuated "sentences" (flattened lists and tables) quadratic. An unmatched ")" never goes below zero.
 */
function bracketDepths(sentence: string): BracketDepths {
  if (!sentence.includes('(')) return { at: () => 0 };
  const depths = new Uint16Array(sentence.length + 1);
  let depth = 0;
  for (let i = 0; i < sentence.length; i += 1) {
    depths[i] = depth;
    if (sentence[i] === '(') depth = Math.min(depth + 1, 0xffff);
    else if (sentence[i] === ')') depth = Math.max(0, depth - 1);
  }
  depths[sentence.length] = depth;
  return { at: (offset) => depths[Math.min(offset, sentence.length)] ?? 0 };
}
