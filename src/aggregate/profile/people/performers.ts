/**
 * The performers a film's reviews name, so the consensus can say whose performance critics single out. A cast
 * list handed in (merged credits) wins; without one, reviews introduce actors in set ways: a character followed by
 * the actor in brackets ("Becky (Elisabeth Moss)"), a credit line ("With A, B and C"), or a role noun ("actress
 * A"). Names the reviews give as director or writer are left out: they are crew, even in brackets.
 */
import { isNameLike, nameKey } from '../../../extract/person-names.ts';
import { shortNameResolver, withoutHonorific } from '../../credits/short-names.ts';
import type { AnalysedReview } from '../types.ts';

export interface Performer {
  name: string;
  /** How reviews refer to the performer after the first mention: the surname, unless another performer shares it. */
  shortName: string | null;
  /** Reviews that mention the performer by full or short name. */
  reviews: number;
}

export interface PerformerIndex {
  performers: Performer[];
  /** Matches any performer mention (full name or short name, possessive included); null when there are none. */
  pattern: RegExp | null;
  /** The performer a matched mention refers to. */
  performerOf(mention: string): Performer | undefined;
}

const NAME = "\\p{Lu}[\\p{L}\\p{M}.\\-]*(?:['’]\\p{L}+)?(?:\\s+\\p{Lu}[\\p{L}\\p{M}.\\-]*(?:['’]\\p{L}{2,})?){1,3}";
const IN_BRACKETS = new RegExp(`\\((${NAME}(?:\\s*(?:,|,?\\s+and)\\s+${NAME})*)(?=\\)|,\\s+who\\b|\\s+as\\b)`, 'gu');
const CREDIT_LINE = /^(?:With|Starring|Stars|Cast:)\s+(.+?)\.?$/u;
const ROLE_BEFORE = new RegExp(`\\b(?:actress|actor|co-star|star)\\s+(${NAME})`, 'gu');
const CREW_BEFORE = new RegExp(
  `\\b(?:[Dd]irected by|[Ww]ritten by|[Dd]irector|[Ww]riter-director|[Ww]riter/director|[Ff]ilmmaker|[Cc]inematographer|[Cc]omposer|[Ee]ditor)\\s+(${NAME})`,
  'gu',
);
const LIST = /\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*/u;

export function findPerformers(reviews: readonly AnalysedReview[], cast?: readonly string[]): PerformerIndex {
  const names = onePerPerson(cast && cast.length > 0 ? [...cast] : namesFromText(reviews));
  // Compared as keys, so "Seydoux" and "Séydoux" are one surname, and two people who share one both lose it.
  const surnameKey = (name: string) => nameKey(name.split(/\s+/).pop() ?? name);
  const surnames = new Map<string, number>();
  for (const name of names) surnames.set(surnameKey(name), (surnames.get(surnameKey(name)) ?? 0) + 1);
  const shortOf = (name: string): string | null => {
    const last = name.split(/\s+/).pop() ?? name;
    return last !== name && surnames.get(surnameKey(name)) === 1 ? last : null;
  };
  const performers = names
    .map((name) => ({ name, shortName: shortOf(name), reviews: reviewsMentioning(reviews, name, shortOf(name)) }))
    .filter((p) => p.reviews > 0)
    .sort((a, b) => b.reviews - a.reviews || a.name.localeCompare(b.name));
  const alternatives = performers.flatMap((p) => (p.shortName ? [p.name, p.shortName] : [p.name])).sort((a, b) => b.length - a.length);
  const pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${alternatives.map(escape).join('|')})(?:['’]s?)?(?![\\p{L}])`, 'gu') : null;
  return {
    performers,
    pattern,
    performerOf: (mention) => {
      const bare = mention.replace(/['’]s?$/u, '');
      return performers.find((p) => p.name === bare || p.shortName === bare);
    },
  };
}

/**
 * Each performer once, by full name: "Ms. Stewart" is Kristen Stewart when she is the only Stewart named, and
 * "Léa Seydoux" and "Lea Seydoux" are one. A short form that could be two people, or no one named in full, keeps
 * the form the review gave ("Ms. Stewart"), since that is still how readers will recognise the mention.
 */
function onePerPerson(names: readonly string[]): string[] {
  const resolve = shortNameResolver(names.map((name) => ({ name: withoutHonorific(name), role: 'cast' })));
  const byKey = new Map<string, string>();
  for (const name of names) {
    const bare = withoutHonorific(name);
    const full = resolve(bare, 'cast') ?? (bare.includes(' ') ? bare : name);
    if (!byKey.has(nameKey(full))) byKey.set(nameKey(full), full);
  }
  return [...byKey.values()];
}

function namesFromText(reviews: readonly AnalysedReview[]): string[] {
  const found = new Set<string>();
  const crew = new Set<string>();
  for (const { sentences } of reviews) {
    for (const sentence of sentences) {
      for (const m of sentence.matchAll(CREW_BEFORE)) crew.add(m[1]!);
      for (const m of sentence.matchAll(IN_BRACKETS)) addList(found, m[1]!);
      for (const m of sentence.matchAll(ROLE_BEFORE)) addList(found, m[1]!);
      const credit = CREDIT_LINE.exec(sentence);
      if (credit) addList(found, credit[1]!);
    }
  }
  const crewKeys = new Set([...crew].map((n) => n.toLowerCase()));
  return [...found].filter((n) => !crewKeys.has(n.toLowerCase()));
}

function addList(into: Set<string>, list: string): void {
  for (const part of list.split(LIST)) {
    const name = part.trim();
    if (name.split(/\s+/).length >= 2 && isNameLike(name)) into.add(name);
  }
}

function reviewsMentioning(reviews: readonly AnalysedReview[], name: string, shortName: string | null): number {
  const pattern = new RegExp(`(?<![\\p{L}])(?:${escape(name)}${shortName ? `|${escape(shortName)}` : ''})(?![\\p{L}])`, 'u');
  return reviews.filter((r) => r.sentences.some((s) => pattern.test(s))).length;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
