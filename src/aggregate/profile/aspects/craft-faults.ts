/**
 * Words critics use to fault a craft that the text model, trained on whole quotes, reads as mild praise or not at
 * all: "the direction is workmanlike", "functional prestige filmmaking", "the pacing may be uneven". Said of a craft
 * they are a judgement against it; beside praise in the same clause ("beautiful and moving, if schematic") the
 * clause is mixed, as is a clause that says so ("both the best and worst thing", "a mixed bag"). The litotes "not
 * bad" is the opposite case: mild praise the model reads as criticism. Pure.
 */
import { CRITIC_LEXICON } from '../../../judge/critic-lexicon.ts';
import { NEGATIVE_AT, POSITIVE_AT } from '../types.ts';

/**
 * A word is here because the shipped model does not read it as criticism: in the frames of CRAFT_FRAMES its mean
 * probability is above NEGATIVE_AT (`npx tsx bench/aspects.ts --craft-words` prints them). Plain criticism the
 * model already reads ("plodding", "stilted", "contrived") is left to the model, and so are words that are as often
 * description as fault ("broad", "conventional", "competent").
 */
export const FAULTING_WORDS = [
  'workmanlike', 'serviceable', 'functional', 'pedestrian', 'journeyman', 'uneven', 'unevenly', 'schematic', 'overkill',
  'so-so', 'adequate', 'one-note', 'hammy', 'laboured',
] as const;
/** The frames the word list was checked in (W stands for the word). */
export const CRAFT_FRAMES = ['The direction is W.', 'The acting is W.', 'The script is W.', 'W pacing', 'the performances are W'] as const;
const FAULTING = new RegExp(`\\b(?:${FAULTING_WORDS.join('|')})\\b`, 'iu');
/** "Cleverly contrived", "never predictable": the faulting word praised or denied. */
const FAULT_UNDONE = /\b(?:cleverly|deftly|never|not|hardly|nothing|anything but|far from)\s+(?:\p{L}+\s+)?$/iu;
const LITOTES = /\bnot (?:half )?bad\b|\bnot too shabby\b/i;
/** A judgement that says in so many words it is mixed: "both the best and worst thing about it", "a mixed bag". */
const SAID_MIXED = /\b(?:best and (?:the )?worst|worst and (?:the )?best|mixed bag|hit[- ](?:and|or)[- ]miss|strengths and weaknesses)\b/i;
/** Praise in the same clause (a word the critics' lexicon weighs +1 or more) makes the judgement mixed, not against. */
const PRAISE_WEIGHT = 1;
function praises(clause: string): boolean {
  return (clause.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).some((word) => (CRITIC_LEXICON[word] ?? 0) >= PRAISE_WEIGHT);
}

/** A faint word's mean reading in CRAFT_FRAMES by a text model's `predict`: on the list only while above NEGATIVE_AT. */
export function craftWordReading(word: string, predict: (text: string) => number): number {
  return CRAFT_FRAMES.reduce((sum, frame) => sum + predict(frame.replace('W', word)), 0) / CRAFT_FRAMES.length;
}

/** The probability a craft clause is praise, once the words above have had their say. */
export function weighCraftWords(clause: string, probability: number): number {
  if (LITOTES.test(clause)) return Math.max(probability, POSITIVE_AT);
  if (SAID_MIXED.test(clause)) return 0.5;
  const fault = FAULTING.exec(clause);
  if (!fault || FAULT_UNDONE.test(clause.slice(0, fault.index))) return probability;
  if (praises(clause)) return Math.min(Math.max(probability, NEGATIVE_AT + 0.01), POSITIVE_AT - 0.01);
  return Math.min(probability, NEGATIVE_AT);
}
