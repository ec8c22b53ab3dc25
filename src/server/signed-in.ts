/**
 * The editor signed in on a public page, if any. Public pages are read-only and cached for everyone; a request
 * with a session cookie bypasses the cache (middleware/response-cache.ts), and its answer names the editor and
 * carries their tools, so it is marked never to be stored by anyone either.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { UserPort } from '../store/user-port.ts';
import { sessionFor } from '../use-cases/users.ts';
import { hasSessionCookie, SESSION_COOKIE } from './middleware/session.ts';
import type { EditorView } from './views/editor-view.ts';

/**
 * @example
 * const editor = await signedInEditor(c, deps.store);
 * return c.html(filmsPage(input, editor));
 */
export async function signedInEditor(c: Context, store: UserPort, now: Date = new Date()): Promise<EditorView | undefined> {
  if (!hasSessionCookie(c.req.header('Cookie'))) return undefined;
  c.header('Cache-Control', 'no-store');
  const token = getCookie(c, SESSION_COOKIE);
  const found = token === undefined ? null : await sessionFor(store, token, now);
  return found === null ? undefined : { name: found.user.name, role: found.user.role, csrfToken: found.csrfToken };
}
