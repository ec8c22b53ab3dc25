/**
 * The last step of reading one review's facts: surnames expanded to the full name the review gives, characters'
 * names and the film's title kept out of the people, weak readings about outsiders dropped, and each fact kept
 * once, from its strongest source, in the order first found.
 */
import { PERSON_KINDS, SOURCE_STRENGTH, type FilmFact } from '../../domain/credits.ts';
import { characterKeys } from '../person-names.ts';
import { expandShortName, FULL_NAME, nameKey, personName, titleKey } from './names.ts';

export interface TidyOptions {
  /** Facts read from a possessive or a role noun: dropped when they name an outsider. */
  weak: ReadonlySet<FilmFact>;
  sentences: readonly string[];
  outsiders: ReadonlySet<string>;
  filmTitle: string | null;
}

const FULL_NAMES = new RegExp(FULL_NAME, 'gu');

export function tidyFacts(found: readonly FilmFact[], options: TidyOptions): FilmFact[] {
  if (found.length === 0) return [];
  const expand = shortNameExpander(found, options.sentences);
  const characters = characterKeys(found);
  const film = options.filmTitle === null ? null : titleKey(options.filmTitle);
  const expanded = found.map((fact) => (PERSON_KINDS.has(fact.kind) ? { fact, value: expand(fact.value) } : { fact, value: fact.value }));
  const strongPeople = new Set(
    expanded.filter(({ fact }) => PERSON_KINDS.has(fact.kind) && !options.weak.has(fact)).map(({ value }) => nameKey(value)),
  );
  const kept = new Map<string, FilmFact>();
  for (const { fact, value } of expanded) {
    if (PERSON_KINDS.has(fact.kind)) {
      const key = nameKey(value);
      if (characters.has(key) || (film !== null && titleKey(value) === film)) continue;
      if (options.weak.has(fact) && options.outsiders.has(key) && !strongPeople.has(key)) continue;
    }
    const tidy: FilmFact = { ...fact, value };
    const id = `${fact.kind}|${nameKey(value)}|${nameKey(fact.character ?? '')}`;
    const before = kept.get(id);
    if (before === undefined || SOURCE_STRENGTH[fact.source] > SOURCE_STRENGTH[before.source]) kept.set(id, tidy);
  }
  return [...kept.values()];
}

/**
 * "Perry" -> "Alex Ross Perry" when the review's facts or sentences give exactly one full name ending (or
 * starting) with it. The sentences are searched only if some fact has a one-word name.
 */
function shortNameExpander(found: readonly FilmFact[], sentences: readonly string[]): (name: string) => string {
  const people = found.filter((fact) => PERSON_KINDS.has(fact.kind));
  if (!people.some((fact) => !fact.value.includes(' '))) return (name) => name;
  const fromFacts = people.map((fact) => fact.value).filter((name) => name.includes(' '));
  let fromText: string[] | null = null;
  return (name) => {
    if (name.includes(' ')) return name;
    const known = expandShortName(name, fromFacts);
    if (known !== null) return known;
    fromText ??= sentences.flatMap((sentence) =>
      [...sentence.matchAll(FULL_NAMES)].map((m) => personName(m[0])).filter((n): n is string => n !== null),
    );
    return expandShortName(name, fromText) ?? name;
  };
}

