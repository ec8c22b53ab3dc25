/**
 * One person, one name: "Directed by David Cronenberg", "Mr. Cronenberg", "Cronenberg" are one director. A
 * courtesy title is taken off, and a short form (a surname, "del Toro", a first name) is read as the one full name
 * of the same film that it abbreviates, preferring a name given for the same role. Pure.
 */
import { expandShortName, nameKey } from '../../extract/credits/names.ts';

/**
 * Titles newspapers put before a name on second mention (the New York Times' "Mr. Cronenberg") and honours
 * ("Sir Ian McKellen"). Not "Lady" or "Lord", which begin stage names and characters, nor "M.", which begins
 * "M. Night Shyamalan".
 */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|Dr|Prof|Sir|Dame)\.?\s+(?=\p{L})/u;

/**
 * @example withoutHonorific('Mr. Cronenberg') // 'Cronenberg'
 * @example withoutHonorific('Dame Judi Dench') // 'Judi Dench'
 */
export function withoutHonorific(name: string): string {
  return name.trim().replace(HONORIFIC, '');
}

/**
 * The full names a short form may stand for: names of two words or more that are not themselves the short form of
 * a longer one ("Ross Perry" of "Alex Ross Perry", "del Toro" of "Guillermo del Toro"), so that "Perry" has one
 * candidate, not two that are the same person.
 */
export function fullNameCandidates(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (nameKey(name).includes(' ') && !byKey.has(nameKey(name))) byKey.set(nameKey(name), name);
  const full = [...byKey.values()];
  return full.filter((name) => expandShortName(name, full) === null);
}

export interface NamedPerson {
  name: string;
  /** The role the film's reviews give the name (director, cast…); names given for several roles come once per role. */
  role: string;
}

/**
 * Resolves short forms against a film's people: to the one full name a short form abbreviates among the names
 * given for the same role, else among all the film's people. Null when there is none, or when two full names
 * share the short form (two Coppolas, the Coen brothers): then which one a review meant is a guess, and a wrong
 * merge credits one person with another's work, while leaving it apart only shows a short name beside the full
 * ones. Candidates are worked out once per role, so a film with hundreds of facts resolves each in linear time.
 * @example
 * const resolve = shortNameResolver([{ name: 'Elisabeth Moss', role: 'cast' }, { name: 'Alex Ross Perry', role: 'director' }]);
 * resolve('Ms. Moss', 'cast') // 'Elisabeth Moss'
 */
export function shortNameResolver(people: readonly NamedPerson[]): (name: string, role: string) => string | null {
  const everyone = fullNameCandidates(people.map((person) => person.name));
  const byRole = new Map<string, string[]>();
  const candidatesFor = (role: string): string[] => {
    let found = byRole.get(role);
    if (!found) byRole.set(role, (found = fullNameCandidates(people.filter((p) => p.role === role).map((p) => p.name))));
    return found;
  };
  return (name, role) => {
    const bare = withoutHonorific(name);
    // Two of the same role sharing the short form stay unresolved here; all roles would only find them again.
    return expandShortName(bare, candidatesFor(role)) ?? expandShortName(bare, everyone);
  };
}
