/** The HTML pages through app.request(): what each shows, escaping of untrusted text, and the headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../test/server-fixture.ts';

let f: ServerFixture;
let hostileFilmPath = '';
const HOSTILE = 'Brilliant <script>alert("xss")</script> and " onload="alert(1)" <img src=x onerror=alert(2)> work.';

beforeAll(async () => {
  f = await openServerFixture();
  const res = await f.web.request('/api/v1/reviews', {
    method: 'POST',
    headers: { Authorization: `Bearer ${f.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: HOSTILE, film: 'Hostile <b>Title</b>', critic: 'Eve "onload" <i>Mallory</i>', outlet: 'The <Hack>', label: 'fresh' }),
  });
  hostileFilmPath = (await json(res)).film.links.page;
});
afterAll(() => f.close());

async function page(path: string): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await f.web.request(path);
  return { status: res.status, body: await res.text(), headers: res.headers };
}

describe('pages', () => {
  it('home: the search box, the best-reviewed and the newest films', async () => {
    const { status, body } = await page('/');
    expect(status).toBe(200);
    expect(body).toContain('name="q"');
    expect(body).toContain('Best reviewed');
    expect(body).toContain('Paper Lanterns');
  });

  it('film page: percent positive with its interval, average score, charts and every review', async () => {
    const films = await json(await f.web.request('/api/v1/films?limit=100'));
    const film = films.items.find((item: { title: string }) => item.title === 'Paper Lanterns');
    const { status, body } = await page(film.links.page);
    expect(status).toBe(200);
    expect(body).toMatch(/data-testid="percent-positive">\d+%/);
    expect(body).toMatch(/95% interval \d+–\d+%/);
    expect(body).toContain('Score distribution');
    expect(body).toContain('<svg class="dial');
    expect(body.match(/<li class="review"/g)).toHaveLength(7);
    expect(body).toContain('Critic\'s rating <span class="rating">');
  });

  it('search: typo-tolerant names and review text with the match marked', async () => {
    const { body } = await page('/search?q=papr+lanterns');
    expect(body).toContain('Paper Lanterns');
    const text = await page('/search?q=padding');
    expect(text.body).toContain('<mark>padding</mark>');
  });

  it('critic and outlet pages, and their indexes', async () => {
    const critics = await page('/critics');
    const link = /href="(\/critics\/\d+\/[^"]+)"/.exec(critics.body)?.[1];
    expect(link).toBeDefined();
    const critic = await page(link!);
    expect(critic.status).toBe(200);
    expect(critic.body).toContain('data-testid="agreement"');
    expect((await page('/outlets')).status).toBe(200);
  });

  it('methodology page, and an HTML 404 for an unknown address or film', async () => {
    expect((await page('/methodology')).body).toContain('Wilson');
    const missing = await page('/films/99999');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<h1>Not found</h1>');
    expect((await page('/nowhere')).status).toBe(404);
    // Not an id: a film name that names no film.
    expect((await page('/films/abc')).status).toBe(404);
    expect((await page('/films/0')).status).toBe(400);
  });

  it('the badge is an SVG with the score, for id or title', async () => {
    const res = await f.web.request('/badge/paper-lanterns.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('Cache-Control')).toMatch(/max-age=/);
    expect(await res.text()).toMatch(/\d+% positive/);
    expect((await f.web.request('/badge/no-such-film.svg')).status).toBe(404);
  });
});

describe('untrusted text', () => {
  it('is escaped everywhere it is shown: film page, search, critic page', async () => {
    const critic = await json(await f.web.request('/api/v1/search?q=mallory'));
    const pages = [hostileFilmPath, '/search?q=brilliant', critic.critics[0] ? `/critics/${critic.critics[0].id}` : '/critics'];
    for (const path of pages) {
      const { status, body } = await page(path);
      expect(status, path).toBe(200);
      expect(body, path).not.toMatch(/<script|<img src=x|<b>Title|<i>Mallory|<Hack>/i);
      expect(body, path).not.toMatch(/onload="alert/i);
    }
    const film = await page(hostileFilmPath);
    expect(film.body).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(film.body).toContain('Hostile &lt;b&gt;Title&lt;/b&gt;');
  });
});

describe('headers', () => {
  it('a strict CSP and no inline script or style on any page', async () => {
    for (const path of ['/', '/films', '/critics', '/outlets', '/search?q=x', '/methodology', hostileFilmPath, '/nowhere']) {
      const { body, headers } = await page(path);
      expect(headers.get('Content-Security-Policy'), path).toContain("default-src 'self'");
      expect(headers.get('Content-Security-Policy'), path).toContain("script-src 'self'");
      expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(body, path).not.toMatch(/<script|\sstyle="|<style/i);
    }
  });

  it('serves the stylesheet named by the page, cacheable for a year', async () => {
    const { body } = await page('/');
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(body)?.[1];
    const css = await f.web.request(href!);
    expect(css.status).toBe(200);
    expect(css.headers.get('Cache-Control')).toContain('immutable');
    expect((await f.web.request('/static/styles.old.css')).status).toBe(404);
  });
});
