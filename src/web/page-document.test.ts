import { describe, expect, it } from 'vitest';
import { fetchedPageDocument, pageSourceKey } from './page-document.ts';

const options = { maxDocumentBytes: 1024 * 1024 };

describe('fetchedPageDocument', () => {
  it('keys a page by its URL without the fragment, so fetching it again is a new version of the same review', () => {
    expect(pageSourceKey('https://reel.example/her-smell?x=1#comments')).toBe('https://reel.example/her-smell?x=1');
  });

  it('decodes with the charset the server sent, over the one the page declares', () => {
    const body = Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Caf\xe9 society</p></body></html>', 'latin1');
    const document = fetchedPageDocument({ url: 'https://a.example/r', contentType: 'text/html; charset=ISO-8859-1', body }, undefined, options);
    expect(document.format).toBe('html');
    expect(document.content).toContain('Café society');
  });

  it('reads a page that declares no charset and is not UTF-8 as windows-1252, and says so', () => {
    const body = Buffer.from('<html><body><p>Caf\xe9 society, na\xefve and brilliant.</p></body></html>', 'latin1');
    const document = fetchedPageDocument({ url: 'https://a.example/r', contentType: 'text/html', body }, undefined, options);
    expect(document.content).toContain('Café society, naïve');
    expect(document.warnings?.at(-1)).toContain('windows-1252');
  });

  it('carries what a feed said about the item as hints extract prefers, and the film named for the feed', () => {
    const body = Buffer.from('A ferocious film, and Elisabeth Moss is magnificent.');
    const document = fetchedPageDocument(
      { url: 'https://a.example/r', contentType: 'text/plain', body },
      { author: 'Ann Critic', outlet: 'Screen Notes', publishedAt: '2019-04-12T10:00:00.000Z', film: 'Her Smell (2018)', title: 'Her Smell review' },
      options,
    );
    expect(document).toMatchObject({
      format: 'text',
      sourceKey: 'https://a.example/r',
      filmHint: 'Her Smell (2018)',
      record: { url: 'https://a.example/r', critic: 'Ann Critic', outlet: 'Screen Notes', publishedAt: '2019-04-12T10:00:00.000Z' },
    });
  });
});
