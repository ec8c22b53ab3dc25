/**
 * Walking parsed JSON-LD: the object nodes of a page's blocks (through arrays, `@graph` containers and a
 * review's nesting), `@id` references, `@type` tests, and the plain values schema.org fields hold. Shared by the
 * readers of the review's own facts (json-ld.ts) and of the reviewed film's credits (credits/json-ld-credits.ts).
 */

export type JsonLdNode = Record<string, unknown>;

export interface JsonLdGraph {
  nodes: JsonLdNode[];
  /** Follows a bare `{ "@id": … }` reference to the node it names; anything else comes back as it is. */
  resolve(value: unknown): unknown;
}

const MAX_NODES = 500;

export function jsonLdGraph(blocks: readonly unknown[]): JsonLdGraph {
  const nodes = collectNodes(blocks);
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  return { nodes, resolve: (value) => resolveRef(value, byId) };
}

/**
 * The film a page reviews: its Review's itemReviewed, else the page's Movie node. `viaReview` says which, for
 * the evidence. An itemReviewed typed as something other than a Movie (a book, a product) is not a film.
 */
export function reviewedMovie(graph: JsonLdGraph): { movie: JsonLdNode; viaReview: boolean } | undefined {
  const review = graph.nodes.find((n) => hasType(n, (t) => t.endsWith('Review')));
  const item = asNode(graph.resolve(review?.['itemReviewed']));
  const movie = item ?? graph.nodes.find((n) => hasType(n, (t) => t === 'Movie'));
  if (!movie || (movie['@type'] !== undefined && !hasType(movie, (t) => t === 'Movie'))) return undefined;
  return { movie, viaReview: review?.['itemReviewed'] !== undefined };
}

/** Every object node reachable through arrays, `@graph` and a review's nesting, bounded against huge pages. */
function collectNodes(blocks: readonly unknown[]): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const queue: unknown[] = [...blocks];
  // Read by position, not shift(), and arrays added an item at a time: a page's JSON-LD may hold an array of a
  // hundred thousand entries, which shift() would move once per node and a spread would pass as arguments.
  for (let head = 0; head < queue.length && out.length < MAX_NODES; head += 1) {
    const item = queue[head];
    if (Array.isArray(item)) {
      for (const entry of item) queue.push(entry);
    } else if (asNode(item)) {
      const node = item as JsonLdNode;
      out.push(node);
      if (node['@graph'] !== undefined) queue.push(node['@graph']);
      if (node['review'] !== undefined) queue.push(node['review']);
      if (node['mainEntity'] !== undefined) queue.push(node['mainEntity']);
    }
  }
  return out;
}

function resolveRef(value: unknown, byId: Map<string, JsonLdNode>): unknown {
  const node = asNode(value);
  if (node && typeof node['@id'] === 'string' && Object.keys(node).length === 1) return byId.get(node['@id']) ?? value;
  return value;
}

export function hasType(node: JsonLdNode, test: (type: string) => boolean): boolean {
  return list(node['@type']).some((t) => typeof t === 'string' && test(t));
}

export function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  const node = asNode(Array.isArray(value) ? value[0] : value);
  return node ? text(node['name']) : undefined;
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asNode(value: unknown): JsonLdNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonLdNode) : undefined;
}
