/**
 * The reviewed Movie's credits as the page's JSON-LD states them: director, author (the writer), producer,
 * actor (a Person, or a PerformanceRole with its characterName), musicBy, duration and contentRating. These are
 * the publisher's own structured claims, the strongest source a review has.
 */
import type { FactKind, FilmFact } from '../../domain/credits.ts';
import { asNode, hasType, jsonLdGraph, list, nameOf, reviewedMovie, text, type JsonLdNode } from '../json-ld-nodes.ts';
import { parseMpaa } from './mpaa.ts';
import { parseIsoDuration, parseRuntime } from './runtime.ts';
import { makeFact, type TextUnit } from './text-unit.ts';

const PEOPLE_FIELDS: ReadonlyArray<[string, FactKind]> = [
  ['director', 'director'],
  ['author', 'writer'],
  ['creator', 'writer'],
  ['producer', 'producer'],
  ['musicBy', 'music'],
  ['actor', 'cast'],
  ['actors', 'cast'],
];

export function jsonLdCredits(blocks: readonly unknown[] | undefined): FilmFact[] {
  if (!blocks || blocks.length === 0) return [];
  const graph = jsonLdGraph(blocks);
  const found = reviewedMovie(graph);
  if (!found) return [];
  const { movie } = found;
  const facts: FilmFact[] = [];
  for (const [field, kind] of PEOPLE_FIELDS) {
    for (const entry of list(graph.resolve(movie[field]))) facts.push(...person(kind, field, graph.resolve(entry), graph.resolve));
  }
  const minutes = runtimeOf(text(movie['duration']));
  if (minutes !== null) facts.push(makeFact('runtime', String(minutes), unit(`duration: ${text(movie['duration'])}`)));
  const rating = contentRating(graph.resolve(movie['contentRating']));
  const mark = rating === undefined ? null : parseMpaa(rating.replace(/^MPAA\s+/i, ''));
  if (mark !== null) facts.push(makeFact('mpaa', mark, unit(`contentRating: ${rating}`)));
  // schema.org's Movie has no distributor property, but pages that mark one use `distributor`; productionCompany
  // is the maker, not the distributor, and is left out.
  for (const entry of list(graph.resolve(movie['distributor']))) {
    const name = nameOf(graph.resolve(entry));
    if (name) facts.push(makeFact('distributor', name, unit(`distributor: ${name}`)));
  }
  return facts;
}

/** A Person, a plain name, or a PerformanceRole wrapping the actor with the character they play. */
function person(kind: FactKind, field: string, value: unknown, resolve: (v: unknown) => unknown): FilmFact[] {
  const node = asNode(value);
  if (node && hasType(node, (t) => t === 'PerformanceRole' || t === 'Role')) {
    const character = text(node['characterName']);
    const names = list(resolve(node[field] ?? node['actor'])).map((p) => nameOf(resolve(p)));
    return names.flatMap((name) =>
      name ? [makeFact(kind, name, unit(`${field}: ${name}${character ? ` as ${character}` : ''}`), character)] : [],
    );
  }
  if (node && hasType(node, (t) => t === 'Organization') && kind !== 'music') return [];
  const name = nameOf(value);
  return name ? [makeFact(kind, name, unit(`${field}: ${name}`))] : [];
}

function runtimeOf(duration: string | undefined): number | null {
  if (duration === undefined) return null;
  return parseIsoDuration(duration) ?? parseRuntime(duration);
}

function contentRating(value: unknown): string | undefined {
  const node = asNode(value) as JsonLdNode | undefined;
  return node ? (text(node['ratingValue']) ?? text(node['name'])) : text(value);
}

function unit(evidence: string): TextUnit {
  return { text: evidence, source: 'json-ld' };
}
