/**
 * One name per person across a film's reviews: "Moss" and "Elisabeth Moss" are one actor, "Perry" and "Alex
 * Ross Perry" one director, whoever wrote which. A short form is expanded only when the film's facts give exactly
 * one full name it can abbreviate; spellings of one full name are shown as most reviews write them.
 */
import { PERSON_KINDS, type FilmFact } from '../../domain/credits.ts';
import { expandShortName } from '../../extract/credits/names.ts';
import { nameKey } from '../../extract/person-names.ts';
import { displaySpelling } from './value-keys.ts';

export function personResolver(facts: readonly FilmFact[]): (name: string) => string {
  const spellings = new Map<string, string[]>();
  for (const fact of facts) {
    if (!PERSON_KINDS.has(fact.kind)) continue;
    const key = nameKey(fact.value);
    spellings.set(key, [...(spellings.get(key) ?? []), fact.value]);
  }
  const canonical = new Map<string, string>();
  for (const [key, names] of spellings) canonical.set(key, displaySpelling('cast', names));
  const fullNames = [...canonical.values()].filter((name) => name.includes(' '));
  return (name) => {
    const spelled = canonical.get(nameKey(name)) ?? name;
    return expandShortName(spelled, fullNames) ?? spelled;
  };
}
