/**
 * A film's credits from the facts its reviews state: one entry per person (or company, runtime, rating, place,
 * other film) and kind, with the number of distinct reviews stating it, the strongest source any gave, and
 * every review's evidence. It coordinates person resolution (resolve-people.ts), value keys (value-keys.ts) and,
 * for the cast, character aliases (character-aliases.ts). Ranked so that a fact three critics state outranks
 * one inferred once: by support, then by source strength, then by first appearance. Pure.
 */
import {
  FACT_KINDS,
  PERSON_KINDS,
  SOURCE_STRENGTH,
  type CreditEvidence,
  type FactSource,
  type MergedCharacter,
  type MergedCredit,
  type MergedCredits,
  type ReviewFilmFact,
} from '../../domain/credits.ts';
import { characterKeys, nameKey } from '../../extract/person-names.ts';
import { groupCharacters } from './character-aliases.ts';
import { personResolver } from './resolve-people.ts';
import { displaySpelling, valueKey } from './value-keys.ts';

export const MERGE_CREDITS_VERSION = 'merge-credits-1';

interface Group {
  order: number;
  facts: ReviewFilmFact[];
  /** The value as each fact gave it, for the aliases. */
  spellings: string[];
}

/**
 * @example
 * const credits = mergeCredits(await store.filmFacts(film.id));
 * credits.credits.filter((c) => c.kind === 'director').map((c) => `${c.value} (${c.support})`);
 */
export function mergeCredits(facts: readonly ReviewFilmFact[]): MergedCredits {
  const resolve = personResolver(facts);
  const characters = characterKeys(facts);
  const groups = new Map<string, Group>();
  for (const fact of facts) {
    const person = PERSON_KINDS.has(fact.kind);
    const value = person ? resolve(fact.value, fact.kind) : fact.value;
    // A character's name read as a person ("Becky's performance") is the part, not an actor.
    if (person && characters.has(nameKey(value)) && !value.includes(' ')) continue;
    const id = `${fact.kind}|${valueKey(fact.kind, value)}`;
    const group = groups.get(id) ?? { order: groups.size, facts: [], spellings: [] };
    group.facts.push(person ? { ...fact, value } : fact);
    group.spellings.push(fact.value);
    groups.set(id, group);
  }
  const credits = [...groups.values()].map((group) => ({ order: group.order, credit: toCredit(group) }));
  credits.sort((a, b) => compareCredits(a.credit, b.credit) || a.order - b.order);
  return {
    reviewCount: new Set(facts.map((fact) => fact.reviewId)).size,
    credits: credits.map(({ credit }) => credit),
    version: MERGE_CREDITS_VERSION,
  };
}

function toCredit(group: Group): MergedCredit {
  const first = group.facts[0] as ReviewFilmFact;
  const value = PERSON_KINDS.has(first.kind)
    ? first.value
    : displaySpelling(first.kind, group.facts.map((fact) => fact.value));
  const aliases = unique(group.spellings.filter((spelling) => spelling !== value));
  return {
    kind: first.kind,
    value,
    aliases,
    characters: first.kind === 'cast' ? mergeCharacters(group.facts) : [],
    support: distinctReviews(group.facts),
    source: strongest(group.facts.map((fact) => fact.source)),
    evidence: evidenceOf(group.facts),
  };
}

/** The parts one actor is said to play, merged by alias; the fullest name of each shown, best supported first. */
function mergeCharacters(facts: readonly ReviewFilmFact[]): MergedCharacter[] {
  const named = facts.filter((fact) => fact.character !== undefined);
  const names = unique(named.map((fact) => fact.character as string));
  const merged = groupCharacters(names).map((group) => {
    const keys = new Set(group.names.map(nameKey));
    const name = [...group.names].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0] ?? '';
    return {
      name,
      aliases: group.names.filter((alias) => alias !== name),
      support: distinctReviews(named.filter((fact) => keys.has(nameKey(fact.character as string)))),
    };
  });
  return merged.sort((a, b) => b.support - a.support);
}

function evidenceOf(facts: readonly ReviewFilmFact[]): CreditEvidence[] {
  const seen = new Set<string>();
  const out: CreditEvidence[] = [];
  for (const fact of facts) {
    const id = `${fact.reviewId}|${fact.evidence}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ reviewId: fact.reviewId, critic: fact.critic, outlet: fact.outlet, source: fact.source, sentence: fact.evidence });
  }
  return out;
}

function compareCredits(a: MergedCredit, b: MergedCredit): number {
  return (
    FACT_KINDS.indexOf(a.kind) - FACT_KINDS.indexOf(b.kind) ||
    b.support - a.support ||
    SOURCE_STRENGTH[b.source] - SOURCE_STRENGTH[a.source]
  );
}


function strongest(sources: readonly FactSource[]): FactSource {
  return sources.reduce((best, source) => (SOURCE_STRENGTH[source] > SOURCE_STRENGTH[best] ? source : best));
}

function distinctReviews(facts: readonly ReviewFilmFact[]): number {
  return new Set(facts.map((fact) => fact.reviewId)).size;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
