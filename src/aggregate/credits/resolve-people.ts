/**
 * One name per person across a film's reviews: "Moss", "Ms. Moss" and "Elisabeth Moss" are one actor, "Perry" and
 * "Alex Ross Perry" one director, whoever wrote which. A courtesy title is dropped; a short form is expanded only
 * when the film's facts give exactly one full name it can abbreviate, for the same role if any, else for any role
 * (short-names.ts); spellings of one full name are shown as most reviews write them.
 */
import { PERSON_KINDS, type FactKind, type FilmFact } from '../../domain/credits.ts';
import { nameKey } from '../../extract/person-names.ts';
import { shortNameResolver, withoutHonorific } from './short-names.ts';
import { displaySpelling } from './value-keys.ts';

export function personResolver(facts: readonly FilmFact[]): (name: string, kind: FactKind) => string {
  const spellings = new Map<string, string[]>();
  const roles = new Map<string, Set<FactKind>>();
  for (const fact of facts) {
    if (!PERSON_KINDS.has(fact.kind)) continue;
    const name = withoutHonorific(fact.value);
    const key = nameKey(name);
    spellings.set(key, [...(spellings.get(key) ?? []), name]);
    roles.set(key, (roles.get(key) ?? new Set()).add(fact.kind));
  }
  const canonical = new Map<string, string>();
  for (const [key, names] of spellings) canonical.set(key, displaySpelling('cast', names));
  const people = [...canonical].flatMap(([key, name]) => [...(roles.get(key) ?? [])].map((role) => ({ name, role })));
  const resolveShort = shortNameResolver(people);
  return (name, kind) => {
    const bare = withoutHonorific(name);
    const spelled = canonical.get(nameKey(bare)) ?? bare;
    return resolveShort(spelled, kind) ?? spelled;
  };
}
