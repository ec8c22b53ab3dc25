/**
 * A film's running time in minutes: "Running time: 2 hours, 15 mins." is 135, "(135 min.)" is 135, "runs 1 hr.
 * 52 min." is 112, and schema.org's "PT2H15M" is 135. Only stated times count: "runs over two hours" is an
 * estimate, and "the first 20 minutes" is a part of the film, not its length.
 */
import type { FilmFact } from '../../domain/credits.ts';
import { makeFact, type TextUnit } from './text-unit.ts';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50,
};
const NUM = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const HOURS = `${NUM}\\s*(?:hours?|hrs?\\.?|h)`;
const MINUTES = `${NUM}\\s*(?:minutes?|mins?\\.?|m)(?![a-z])`;
/** "2 hours, 15 mins", "2 hrs. 15 min.", "2h 15m", "two hours and fifteen minutes". */
const HOURS_MINUTES = new RegExp(`^${HOURS}(?:\\s*(?:,|and)?\\s*${MINUTES})?`, 'i');
const MINUTES_ONLY = new RegExp(`^${MINUTES}`, 'i');
/**
 * Phrases that announce the whole film's length. "Runs" needs the film as its subject: "the first act runs 45
 * minutes" is a part. A hedge after the cue ("runs over two hours") fails the parse, which wants a number first.
 */
const LENGTH_CUE =
  /\b(?:running time|runtime|run time)(?:\s+(?:of|is|was))?\s*:?\s*|\b(?:film|movie|picture|it|feature)\s+(?:runs|lasts|clocks in at)\s+(?:just\s+|a brisk\s+|a lean\s+)?/gi;
const MIN_MINUTES = 30;
const MAX_MINUTES = 600;

/** The minutes a value such as "2 hours, 15 mins." or "135 min" states, or null. */
export function parseRuntime(value: string): number | null {
  const text = value.trim().replace(/^\(/, '');
  const hm = HOURS_MINUTES.exec(text);
  if (hm) return plausible(toNumber(hm[1]) * 60 + (hm[2] === undefined ? 0 : toNumber(hm[2])));
  const m = MINUTES_ONLY.exec(text);
  return m ? plausible(toNumber(m[1])) : null;
}

/** schema.org's ISO 8601 duration: "PT2H15M", "PT135M", "P0DT2H15M0S". */
export function parseIsoDuration(value: string): number | null {
  const m = /^P(?:0+D)?T(?:(\d+)H)?(?:(\d+)M)?(?:\d+S)?$/i.exec(value.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return plausible(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
}

/** A running time stated in a sentence: after a cue ("runs 112 minutes"), or as "(112 min.)" in a credit line. */
export function runtimeInSentence(unit: TextUnit): FilmFact[] {
  const { text } = unit;
  if (!/\d|hour/i.test(text) || !/min|hour|hr/i.test(text)) return [];
  for (const cue of text.matchAll(LENGTH_CUE)) {
    const at = (cue.index ?? 0) + cue[0].length;
    const minutes = parseRuntime(text.slice(at, at + 40));
    if (minutes !== null) return [makeFact('runtime', String(minutes), unit)];
  }
  if (unit.source === 'credit-line') {
    const bracketed = /\((\d{2,3})\s*(?:minutes|mins?)\.?\)/i.exec(text);
    const minutes = bracketed ? plausible(Number(bracketed[1])) : null;
    if (minutes !== null) return [makeFact('runtime', String(minutes), unit)];
  }
  return [];
}

function toNumber(raw: string | undefined): number {
  if (raw === undefined) return 0;
  return /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw.toLowerCase()] ?? 0);
}

function plausible(minutes: number): number | null {
  return minutes >= MIN_MINUTES && minutes <= MAX_MINUTES ? minutes : null;
}
