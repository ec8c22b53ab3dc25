/**
 * Where the film is playing or streaming, as the review states it: "now playing in select theaters", "now
 * streaming on Amazon Prime", "Playing at: PFS at the Roxy", "available on Netflix". A bare "now streaming"
 * says too little to show on its own and is left out; so is a one-off screening, which is an event.
 */
import type { FilmFact } from '../../domain/credits.ts';
import { makeFact, type TextUnit } from './text-unit.ts';

const PLACE = "[\\p{Lu}\\d][^.;!?]{0,60}?";
/** "now playing in select theaters", "now streaming on Amazon Prime", "now showing at the Roxy". */
const NOW = new RegExp(
  `\\b(?:is |are )?now\\s+(playing|streaming|showing|screening|out)\\s+(in|on|at|via)\\s+((?:(?:select|limited|wide|local|some)\\s+)?(?:theaters|theatres|cinemas)\\b|(?:the\\s+)?${PLACE})(?=[.;!?,]|\\s+(?:and|with|from|starting|beginning)\\b|$)`,
  'u',
);
/** "streaming on Netflix", "available to stream on Hulu", "opens Friday in theaters", without "now". */
const STREAMING = new RegExp(
  `\\b(streaming|available(?: to (?:stream|rent|buy))?|streams)\\s+(on|via|through)\\s+(${PLACE})(?=[.;!?,]|\\s+(?:and|with|from|starting|beginning)\\b|$)`,
  'u',
);
const OPENS = /\b(opens|opening|arrives|hits)\s+(?:(?:this|on|next)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2}\s+)?(in|at)\s+((?:select|limited|wide)?\s*(?:theaters|theatres|cinemas))\b/u;

/** A labelled line: "Playing at: PFS at the Roxy", "Where to watch: Netflix". */
export function availabilityFromLabel(label: string, value: string, unit: TextUnit): FilmFact[] {
  const place = value.trim().replace(/[.;]+$/, '');
  if (place === '') return [];
  const phrase = /^(?:where to watch|streaming|available)/i.test(label) ? `streaming on ${place}` : `${label.toLowerCase()} ${place}`;
  return [makeFact('availability', phrase.replace(/\s+/g, ' '), unit)];
}

export function availabilityInSentence(unit: TextUnit): FilmFact[] {
  const { text } = unit;
  if (!/now |stream|availab|opens|opening|arrives|hits/.test(text)) return [];
  const now = NOW.exec(text);
  if (now) return [makeFact('availability', `now ${now[1]} ${now[2]} ${trimPlace(now[3] ?? '')}`, unit)];
  const streaming = STREAMING.exec(text);
  if (streaming && /\p{Lu}/u.test(streaming[3]?.[0] ?? '')) {
    return [makeFact('availability', `${streaming[1]} ${streaming[2]} ${trimPlace(streaming[3] ?? '')}`, unit)];
  }
  const opens = OPENS.exec(text);
  if (opens) return [makeFact('availability', `${opens[1]} ${opens[2]} ${trimPlace(opens[3] ?? '')}`, unit)];
  return [];
}

function trimPlace(place: string): string {
  return place.replace(/\s+/g, ' ').replace(/[\s,]+$/, '').trim();
}
