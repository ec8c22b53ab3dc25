import { describe, expect, it } from 'vitest';
import { CLEAN_VERSION } from './clean-version.ts';
import { cleanHtml } from './clean-html.ts';

const PARAGRAPHS = [
  'Celine Song’s debut follows two childhood friends across twenty-four years, and it never once raises its voice to make a point about fate.',
  'Greta Lee gives the performance of the year, holding whole decades in a glance across a bar at four in the morning.',
  'The film’s second half moves to New York, and Song changes its rhythm to match the city, all long takes and late trains.',
  'By the end it has become a film about choosing a life, and about the grief that comes with any choice at all, even a happy one.',
];

const REVIEW_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <title>Past Lives review: tender and wise | The Reel Ledger</title>
  <meta property="og:title" content="Past Lives review: tender and wise">
  <meta property="og:site_name" content="The Reel Ledger">
  <meta property="article:published_time" content="2023-06-02T09:00:00Z">
  <meta name="description" content="Celine Song’s debut is a quiet triumph.">
  <link rel="canonical" href="https://reel-ledger.test/reviews/past-lives">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@graph": [
    {"@type": "WebPage", "url": "https://reel-ledger.test/reviews/past-lives"},
    {"@type": "Review", "itemReviewed": {"@type": "Movie", "name": "Past Lives", "dateCreated": "2023"},
     "author": {"@type": "Person", "name": "Dana Whitfield"},
     "publisher": {"@type": "Organization", "name": "The Reel Ledger"},
     "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5}}
  ]}
  </script>
  <script type="application/ld+json">{"@type": "BreadcrumbList", oops}</script>
</head>
<body>
  <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/reviews">Reviews</a></li></ul></nav>
  <main>
    <article>
      <h1>Past Lives review: tender and wise</h1>
      <p class="byline">By <a rel="author" href="/dana">Dana Whitfield</a></p>
      ${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('\n')}
      <figure><img src="lee.jpg" alt=""><figcaption>Greta Lee and Teo Yoo in Past Lives</figcaption></figure>
      <p>Read also: our guide to this month’s streaming releases&gt;</p>
      ${PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join('\n')}
      <div class="newsletter-box"><h3>Newsletter</h3><p>Sign up for our weekly newsletter.</p><form><input type="email"><button>Subscribe</button></form></div>
      <div class="share"><p>Share this:</p><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul></div>
    </article>
    <section id="comments" class="comments">
      <h2>3 Comments</h2>
      <div class="comment"><p>Great review, thanks! I saw it twice.</p></div>
      <p>Leave a Reply</p>
    </section>
  </main>
  <aside class="sidebar"><h3>Most Popular</h3><ul><li><a href="/a">Ten best films of the year so far</a></li></ul></aside>
  <footer><p>© 2023 The Reel Ledger. All rights reserved.</p></footer>
</body>
</html>`;

describe('cleanHtml', () => {
  it('reads the review paragraphs from a page with nav, figure, newsletter, share and comment boxes', () => {
    const clean = cleanHtml(REVIEW_PAGE);
    expect(clean.paragraphs).toEqual(PARAGRAPHS);
    expect(clean.headings[0]).toBe('Past Lives review: tender and wise');
    const allText = [...clean.paragraphs, ...clean.headings].join('\n');
    for (const furniture of ['Newsletter', 'Subscribe', 'Share this', 'Comments', 'Great review', 'Most Popular', 'All rights reserved', 'Read also']) {
      expect(allText).not.toContain(furniture);
    }
    expect(clean.version).toBe(CLEAN_VERSION);
  });

  it('reads page metadata and every valid JSON-LD node before Readability rewrites the page', () => {
    const { meta } = cleanHtml(REVIEW_PAGE);
    expect(meta).toMatchObject({
      title: 'Past Lives review: tender and wise | The Reel Ledger',
      siteName: 'The Reel Ledger',
      publishedAt: '2023-06-02T09:00:00Z',
      description: 'Celine Song’s debut is a quiet triumph.',
      lang: 'en',
      url: 'https://reel-ledger.test/reviews/past-lives',
      byline: 'Dana Whitfield',
    });
    const types = (meta.jsonLd ?? []).map((node) => (node as { '@type'?: string })['@type']);
    expect(types).toEqual(['WebPage', 'Review']);
    const review = meta.jsonLd?.[1] as { itemReviewed: { name: string }; reviewRating: { ratingValue: number } };
    expect(review.itemReviewed.name).toBe('Past Lives');
    expect(review.reviewRating.ratingValue).toBe(4);
  });

  it('never throws on malformed HTML', () => {
    const inputs = [
      '',
      '<<<>>> garbage <div <p',
      '<html><body><div><p>Unclosed <b>bold <i>italic</div></p>',
      '<p>' + PARAGRAPHS[0] + '<p>' + PARAGRAPHS[1],
      '\u0000\u0001<html>',
      '<script>document.write("<p>")</script><table><tr><td>cell',
      '<html><head><title>T</title><body><h1>Only a title</h1>',
      'plain text with no markup at all',
    ];
    for (const input of inputs) expect(() => cleanHtml(input)).not.toThrow();
    expect(cleanHtml('<p>' + PARAGRAPHS[0] + '<p>' + PARAGRAPHS[1]).paragraphs).toEqual(PARAGRAPHS.slice(0, 2));
  });

  it('returns no paragraphs when the page has no text at all', () => {
    expect(cleanHtml('<html><head><title>Empty</title></head><body><img src="a.jpg"></body></html>').paragraphs).toEqual([]);
  });

  it("falls back to the body's visible text when Readability finds no article", () => {
    // Readability removes <aside> and <footer> wholesale and so returns null for this page.
    const html = `<html><body><nav><a href="/">Home</a></nav><aside><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p></aside><div hidden><p>Hidden text.</p></div></body></html>`;
    expect(cleanHtml(html).paragraphs).toEqual(PARAGRAPHS.slice(0, 2));
  });

  it('parses pages with junk before <html> and copies of <html> in conditional comments', () => {
    const php = `<br />\n<b>Warning</b>: mysql_connect() failed<br />\n<!DOCTYPE html><html><head><title>T</title></head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(cleanHtml(php).paragraphs).toEqual(PARAGRAPHS);
    const conditional = `<!DOCTYPE html>\n<!--[if IE 8]><html class="ie8"><![endif]-->\n<!--[if !IE]><!--><html lang="fr"><!--<![endif]-->\n<head></head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const clean = cleanHtml(conditional);
    expect(clean.paragraphs).toEqual(PARAGRAPHS);
    expect(clean.meta.lang).toBe('fr');
  });

  it('keeps a figure caption out of the paragraphs but in dropped', () => {
    const clean = cleanHtml(REVIEW_PAGE);
    expect(clean.dropped).toContainEqual({ text: 'Greta Lee and Teo Yoo in Past Lives', reason: 'caption' });
  });
});

// Hostile pages (issue 12): how fast is measured by bench/clean-scaling.ts; here, that the text survives.
describe('cleanHtml on hostile pages', () => {
  it('keeps the text of a page nested 5,000 levels deep', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(5000)}</body></html>`;
    expect(cleanHtml(html).paragraphs).toEqual(PARAGRAPHS);
  });

  it('keeps the text of a page nested deeper than the parser follows', () => {
    const html = `<html><body><p>${PARAGRAPHS[0]}</p>${'<section><div>'.repeat(60_000)}<p>${PARAGRAPHS[1]}</p></body></html>`;
    expect(cleanHtml(html).paragraphs).toEqual(PARAGRAPHS.slice(0, 2));
  });

  it('keeps the text of a page with more elements than the cap', () => {
    // Ten paragraphs of 12,000 words each in <b>: 120,000 elements.
    const paragraph = (p: number): string => Array.from({ length: 12_000 }, (_, i) => `<b>p${p}w${i}</b>`).join(' ');
    const html = `<html><body><article>${Array.from({ length: 10 }, (_, p) => `<p>${paragraph(p)}.</p>`).join('')}</article></body></html>`;
    const paragraphs = cleanHtml(html).paragraphs;
    expect(paragraphs).toHaveLength(10);
    expect(paragraphs[9]?.startsWith('p9w0 p9w1 ')).toBe(true);
    expect(paragraphs[9]?.endsWith(' p9w11999.')).toBe(true);
  });
});
