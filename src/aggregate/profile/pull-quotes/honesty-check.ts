/**
 * The honesty check of a blurb: every rule in honesty-rules.ts run over the quote in its sentence and the sentence
 * after it. A blurb with any flag is not offered as a pull quote; the flags say which words turn it around, so a
 * marketer (or a reader) sees why.
 */
import { METHOD } from '../methods.ts';
import type { Polarity } from '../types.ts';
import {
  contrastInSentence,
  cutBeforeTheTurn,
  ellipsisJoinsOpposites,
  hypotheticalPraise,
  ironicPraise,
  negatedPraise,
  nextSentenceTurns,
  notTheCriticsWords,
  praiseUndercut,
  type HonestyFlag,
  type HonestyRule,
} from './honesty-rules.ts';
import { locateQuote, type QuoteContext } from './locate-quote.ts';

export const HONESTY_VERSION = 'honesty-2';

export interface HonestyResult {
  honest: boolean;
  flags: HonestyFlag[];
  method: string;
  version: string;
}

const RULES: readonly HonestyRule[] = [
  praiseUndercut,
  contrastInSentence,
  cutBeforeTheTurn,
  ellipsisJoinsOpposites,
  negatedPraise,
  ironicPraise,
  hypotheticalPraise,
  notTheCriticsWords,
  nextSentenceTurns,
];

/**
 * @example checkHonesty({ quote: 'A masterpiece', sentence: 'A masterpiece of tedium.' }, polarity)
 *   // { honest: false, flags: [{ code: 'praise-undercut', ... }, { code: 'cut-before-the-turn', ... }] }
 */
export function checkHonesty(context: QuoteContext, polarity: Polarity): HonestyResult {
  const located = locateQuote(context);
  const flags = RULES.map((rule) => rule(located, polarity)).filter((f): f is HonestyFlag => f !== null);
  // Two rules often see the same turn ("of tedium" undercuts and is cut off): report each turning phrase once.
  const seen = new Set<string>();
  const distinct = flags.filter((f) => !seen.has(f.evidence) && seen.add(f.evidence));
  return { honest: distinct.length === 0, flags: distinct, method: METHOD.honestyCheck, version: HONESTY_VERSION };
}

export type { HonestyFlag, QuoteContext };
