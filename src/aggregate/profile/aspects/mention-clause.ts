/**
 * The words a craft mention is judged on: the clause that names it ("the score hums" rather than the whole "the
 * plot sags, but the score hums"), narrowed further where one clause weighs two things against each other (a
 * concession, "X compensates for Y", a dash typed as two hyphens), so each side is read on its own words.
 */
import { clauseAt, splitClauses, wordCount } from '../clauses.ts';
import { CLEAR_READING, POSITIVE_AT, type Polarity } from '../types.ts';
import { weighCraftWords } from './craft-faults.ts';

const MIN_CLAUSE_WORDS = 4;
/**
 * A craft named in a concession ("a small gem despite its laggardly pacing", "despite the slamming soundtrack, the
 * rivalry never gets the blood up") is judged against the verdict around it: read the concession alone.
 */
const CONCESSION_PHRASE = /\b(?:despite|in spite of|for all)\s+([^;:–—.!?]+)/giu;
/** The concession ends where a new clause opens after a comma ("despite the slamming soundtrack, their rivalry…"). */
const CLAUSE_AFTER_COMMA = /,\s+(?=(?:[Ii]t|its|the|this|that|these|those|their|his|her|they|he|she|i|we|you|there|a|an|and|but|yet)\b|\p{Lu})/u;
/** "Stoltz has been absent from the screen for too long": missing a performer is praise, whatever "too long" reads as. */
const WELCOME_BACK = /\b(?:absent from (?:the )?(?:screens?|movies|films)|away from (?:the )?(?:screens?|movies|films)|been away)\b[^,;]*\btoo long\b/i;

export function judgeSentenceMention(sentence: string, at: number, polarity: Polarity): { clause: string; probability: number } {
  const clause = clauseAt(splitClauses(sentence), at);
  const concession = concessionAt(sentence, at);
  if (concession) return { clause: concession, probability: weighCraftWords(concession, polarity(concession)) };
  const aside = asideAt(sentence, at);
  if (aside) {
    const probability = weighCraftWords(aside, polarity(aside));
    return { clause: aside, probability: probability >= CLEAR_READING || probability <= 1 - CLEAR_READING ? probability : 0.5 };
  }
  const own = clause ? sideOfTrade(dashPartAt(clause.text, at - clause.start), at - clause.start, clause.text) : null;
  // A side of a trade ("… compensates for its weak pacing") is read alone even when short: the whole sentence says the opposite.
  const narrowed = own !== null && clause !== undefined && own !== clause.text;
  const text = own && wordCount(own) >= (narrowed ? 2 : MIN_CLAUSE_WORDS) ? own.trim() : sentence;
  if (WELCOME_BACK.test(text)) return { clause: text, probability: Math.max(polarity(text), POSITIVE_AT) };
  return { clause: text, probability: weighCraftWords(text, polarity(text)) };
}

/**
 * "Striking performances fail to compensate for the film's lack of clarity", "its originality makes up for its
 * weak pacing": what compensates is praised and what it compensates for is faulted, so each side is read alone.
 */
const TRADE = /\s*\b(?:(?:fails?|failed) to |(?:can(?:no|['’])t|could(?:n['’]t| not)|doesn['’]t|don['’]t|does not|do not) (?:quite |entirely )?)?(?:compensates?|compensated|make up|makes up|made up) for\s+/i;

function sideOfTrade(part: string, at: number, clause: string): string {
  const m = TRADE.exec(part);
  if (!m) return part;
  const offset = clause.indexOf(part);
  const split = offset + m.index;
  return at < split ? part.slice(0, m.index) : part.slice(m.index + m[0].length);
}

/** A dash typed as two hyphens ("a good tight script -- a little bit of pacing issues") also ends a clause. */
function dashPartAt(clause: string, at: number): string {
  let start = 0;
  for (const part of clause.split(/\s+--\s+/)) {
    const from = clause.indexOf(part, start);
    if (at < from + part.length) return part;
    start = from + part.length;
  }
  return clause;
}

function concessionAt(sentence: string, at: number): string | null {
  for (const m of sentence.matchAll(CONCESSION_PHRASE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const phrase = m[1]!.split(CLAUSE_AFTER_COMMA)[0]!;
    if (at >= start && at < start + phrase.length && wordCount(phrase) >= 2) return phrase.trim();
  }
  return null;
}

/**
 * A craft named inside brackets ("a musical performance by Moss (captured in a single take) that will induce tears")
 * is an aside: the praise around it is for the performance, not the camera. It is read on its own words, and counts
 * for a side only when they read clearly (CLEAR_READING, the example's bar), since a bracket mostly informs.
 */
function asideAt(sentence: string, at: number): string | null {
  for (const m of sentence.matchAll(/\(([^()]+)\)/g)) {
    const start = m.index + 1;
    if (at >= start && at < start + m[1]!.length && wordCount(m[1]!) >= 2) return m[1]!.trim();
  }
  return null;
}
