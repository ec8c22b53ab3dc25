import { describe, expect, it } from 'vitest';
import { parseJsonLdBlocks } from './json-ld.ts';

describe('parseJsonLdBlocks', () => {
  it('parses objects and flattens arrays and @graph containers', () => {
    const nodes = parseJsonLdBlocks([
      '{"@type": "Review", "name": "A"}',
      '[{"@type": "Person"}, {"@type": "Organization"}]',
      '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "Movie"}]}',
    ]);
    expect(nodes.map((node) => (node as { '@type': string })['@type'])).toEqual([
      'Review',
      'Person',
      'Organization',
      'WebPage',
      'Movie',
    ]);
  });

  it('skips invalid JSON and empty blocks without throwing', () => {
    expect(parseJsonLdBlocks(['{"@type": "Review",', '', 'null', '42', '{"@type": "Movie"}'])).toEqual([{ '@type': 'Movie' }]);
  });

  it('unwraps HTML comment and CDATA wrappers', () => {
    expect(parseJsonLdBlocks(['<!-- {"@type": "Review"} -->', '//<![CDATA[\n{"@type": "Movie"}\n//]]>'])).toEqual([
      { '@type': 'Review' },
      { '@type': 'Movie' },
    ]);
  });
});
