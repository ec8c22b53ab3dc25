/** POST /api/v1/reviews: the token check, malformed input (400 with a code, nothing stored), and real ingest. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../../test/server-fixture.ts';
import { generateApiToken, hashApiToken } from '../auth/api-token.ts';

let f: ServerFixture;
beforeAll(async () => {
  f = await openServerFixture();
});
afterAll(() => f.close());

async function post(body: string, options: { type?: string; token?: string | null; query?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.type !== undefined) headers['Content-Type'] = options.type;
  const token = options.token === undefined ? f.token : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  return await f.web.request(`/api/v1/reviews${options.query ?? ''}`, { method: 'POST', headers, body });
}

const review = {
  text: 'A warm, funny and beautifully acted comedy that earns every one of its tears.',
  film: 'Harbour Nights',
  year: 2024,
  critic: 'Ada Quill',
  outlet: 'The Test Gazette',
  date: '2024-05-01',
  rating: '4/5',
};

/** Reads as a film review (the gate lets it through) but names no film. */
const NAMELESS_REVIEW = 'The film is fine, I suppose: the director keeps it moving, the cast is likeable and the screenplay has a few good jokes.';

async function reviewCount(): Promise<number> {
  return (await f.app.store.counts()).reviews;
}

describe('POST /api/v1/reviews: refusals store nothing', () => {
  const cases: [string, () => Promise<Response>, number, string][] = [
    ['no token', () => post(JSON.stringify(review), { type: 'application/json', token: null }), 401, 'unauthorized'],
    ['an unknown token', () => post(JSON.stringify(review), { type: 'application/json', token: generateApiToken() }), 401, 'unauthorized'],
    ['not a Bearer header', async () => f.web.request('/api/v1/reviews', { method: 'POST', headers: { Authorization: f.token }, body: 'x' }), 401, 'unauthorized'],
    ['malformed JSON', () => post('{"text": "unterminated', { type: 'application/json' }), 400, 'malformed'],
    ['a JSON array', () => post('[1, 2]', { type: 'application/json' }), 400, 'invalid-argument'],
    ['no text', () => post(JSON.stringify({ ...review, text: '   ' }), { type: 'application/json' }), 400, 'invalid-argument'],
    ['no film', () => post(JSON.stringify({ text: review.text }), { type: 'application/json' }), 400, 'invalid-argument'],
    ['a bad date', () => post(JSON.stringify({ ...review, date: 'May 1st' }), { type: 'application/json' }), 400, 'invalid-argument'],
    ['a javascript: URL', () => post(JSON.stringify({ ...review, url: 'javascript:alert(1)' }), { type: 'application/json' }), 400, 'invalid-argument'],
    ['an unknown field', () => post(JSON.stringify({ ...review, stars: 5 }), { type: 'application/json' }), 400, 'invalid-argument'],
    ['a wrong type', () => post(JSON.stringify({ ...review, year: '2024' }), { type: 'application/json' }), 400, 'invalid-argument'],
    ['an unknown query parameter', () => post('Great film.', { type: 'text/plain', query: '?flim=X' }), 400, 'invalid-argument'],
    ['an empty page', () => post('', { type: 'text/plain', query: '?film=X' }), 400, 'empty'],
    ['an unsupported type', () => post('a,b', { type: 'text/csv' }), 415, 'unsupported-media-type'],
    ['too large a body', () => post('x'.repeat(70 * 1024), { type: 'text/plain', query: '?film=X' }), 413, 'too-large'],
    ['a film nobody can tell', () => post(NAMELESS_REVIEW, { type: 'text/plain' }), 422, 'unknown-film'],
  ];

  for (const [name, send, status, code] of cases) {
    it(`answers ${status} ${code} for ${name}`, async () => {
      const before = await reviewCount();
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
      const body = await json(res);
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(10);
      expect(await reviewCount()).toBe(before);
    });
  }

  it('refuses a revoked token', async () => {
    const token = generateApiToken();
    const record = await f.app.store.createApiToken({ name: 'short-lived', hash: hashApiToken(token) });
    expect((await post(JSON.stringify(review), { type: 'application/json', token: token })).status).toBe(201);
    await f.app.store.revokeApiToken(record.id);
    const res = await post(JSON.stringify({ ...review, critic: 'Someone Else' }), { type: 'application/json', token });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
  });
});

describe('POST /api/v1/reviews: ingest', () => {
  it('stores a JSON review through the pipeline and shows it at once', async () => {
    const body = { ...review, film: 'Lighthouse Keepers', critic: 'Bea Lamp' };
    const res = await post(JSON.stringify(body), { type: 'application/json' });
    expect(res.status).toBe(201);
    const saved = await json(res);
    expect(saved.status).toBe('added');
    expect(saved.review).toMatchObject({ verdict: 'positive', rating: { raw: '4/5', score: 80 }, critic: { name: 'Bea Lamp' } });
    expect(saved.film).toMatchObject({ title: 'Lighthouse Keepers', year: 2024, reviewCount: 1 });
    expect(res.headers.get('Location')).toBe(`/api/v1/reviews/${saved.review.id}`);
    // The cached film list knows about the new film on the next request.
    const films = await json(await f.web.request('/api/v1/films?limit=100'));
    expect(films.items.map((film: { title: string }) => film.title)).toContain('Lighthouse Keepers');
    const again = await post(JSON.stringify(body), { type: 'application/json' });
    expect(again.status).toBe(200);
    expect((await json(again)).status).toBe('unchanged');
  });

  it('stores an HTML page, naming the film in the query string', async () => {
    const paragraphs = [
      'Salt Marsh is a slow, gorgeous film about a family waiting out a flood in a house at the edge of the sea.',
      'The director lets scenes breathe, and the cast, led by a superb Nell Harlow, make every silence count.',
      'There are longueurs in the middle hour, but the photography of the marsh at dawn is worth the wait alone.',
      'The last scene is a quiet marvel, and it stays with you for days. Rating: 3.5/4',
    ];
    const page = `<!doctype html><html><head><title>Salt Marsh review</title></head><body><nav>Home | Reviews</nav>
      <article><h1>Salt Marsh review: a quiet marvel</h1><p>By Cy Reed</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const res = await post(page, { type: 'text/html; charset=utf-8', query: '?film=Salt%20Marsh' });
    expect(res.status, await res.clone().text()).toBe(201);
    const saved = await json(res);
    expect(saved.film.title).toBe('Salt Marsh');
    expect(saved.review.text).toContain('quiet marvel');
  });

  it('stores plain text', async () => {
    const res = await post('Dull, shapeless and far too long; a waste of a fine cast.', { type: 'text/plain', query: '?film=Grey%20Harbour' });
    expect(res.status).toBe(201);
    expect((await json(res)).review.verdict).toBe('negative');
  });

  it('stores a title with a lone surrogate and a control character made safe, and says what it replaced', async () => {
    // Written by hand: JSON.stringify would escape the lone surrogate the same way, but this is what an attacker sends.
    const body = `{"text": "A sharp and funny film.", "film": "Lone\\ud800 Star\\u0007", "critic": "Ada Quill"}`;
    const res = await post(body, { type: 'application/json' });
    expect(res.status, await res.clone().text()).toBe(201);
    const saved = await json(res);
    expect(saved.film.title).toBe('Lone\ufffd Star\ufffd');
    expect(saved.warnings).toEqual(['1 control character and 1 lone surrogate replaced by U+FFFD']);
  });
});

