/**
 * Stored data the server did not vet itself (a review imported earlier from an export, a film title with control
 * characters), written straight into the real SQLite file through a second connection as an old import would have
 * left it: links stay http(s) only, and the SVG badge stays well-formed XML.
 */
import Database from 'better-sqlite3';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../test/server-fixture.ts';
import { scoreBadge } from './svg/badge.ts';
import { xmlText } from './svg/xml-text.ts';

let f: ServerFixture;
beforeAll(async () => {
  f = await openServerFixture();
});
afterAll(() => f.close());

/** Runs SQL on the fixture's database file from a second connection, as another process would. */
function writeDirectly(sql: string, ...params: unknown[]): void {
  const db = new Database(f.app.config.dbPath);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/** A strict XML 1.0 parse (jsdom's DOMParser uses saxes): the names of parse errors, none when well-formed. */
function xmlErrors(text: string): string[] {
  const { window } = new JSDOM('');
  const document = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  return [...document.getElementsByTagName('parsererror')].map((node) => node.textContent ?? 'parsererror');
}

async function postReview(body: object): Promise<{ review: { id: number; filmId: number }; film: { links: { page: string } } }> {
  const res = await f.web.request('/api/v1/reviews', {
    method: 'POST',
    headers: { Authorization: `Bearer ${f.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return json(res);
}

describe('a stored review URL that is not http(s)', () => {
  it('is served as no link: null in the API, no anchor on the page', async () => {
    const saved = await postReview({ text: 'A bold, moving and gorgeous film.', film: 'Quiet Harbour', critic: 'Ada Quill', url: 'https://example.org/quiet-harbour' });
    writeDirectly('UPDATE review_versions SET url = ? WHERE review_id = ?', 'javascript:alert(1)', saved.review.id);

    const review = await json(await f.web.request(`/api/v1/reviews/${saved.review.id}`));
    expect(review.text).toContain('gorgeous');
    expect(review.url).toBeNull();
    const list = await json(await f.web.request(`/api/v1/films/${saved.review.filmId}/reviews`));
    expect(list.items.map((item: { url: string | null }) => item.url)).toEqual([null]);

    const page = await (await f.web.request(saved.film.links.page)).text();
    expect(page).toContain('gorgeous');
    expect(page).not.toContain('javascript:');
    expect(page).not.toContain('Original review');
  });
});

describe('the badge', () => {
  it('is well-formed XML for a film whose stored title holds a control character', async () => {
    const saved = await postReview({ text: 'Warm, witty and wise.', film: 'Bell Jar', critic: 'Bea Lamp' });
    writeDirectly('UPDATE films SET title = ? WHERE id = ?', 'Bell\u0007 Jar \uD800\u0001', saved.review.filmId);
    const res = await f.web.request(`/badge/${saved.review.filmId}.svg`);
    expect(res.status).toBe(200);
    const svg = new TextDecoder('utf-8', { fatal: true }).decode(await res.arrayBuffer());
    expect(svg).toContain('Bell Jar');
    expect(xmlErrors(svg)).toEqual([]);
  });

  it('is well-formed XML for any title, lone surrogates and U+FFFF included', () => {
    const title = 'Bell\u0007 \uD800Jar\uDC00 \uFFFF\u001F';
    expect(xmlErrors(`<svg xmlns="http://www.w3.org/2000/svg"><title>${title}</title></svg>`)).not.toEqual([]);
    const svg = scoreBadge({ title, percentPositive: 80, reviewCount: 5 }).value;
    expect(xmlErrors(svg)).toEqual([]);
    expect(svg).toContain('<title>Bell Jar : 80% positive on Plaudit</title>');
  });
});

describe('xmlText', () => {
  it('keeps tab, newline, carriage return, astral characters and ordinary text; drops what XML forbids', () => {
    expect(xmlText('a\tb\nc\rd 🎬 é')).toBe('a\tb\nc\rd 🎬 é');
    expect(xmlText('\u0000a\u0008\u000B\u000C\u000E\u001Fb\uFFFE\uFFFFc\uD800d\uDFFF')).toBe('abcd');
  });
});
