/**
 * JSON-LD blocks of a page, parsed as found. Invalid blocks are skipped (pages ship broken JSON often enough);
 * arrays and `@graph` containers are flattened so extraction sees one list of typed nodes.
 */

/** Parses the text of `<script type="application/ld+json">` blocks into a flat list of nodes. */
export function parseJsonLdBlocks(blocks: readonly string[]): unknown[] {
  const nodes: unknown[] = [];
  for (const block of blocks) {
    const parsed = parseLenient(block);
    if (parsed !== undefined) flattenInto(parsed, nodes);
  }
  return nodes;
}

function parseLenient(block: string): unknown {
  // CMSs wrap the JSON in HTML comments or CDATA markers to hide it from old browsers.
  const text = block
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function flattenInto(value: unknown, nodes: unknown[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flattenInto(item, nodes);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const graph = (value as Record<string, unknown>)['@graph'];
  if (graph === undefined) {
    nodes.push(value);
    return;
  }
  // A container's own fields besides @context and @graph are a node too (rare, but dropping them loses data).
  const { '@graph': _graph, '@context': _context, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) nodes.push(rest);
  flattenInto(graph, nodes);
}
