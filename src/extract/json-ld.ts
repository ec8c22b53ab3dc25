/**
 * Facts a page states about itself in JSON-LD (schema.org Review, Movie, Article). These are the publisher's
 * own claims, so they outrank anything read from the page text. Blocks come as parsed by the clean stage:
 * arrays, `@graph` containers and `@id` references are all common and all handled.
 */
import { imdbIdOf } from '../domain/external-ids.ts';
import { asNode, hasType, jsonLdGraph, list, nameOf, reviewedMovie, text, type JsonLdNode } from './json-ld-nodes.ts';

export interface JsonLdFacts {
  film?: { title: string; year?: number; imdbId?: string; evidence: string };
  /** A person credited as author; organisations are never critics. */
  author?: string;
  publisher?: string;
  datePublished?: string;
  rating?: { value: string; best?: string; worst?: string };
  /** Directors and cast of the reviewed film: names that must never be taken for the critic. */
  credited: string[];
}

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle', 'OpinionNewsArticle', 'AnalysisNewsArticle',
  'ReviewNewsArticle', 'WebPage',
]);

export function readJsonLd(blocks: readonly unknown[] | undefined): JsonLdFacts {
  const facts: JsonLdFacts = { credited: [] };
  if (!blocks || blocks.length === 0) return facts;
  const graph = jsonLdGraph(blocks);
  const { nodes, resolve } = graph;

  const review = nodes.find((n) => hasType(n, (t) => t.endsWith('Review')));
  const article = nodes.find((n) => hasType(n, (t) => ARTICLE_TYPES.has(t)));
  const found = reviewedMovie(graph);
  if (found) Object.assign(facts, readMovie(found.movie, resolve, found.viaReview ? 'itemReviewed.name' : 'Movie.name'));
  for (const source of [review, article]) {
    if (!source) continue;
    facts.author ??= personName(resolve(source['author']), resolve);
    facts.publisher ??= nameOf(resolve(source['publisher']));
    facts.datePublished ??= text(source['datePublished']);
  }
  const rating = asNode(resolve(review?.['reviewRating']));
  const value = rating ? text(rating['ratingValue']) : undefined;
  if (rating && value !== undefined) {
    facts.rating = { value, best: text(rating['bestRating']), worst: text(rating['worstRating']) };
  }
  return facts;
}

function readMovie(movie: JsonLdNode, resolve: (v: unknown) => unknown, field: string): Pick<JsonLdFacts, 'film' | 'credited'> {
  const credited: string[] = [];
  for (const key of ['director', 'actor', 'actors', 'author', 'creator']) {
    for (const person of list(resolve(movie[key]))) {
      const name = nameOf(resolve(person));
      if (name) credited.push(name);
    }
  }
  const title = text(movie['name']);
  if (!title) return { credited };
  const year = yearOf(movie['dateCreated']);
  // A Movie's sameAs often links its IMDb page: the one id that names the film beyond doubt.
  const imdbId = list(movie['sameAs']).map((link) => imdbIdOf(text(link))).find((id) => id !== undefined);
  const film = { title, ...(year === undefined ? {} : { year }), ...(imdbId === undefined ? {} : { imdbId }), evidence: `${field}: ${title}` };
  return { film, credited };
}

function personName(value: unknown, resolve: (v: unknown) => unknown): string | undefined {
  const names = list(value)
    .map(resolve)
    .filter((a) => !(asNode(a) && hasType(a as JsonLdNode, (t) => t === 'Organization' || t === 'NewsMediaOrganization')))
    .map(nameOf)
    .filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(' and ') : undefined;
}

function yearOf(value: unknown): number | undefined {
  const m = /^\s*(\d{4})\b/.exec(String(value ?? ''));
  return m ? Number(m[1]) : undefined;
}
