/**
 * Facts a page states about itself in JSON-LD (schema.org Review, Movie, Article). These are the publisher's
 * own claims, so they outrank anything read from the page text. Blocks come as parsed by the clean stage:
 * arrays, `@graph` containers and `@id` references are all common and all handled.
 */

export interface JsonLdFacts {
  film?: { title: string; year?: number; evidence: string };
  /** A person credited as author; organisations are never critics. */
  author?: string;
  publisher?: string;
  datePublished?: string;
  rating?: { value: string; best?: string; worst?: string };
  /** Directors and cast of the reviewed film: names that must never be taken for the critic. */
  credited: string[];
}

type Node = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle', 'OpinionNewsArticle', 'AnalysisNewsArticle',
  'ReviewNewsArticle', 'WebPage',
]);
const MAX_NODES = 500;

export function readJsonLd(blocks: readonly unknown[] | undefined): JsonLdFacts {
  const facts: JsonLdFacts = { credited: [] };
  if (!blocks || blocks.length === 0) return facts;
  const nodes = collectNodes(blocks);
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => resolveRef(value, byId);

  const review = nodes.find((n) => hasType(n, (t) => t.endsWith('Review')));
  const article = nodes.find((n) => hasType(n, (t) => ARTICLE_TYPES.has(t)));
  const movie = asNode(resolve(review?.['itemReviewed'])) ?? nodes.find((n) => hasType(n, (t) => t === 'Movie'));

  if (movie && (movie['@type'] === undefined || hasType(movie, (t) => t === 'Movie'))) {
    Object.assign(facts, readMovie(movie, resolve, review?.['itemReviewed'] === undefined ? 'Movie.name' : 'itemReviewed.name'));
  }
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

function readMovie(movie: Node, resolve: (v: unknown) => unknown, field: string): Pick<JsonLdFacts, 'film' | 'credited'> {
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
  return { film: { title, ...(year === undefined ? {} : { year }), evidence: `${field}: ${title}` }, credited };
}

/** Every object node reachable through arrays, `@graph` and a review's nesting, bounded against huge pages. */
function collectNodes(blocks: readonly unknown[]): Node[] {
  const out: Node[] = [];
  const queue: unknown[] = [...blocks];
  while (queue.length > 0 && out.length < MAX_NODES) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
    } else if (asNode(item)) {
      const node = item as Node;
      out.push(node);
      if (node['@graph'] !== undefined) queue.push(node['@graph']);
      if (node['review'] !== undefined) queue.push(node['review']);
      if (node['mainEntity'] !== undefined) queue.push(node['mainEntity']);
    }
  }
  return out;
}

function resolveRef(value: unknown, byId: Map<string, Node>): unknown {
  const node = asNode(value);
  if (node && typeof node['@id'] === 'string' && Object.keys(node).length === 1) return byId.get(node['@id']) ?? value;
  return value;
}

function hasType(node: Node, test: (type: string) => boolean): boolean {
  return list(node['@type']).some((t) => typeof t === 'string' && test(t));
}

function personName(value: unknown, resolve: (v: unknown) => unknown): string | undefined {
  const names = list(value)
    .map(resolve)
    .filter((a) => !(asNode(a) && hasType(a as Node, (t) => t === 'Organization' || t === 'NewsMediaOrganization')))
    .map(nameOf)
    .filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(' and ') : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  const node = asNode(Array.isArray(value) ? value[0] : value);
  return node ? text(node['name']) : undefined;
}

function yearOf(value: unknown): number | undefined {
  const m = /^\s*(\d{4})\b/.exec(String(value ?? ''));
  return m ? Number(m[1]) : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}
