/**
 * Reading the value side of a credit, once a label or phrase has said which credit it is: a list of people
 * (with "as Character" for cast), a company, a running time, a rating, a place to watch.
 */
import type { FactKind, FilmFact } from '../../domain/credits.ts';
import { availabilityFromLabel } from './availability.ts';
import { parseMpaa } from './mpaa.ts';
import { isFullPersonName, personName, splitList } from './names.ts';
import { parseRuntime } from './runtime.ts';
import { makeFact, type TextUnit } from './text-unit.ts';

const COMPANY = /^((?:[\p{Lu}\d][\p{L}\p{M}\d&.'’\-]*)(?:\s+(?:&|and|of|the|[\p{Lu}\d][\p{L}\p{M}\d&.'’\-]*)){0,6})/u;
const CAST_AS = /^(.+?)\s+(?:as|\()\s*(.+?)\)?$/;

export interface ValueOptions {
  /** Single-word names are accepted (labelled lists: "Stars: Cher"); prose wants full names. */
  allowSingleWord: boolean;
  /** A label's own words, for availability ("Playing at"). */
  label?: string;
}

/** The facts one credit value states for each kind. */
export function factsFromValue(kinds: readonly FactKind[], value: string, unit: TextUnit, options: ValueOptions): FilmFact[] {
  const out: FilmFact[] = [];
  for (const kind of kinds) {
    if (kind === 'runtime') {
      const minutes = parseRuntime(value);
      if (minutes !== null) out.push(makeFact('runtime', String(minutes), unit));
    } else if (kind === 'mpaa') {
      const mark = parseMpaa(value);
      if (mark !== null) out.push(makeFact('mpaa', mark, unit));
    } else if (kind === 'availability') {
      for (const fact of availabilityFromLabel(options.label ?? 'playing at', value, unit)) out.push(fact);
    } else if (kind === 'distributor') {
      const company = companyName(value);
      if (company !== null) out.push(makeFact('distributor', company, unit));
    } else {
      // One at a time: a hostile "Cast:" line lists more names than one push takes as arguments.
      for (const fact of peopleFacts(kind, value, unit, options)) out.push(fact);
    }
  }
  return out;
}

/** "Elisabeth Moss, Cara Delevingne and Dan Stevens"; for cast, "Elisabeth Moss as Becky" too. */
export function peopleFacts(kind: FactKind, value: string, unit: TextUnit, options: ValueOptions): FilmFact[] {
  const out: FilmFact[] = [];
  for (const part of splitList(value.replace(/\s*\((?:voice|uncredited|archive footage)\)/gi, ''))) {
    const cast = kind === 'cast' ? CAST_AS.exec(part) : null;
    const actor = personName(cast ? (cast[1] ?? '') : part);
    if (actor === null || (!options.allowSingleWord && !isFullPersonName(actor))) continue;
    const character = cast ? personName(cast[2] ?? '') : null;
    out.push(makeFact(kind, actor, unit, character ?? undefined));
  }
  return out;
}

/** A company's name at the start of the value: "Gunpowder and Sky.", "A24, which…" -> "A24". */
export function companyName(value: string): string | null {
  const m = COMPANY.exec(value.trim());
  const name = (m?.[1] ?? '').replace(/(?:\s+(?:&|and|of|the))+$/u, '').replace(/(\p{L}{2})\.$/u, '$1').trim();
  return name === '' ? null : name;
}
