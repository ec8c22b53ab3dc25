/**
 * Editors on the web, through the real app on a real SQLite file: sign in and out, the session cookie's flags,
 * expiry, CSRF, roles, the sign-in rate limit, and API token scopes.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServerFixture, type ServerFixture } from '../../test/server-fixture.ts';
import { generateApiToken, hashApiToken } from './auth/api-token.ts';
import { addUser } from '../use-cases/users.ts';

let f: ServerFixture;
const ADMIN = { name: 'ada', password: 'admin-password-1' };
const EDITOR = { name: 'ed', password: 'editor-password-1' };

function form(fields: Record<string, string>): { method: string; headers: Record<string, string>; body: string } {
  return { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
}

function cookieOf(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  const match = /plaudit_session=([^;]*)/.exec(header);
  if (!match) throw new Error(`no session cookie in ${header}`);
  return `plaudit_session=${match[1]}`;
}

async function signIn(user: { name: string; password: string }): Promise<string> {
  const res = await f.web.request('/sign-in', form({ name: user.name, password: user.password, next: '/edit' }));
  expect(res.status).toBe(303);
  return cookieOf(res);
}

async function csrfOf(cookie: string, path = '/edit'): Promise<string> {
  const page = await (await f.web.request(path, { headers: { Cookie: cookie } })).text();
  const match = /name="csrf" value="([^"]+)"/.exec(page);
  if (!match) throw new Error(`no CSRF field on ${path}`);
  return match[1] as string;
}

function usersInDb(): string[] {
  const db = new Database(f.app.config.dbPath, { readonly: true });
  try {
    return (db.prepare('select name from users order by name').all() as { name: string }[]).map((row) => row.name);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  f = await openServerFixture();
  await addUser(f.app.store, { ...ADMIN, role: 'admin' });
  await addUser(f.app.store, { ...EDITOR, role: 'editor' });
});
afterAll(() => f.close());

describe('signing in', () => {
  it('shows a form, and on the right password sets an HttpOnly, SameSite=Lax session cookie and shows the editor', async () => {
    const page = await f.web.request('/sign-in');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="password"');
    const res = await f.web.request('/sign-in', form({ name: EDITOR.name, password: EDITOR.password, next: '/edit' }));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/edit');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^plaudit_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const edit = await f.web.request('/edit', { headers: { Cookie: cookieOf(res) } });
    expect(edit.status).toBe(200);
    const html = await edit.text();
    expect(html).toContain('class="editor-nav"');
    expect(html).toContain('>ed</a>');
    expect(html).toContain('Sign out');
    expect(html).toContain('href="/held"');
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const res = await f.web.request('https://reviews.example/sign-in', form({ name: EDITOR.name, password: EDITOR.password }));
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password with the form again and no cookie', async () => {
    const res = await f.web.request('/sign-in', form({ name: EDITOR.name, password: 'not-the-password' }));
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('do not match');
  });

  it('refuses and deletes an expired session', async () => {
    const cookie = await signIn(EDITOR);
    const db = new Database(f.app.config.dbPath);
    const past = new Date(Date.now() - 13 * 60 * 60_000).toISOString();
    db.prepare('update sessions set last_seen_at = ?').run(past);
    const before = (db.prepare('select count(*) as n from sessions').get() as { n: number }).n;
    const res = await f.web.request('/edit', { headers: { Cookie: cookie } });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/sign-in?next=%2Fedit');
    expect((db.prepare('select count(*) as n from sessions').get() as { n: number }).n).toBe(before - 1);
    db.close();
  });

  it('signs out: the session ends', async () => {
    const cookie = await signIn(EDITOR);
    const csrf = await csrfOf(cookie);
    const out = await f.web.request('/sign-out', { ...form({ csrf }), headers: { ...form({}).headers, Cookie: cookie } });
    expect(out.status).toBe(303);
    expect((await f.web.request('/edit', { headers: { Cookie: cookie } })).status).toBe(303);
  });
});

describe('roles and CSRF', () => {
  it('sends an anonymous visitor from /edit and /users to /sign-in', async () => {
    for (const path of ['/edit', '/users']) {
      const res = await f.web.request(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('Location')).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it('refuses an editor the users page and adding a user (403), changing nothing', async () => {
    const cookie = await signIn(EDITOR);
    const csrf = await csrfOf(cookie);
    expect((await f.web.request('/users', { headers: { Cookie: cookie } })).status).toBe(403);
    const res = await f.web.request('/users', { ...form({ csrf, name: 'mallory', role: 'admin', password: 'long-enough-1' }), headers: { ...form({}).headers, Cookie: cookie } });
    expect(res.status).toBe(403);
    expect(usersInDb()).not.toContain('mallory');
  });

  it('lets an admin add a user with the form', async () => {
    const cookie = await signIn(ADMIN);
    const csrf = await csrfOf(cookie, '/users');
    const res = await f.web.request('/users', { ...form({ csrf, name: 'newbie', role: 'editor', password: 'long-enough-1' }), headers: { ...form({}).headers, Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(usersInDb()).toContain('newbie');
  });

  it('refuses a form posted without its CSRF token, or with a wrong one, or from another origin (403), changing nothing', async () => {
    const cookie = await signIn(ADMIN);
    const csrf = await csrfOf(cookie, '/users');
    const headers = { ...form({}).headers, Cookie: cookie };
    const fields = { name: 'forged', role: 'admin', password: 'long-enough-1' };
    expect((await f.web.request('/users', { ...form(fields), headers })).status).toBe(403);
    expect((await f.web.request('/users', { ...form({ ...fields, csrf: `${csrf.slice(1)}x` }), headers })).status).toBe(403);
    const foreign = await f.web.request('/users', { ...form({ ...fields, csrf }), headers: { ...headers, Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(usersInDb()).not.toContain('forged');
  });

  it("sets a review's verdict from the /edit form, through the corrections use case", async () => {
    const cookie = await signIn(EDITOR);
    const csrf = await csrfOf(cookie);
    const db = new Database(f.app.config.dbPath, { readonly: true });
    const review = db.prepare("select review_id as id from review_versions where verdict = 'positive' limit 1").get() as { id: number };
    db.close();
    const res = await f.web.request('/edit/review-verdict', {
      ...form({ csrf, review: String(review.id), verdict: 'negative', note: 'sarcasm' }),
      headers: { ...form({}).headers, Cookie: cookie },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`Review ${review.id} now reads negative.`);
    const check = new Database(f.app.config.dbPath, { readonly: true });
    expect(check.prepare("select actor from audit_log order by id desc limit 1").get()).toEqual({ actor: 'web:ed' });
    check.close();
  });

  it('leaves public pages unchanged for anonymous visitors', async () => {
    const html = await (await f.web.request('/films')).text();
    expect(html).not.toContain('editor-nav');
    expect(html).not.toContain('name="csrf"');
  });
});

describe('API token scopes', () => {
  it('refuses an ingest-only token on an edit route (403) and takes it for ingest', async () => {
    const token = generateApiToken();
    await f.app.store.createApiToken({ name: 'ingest-only', hash: hashApiToken(token) });
    const held = await f.web.request('/api/v1/held', { headers: { Authorization: `Bearer ${token}` } });
    expect(held.status).toBe(403);
    expect((await held.json()).error.code).toBe('forbidden');
    // Every editing route, not only the held list: corrections, merges and marks need the edit scope too.
    for (const path of ['/api/v1/reviews/1/set', '/api/v1/films/1/merge', '/api/v1/critics/1/top', '/api/v1/outlets/1/block']) {
      const edit = await f.web.request(path, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });
      expect(edit.status, path).toBe(403);
    }
    const ingest = await f.web.request('/api/v1/reviews', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' }, body: '' });
    expect(ingest.status).not.toBe(401);
    expect(ingest.status).not.toBe(403);
  });

  it('refuses an edit-only token on the ingest route (403)', async () => {
    const token = generateApiToken();
    await f.app.store.createApiToken({ name: 'edit-only', hash: hashApiToken(token), scopes: ['edit'] });
    const res = await f.web.request('/api/v1/reviews', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' }, body: 'x' });
    expect(res.status).toBe(403);
  });
});

// Last: it uses up the sign-in allowance of the one address app.request() has.
describe('the sign-in rate limit', () => {
  it('answers 429 with a page after 10 attempts in 15 minutes, even with the right password', async () => {
    for (let i = 0; i < 10; i++) await f.web.request('/sign-in', form({ name: `nobody${i}`, password: 'wrong-password' }));
    const res = await f.web.request('/sign-in', form({ name: ADMIN.name, password: ADMIN.password }));
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
