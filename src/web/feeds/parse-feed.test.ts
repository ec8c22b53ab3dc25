import { describe, expect, it } from 'vitest';
import { FeedError } from './feed-item.ts';
import { parseFeed } from './parse-feed.ts';

const CRITIC_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Reel Thoughts &amp; Second Looks</title>
    <link>https://reelthoughts.example/</link>
    <atom:link href="https://reelthoughts.example/feed.xml" rel="self" type="application/rss+xml"/>
    <description>Film reviews by Mara Quint</description>
    <item>
      <title>Review: The Quiet Harbour</title>
      <link>https://reelthoughts.example/reviews/the-quiet-harbour</link>
      <guid isPermaLink="false">reelthoughts-2024-031</guid>
      <pubDate>Fri, 15 Mar 2024 09:30:00 +0100</pubDate>
      <dc:creator>Mara Quint</dc:creator>
      <description><![CDATA[<p>A patient, luminous drama that earns every silence.</p>]]></description>
    </item>
    <item>
      <title>Review: Neon Requiem</title>
      <link>/reviews/neon-requiem</link>
      <pubDate>Tue, 12 Mar 2024 18:00:00 GMT</pubDate>
      <author>mara@reelthoughts.example (Mara Quint)</author>
      <description>Style to burn, and nothing underneath it.</description>
    </item>
    <item>
      <title>Review: Paper Kites</title>
      <link>javascript:alert(1)</link>
      <pubDate>sometime last week</pubDate>
      <description>Charming, slight, forgettable by the car park.</description>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">The Long Take</title>
  <link href="https://longtake.example/" rel="alternate"/>
  <link href="https://longtake.example/atom.xml" rel="self"/>
  <id>tag:longtake.example,2024:feed</id>
  <updated>2024-04-02T10:00:00Z</updated>
  <author><name>Idris Vale</name></author>
  <entry>
    <title>Salt Roads is a triumph of patience</title>
    <link href="/2024/04/salt-roads" rel="alternate"/>
    <id>tag:longtake.example,2024:salt-roads</id>
    <published>2024-04-01T08:00:00-04:00</published>
    <updated>2024-04-02T10:00:00Z</updated>
    <summary>Four hours, and not a minute wasted.</summary>
  </entry>
  <entry>
    <title>Glass Orchard never finds its footing</title>
    <link href="https://longtake.example/2024/03/glass-orchard"/>
    <id>tag:longtake.example,2024:glass-orchard</id>
    <updated>2024-03-28T12:00:00Z</updated>
    <author><name>Guest: Ana Ruiz</name></author>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://cinephile.example/rss">
    <title>Cinephile Weekly</title>
    <link>https://cinephile.example/</link>
    <description>Weekly reviews</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://cinephile.example/r/tide-line"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://cinephile.example/r/tide-line">
    <title>Tide Line</title>
    <link>https://cinephile.example/r/tide-line</link>
    <description>Gorgeous and hollow in equal measure.</description>
    <dc:creator>Paul Okafor</dc:creator>
    <dc:date>2024-02-20T14:00:00Z</dc:date>
  </item>
</rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Frames Per Second',
  home_page_url: 'https://fps.example/',
  feed_url: 'https://fps.example/feed.json',
  authors: [{ name: 'Lena Park' }],
  items: [
    {
      id: 'fps-88',
      url: 'https://fps.example/reviews/the-last-lighthouse',
      title: 'The Last Lighthouse',
      summary: 'A ghost story that forgets to be frightening.',
      date_published: '2024-05-01T20:15:00+02:00',
    },
    { id: 'fps-87', url: 'reviews/ember', title: 'Ember', authors: [{ name: 'Guest Critic' }] },
  ],
});

describe('parseFeed', () => {
  it("reads a critic's RSS feed: guid or link as key, resolved links, ISO dates, authors", () => {
    const feed = parseFeed(CRITIC_RSS);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Reel Thoughts & Second Looks');
    expect(feed.truncated).toBe(false);
    expect(feed.items).toEqual([
      {
        key: 'reelthoughts-2024-031',
        link: 'https://reelthoughts.example/reviews/the-quiet-harbour',
        title: 'Review: The Quiet Harbour',
        author: 'Mara Quint',
        publishedAt: '2024-03-15T08:30:00.000Z',
        summary: '<p>A patient, luminous drama that earns every silence.</p>',
      },
      {
        key: 'https://reelthoughts.example/reviews/neon-requiem',
        link: 'https://reelthoughts.example/reviews/neon-requiem',
        title: 'Review: Neon Requiem',
        author: 'Mara Quint',
        publishedAt: '2024-03-12T18:00:00.000Z',
        summary: 'Style to burn, and nothing underneath it.',
      },
      {
        key: expect.stringMatching(/^sha256:[0-9a-f]{32}$/),
        link: null,
        title: 'Review: Paper Kites',
        author: null,
        publishedAt: null,
        summary: 'Charming, slight, forgettable by the car park.',
      },
    ]);
    // The hashed key is stable from one poll to the next.
    expect(parseFeed(CRITIC_RSS).items[2]!.key).toBe(feed.items[2]!.key);
  });

  it('reads an Atom feed, with the feed author inherited by entries without one', () => {
    const feed = parseFeed(ATOM);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('The Long Take');
    expect(feed.items).toEqual([
      {
        key: 'tag:longtake.example,2024:salt-roads',
        link: 'https://longtake.example/2024/04/salt-roads',
        title: 'Salt Roads is a triumph of patience',
        author: 'Idris Vale',
        publishedAt: '2024-04-01T12:00:00.000Z',
        summary: 'Four hours, and not a minute wasted.',
      },
      {
        key: 'tag:longtake.example,2024:glass-orchard',
        link: 'https://longtake.example/2024/03/glass-orchard',
        title: 'Glass Orchard never finds its footing',
        author: 'Guest: Ana Ruiz',
        publishedAt: '2024-03-28T12:00:00.000Z',
        summary: null,
      },
    ]);
  });

  it('reads an RDF (RSS 1.0) feed with Dublin Core author and date', () => {
    const feed = parseFeed(RDF);
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('Cinephile Weekly');
    expect(feed.items).toEqual([
      {
        key: 'https://cinephile.example/r/tide-line',
        link: 'https://cinephile.example/r/tide-line',
        title: 'Tide Line',
        author: 'Paul Okafor',
        publishedAt: '2024-02-20T14:00:00.000Z',
        summary: 'Gorgeous and hollow in equal measure.',
      },
    ]);
  });

  it('reads a JSON Feed, resolving relative URLs against its home page', () => {
    const feed = parseFeed(JSON_FEED);
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('Frames Per Second');
    expect(feed.items.map((item) => [item.key, item.link, item.author, item.publishedAt])).toEqual([
      ['fps-88', 'https://fps.example/reviews/the-last-lighthouse', 'Lena Park', '2024-05-01T18:15:00.000Z'],
      ['fps-87', 'https://fps.example/reviews/ember', 'Guest Critic', null],
    ]);
  });

  it('resolves relative links against baseUrl when the feed names no site, and keeps only http(s)', () => {
    const rss = `<rss version="2.0"><channel><title>T</title>
      <item><title>a</title><link>/a</link></item>
      <item><title>b</title><link>ftp://files.example/b</link></item>
      <item><title>c</title><link>mailto:critic@example.com</link></item>
    </channel></rss>`;
    expect(parseFeed(rss, { baseUrl: 'https://feeds.example/critic.xml' }).items.map((item) => item.link)).toEqual([
      'https://feeds.example/a',
      null,
      null,
    ]);
    expect(parseFeed(rss).items[0]!.link).toBeNull();
  });

  it('parses a feed of 10,000 items and marks a longer one truncated', () => {
    const items = (count: number) =>
      Array.from(
        { length: count },
        (_, index) =>
          `<item><title>Review ${index}</title><link>https://big.example/r/${index}</link><guid>r-${index}</guid></item>`,
      ).join('\n');
    const rss = (count: number) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items(count)}</channel></rss>`;
    const full = parseFeed(rss(10_000));
    expect(full.items).toHaveLength(10_000);
    expect(full.truncated).toBe(false);
    expect(full.items[9_999]!.key).toBe('r-9999');
    const over = parseFeed(rss(10_001));
    expect(over.items).toHaveLength(10_000);
    expect(over.truncated).toBe(true);
    const small = parseFeed(rss(5), { maxItems: 3 });
    expect(small.items.map((item) => item.key)).toEqual(['r-0', 'r-1', 'r-2']);
    expect(small.truncated).toBe(true);
  });

  it("gives 'malformed' with a readable message for broken XML, a cut-off feed and broken JSON Feed", () => {
    expectFeedError(
      () => parseFeed('<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>A</item></channel></rss>'),
      'malformed',
      /not well-formed XML: <\/item> on line 3 where <\/title> was expected/,
    );
    expectFeedError(
      () => parseFeed(CRITIC_RSS.slice(0, CRITIC_RSS.indexOf('</item>'))),
      'malformed',
      /ends before <item> is closed \(was it cut off\?\)/,
    );
    expectFeedError(() => parseFeed(JSON_FEED.slice(0, 80)), 'malformed', /JSON Feed is not valid JSON/);
  });

  it("gives 'not-a-feed' for an HTML page, other XML, other JSON and nothing", () => {
    const html = '<!DOCTYPE html><html lang="en"><head><title>Reel Thoughts</title></head><body><h1>Hi</h1></body></html>';
    expectFeedError(() => parseFeed(html), 'not-a-feed', /not an RSS, Atom, RDF or JSON feed \(an HTML page\)/);
    expectFeedError(() => parseFeed('<?xml version="1.0"?><urlset><url/></urlset>'), 'not-a-feed', /XML of another kind/);
    expectFeedError(() => parseFeed('{"films": []}'), 'not-a-feed', /JSON of another kind/);
    expectFeedError(() => parseFeed('  '), 'not-a-feed', /an empty document/);
  });
});

function expectFeedError(run: () => unknown, code: FeedError['code'], message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(FeedError);
  expect((caught as FeedError).code).toBe(code);
  expect((caught as FeedError).message).toMatch(message);
}
