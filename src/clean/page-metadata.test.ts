import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageInfo } from './page-metadata.ts';

function documentOf(html: string): Document {
  return parseHTML(html).document as Document;
}

describe('readPageInfo', () => {
  it('reads title, og tags, dates, description, language, canonical URL and author', () => {
    const { metadata } = readPageInfo(
      documentOf(`<html lang="en-GB"><head>
        <title>Past Lives review – tender and wise | The Reel Ledger</title>
        <meta property="og:title" content="Past Lives review – tender and wise">
        <meta property="og:site_name" content="The Reel Ledger">
        <meta property="article:published_time" content="2023-06-02T09:00:00Z">
        <meta name="description" content="Celine Song’s debut is a quiet triumph.">
        <meta name="author" content="Dana Whitfield">
        <link rel="canonical" href="https://reel-ledger.test/past-lives">
      </head><body></body></html>`),
    );
    expect(metadata).toEqual({
      title: 'Past Lives review – tender and wise | The Reel Ledger',
      siteName: 'The Reel Ledger',
      publishedAt: '2023-06-02T09:00:00Z',
      description: 'Celine Song’s debut is a quiet triumph.',
      lang: 'en-GB',
      url: 'https://reel-ledger.test/past-lives',
      byline: 'Dana Whitfield',
    });
  });

  it('falls back to og:url, a <time datetime> and og:description', () => {
    const { metadata } = readPageInfo(
      documentOf(`<html><head>
        <meta property="og:url" content="https://x.test/a"><meta property="og:description" content="D">
        <meta property="article:author" content="https://x.test/authors/dana">
      </head><body><time datetime="2020-01-01">old</time><time datetime="2023-06-02" itemprop="datePublished">June 2</time></body></html>`),
    );
    expect(metadata).toEqual({ url: 'https://x.test/a', description: 'D', publishedAt: '2023-06-02' });
  });

  it('takes the h1 matching the title as the headline, not a logo h1', () => {
    const { headlines } = readPageInfo(
      documentOf(`<html><head><title>Past Lives review | Ledger</title><meta property="og:title" content="Past Lives review"></head>
        <body><h1>The Reel Ledger</h1><h1>Past Lives review: tender and wise</h1></body></html>`),
    );
    expect(headlines).toEqual(['Past Lives review: tender and wise', 'Past Lives review']);
  });

  it('collects every JSON-LD block, flattening @graph and skipping invalid ones', () => {
    const { metadata } = readPageInfo(
      documentOf(`<html><head>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Review"}]}</script>
        <script type="application/ld+json">{ broken</script>
        <script type="Application/LD+JSON; charset=utf-8">{"@type":"Person","name":"Dana Whitfield"}</script>
        <script type="text/javascript">var x = {"@type": "NotJsonLd"};</script>
      </head><body></body></html>`),
    );
    expect(metadata.jsonLd).toEqual([{ '@type': 'WebPage' }, { '@type': 'Review' }, { '@type': 'Person', name: 'Dana Whitfield' }]);
  });
});
