/**
 * Editors on the web: sign in and out, the /edit landing page, and the admins' /users page. It coordinates the
 * session cookie (session.ts), the CSRF check (csrf.ts), role checks (require-role.ts) and the sign-in rate limits
 * (per client address and per name, so neither many names from one place nor one name from many places is fast).
 */
import { Hono, type Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { PlauditError } from '../../domain/errors.ts';
import type { SessionRecord, UserRole } from '../../store/user-port.ts';
import { setReview } from '../../use-cases/corrections/correct-review.ts';
import { addUser, disableUser, SESSION_MAX_MS, signIn } from '../../use-cases/users.ts';
import { clientAddress } from '../client-address.ts';
import type { ServerDeps } from '../deps.ts';
import { csrf } from '../middleware/csrf.ts';
import { sitePath } from '../paths.ts';
import { deskRoutes } from './editor-desk.ts';
import { rateLimitedError, RateLimiter } from '../middleware/rate-limit.ts';
import { requireRole } from '../middleware/require-role.ts';
import { isHttps, session, SESSION_COOKIE, type SessionEnv } from '../middleware/session.ts';
import { editPage, signInPage, usersPage, type EditorView } from '../views/pages/editor-pages.ts';

const SIGN_IN_LIMIT = { windowMs: 15 * 60_000, limit: 10 } as const;

function editorView(session: SessionRecord | null): EditorView {
  if (session === null) throw new PlauditError('internal', 'an editor page ran without a session');
  return { name: session.user.name, role: session.user.role, csrfToken: session.csrfToken };
}

const safeNext = (next: unknown) => sitePath(next, '/edit');

function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

export function editorRoutes(deps: ServerDeps): Hono<SessionEnv> {
  const editor = new Hono<SessionEnv>();
  const trustProxy = deps.limits?.trustProxy ?? false;
  const byAddress = new RateLimiter(SIGN_IN_LIMIT);
  const byName = new RateLimiter(SIGN_IN_LIMIT);
  const noStore = async (c: Context, next: () => Promise<void>) => {
    await next();
    // Personal pages and forms with tokens: never cached, by us or by anyone between.
    c.header('Cache-Control', 'no-store');
  };
  const paths = ['/sign-in', '/sign-out', '/edit', '/edit/*', '/users', '/users/*'];
  for (const path of paths) {
    editor.use(path, noStore, session({ store: deps.store }), csrf({ origins: () => (deps.publicUrl ? [new URL(deps.publicUrl).origin] : []) }));
  }

  editor.get('/sign-in', (c) => {
    if (c.get('session') !== null) return c.redirect(safeNext(c.req.query('next')), 303);
    return c.html(signInPage({ next: safeNext(c.req.query('next')) }));
  });

  editor.post('/sign-in', async (c) => {
    const body = await c.req.parseBody();
    const name = field(body, 'name').trim();
    const next = safeNext(body.next);
    const address = clientAddress(c, { trustProxy });
    const wait = Math.max(byAddress.retryAfter(address), byName.retryAfter(name.toLowerCase()));
    if (wait > 0) throw rateLimitedError(byAddress, 'sign-in attempts', wait);
    byAddress.hit(address);
    byName.hit(name.toLowerCase());
    const signedIn = await signIn(deps.store, name, field(body, 'password'));
    if (signedIn === null) return c.html(signInPage({ next, name, error: 'That name and password do not match an active account.' }), 401);
    setCookie(c, SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: isHttps(c, { ...(deps.publicUrl ? { publicUrl: deps.publicUrl } : {}), trustProxy }),
      maxAge: Math.floor(SESSION_MAX_MS / 1000),
    });
    return c.redirect(next, 303);
  });

  editor.post('/sign-out', async (c) => {
    const current = c.get('session');
    if (current !== null) await deps.store.deleteSession(current.id);
    setCookie(c, SESSION_COOKIE, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'Lax' });
    return c.redirect('/', 303);
  });

  editor.get('/edit', requireRole('editor'), (c) => c.html(editPage({ editor: editorView(c.get('session')), canCorrect: true })));

  editor.post('/edit/review-verdict', requireRole('editor'), async (c) => {
    const view = editorView(c.get('session'));
    const body = await c.req.parseBody();
    const id = Number(field(body, 'review'));
    const verdict = field(body, 'verdict');
    if (!Number.isInteger(id) || id <= 0) throw new PlauditError('invalid-argument', 'A review id is a positive whole number.');
    if (verdict !== 'positive' && verdict !== 'negative') throw new PlauditError('invalid-argument', 'A verdict is positive or negative.');
    const note = field(body, 'note').trim();
    await setReview(deps.store, { id, verdict, ...(note === '' ? {} : { note }), author: { actor: `web:${view.name}`, reason: note } });
    return c.html(editPage({ editor: view, canCorrect: true, message: `Review ${id} now reads ${verdict}.` }));
  });

  editor.get('/users', requireRole('admin'), async (c) => c.html(usersPage({ editor: editorView(c.get('session')), users: await deps.store.listUsers() })));

  editor.post('/users', requireRole('admin'), async (c) => {
    const view = editorView(c.get('session'));
    const body = await c.req.parseBody();
    const name = field(body, 'name').trim();
    try {
      await addUser(deps.store, { name, role: field(body, 'role') as UserRole, password: field(body, 'password') });
    } catch (error) {
      if (!(error instanceof PlauditError) || error.code !== 'invalid-argument') throw error;
      return c.html(usersPage({ editor: view, users: await deps.store.listUsers(), error: error.message }), 400);
    }
    return c.html(usersPage({ editor: view, users: await deps.store.listUsers(), message: `Added "${name}".` }));
  });

  editor.post('/users/disable', requireRole('admin'), async (c) => {
    const view = editorView(c.get('session'));
    const name = field(await c.req.parseBody(), 'name');
    if (name === view.name) throw new PlauditError('invalid-argument', 'You cannot disable your own account here; ask another admin or use `plaudit user remove`.');
    await disableUser(deps.store, name);
    return c.html(usersPage({ editor: view, users: await deps.store.listUsers(), message: `Disabled "${name}".` }));
  });

  editor.route('/', deskRoutes(deps));
  return editor;
}
