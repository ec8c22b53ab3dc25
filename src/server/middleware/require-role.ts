/**
 * Guards editors' pages: a visitor who is not signed in is sent to /sign-in (and back afterwards); a signed-in
 * user without the role gets 403. Admins may do everything editors may.
 */
import type { MiddlewareHandler } from 'hono';
import { PlauditError } from '../../domain/errors.ts';
import type { UserRole } from '../../store/user-port.ts';
import type { SessionEnv } from './session.ts';

/**
 * @example
 * editor.get('/users', requireRole('admin'), handler);
 */
export function requireRole(role: UserRole): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    const session = c.get('session');
    if (session === null) {
      const url = new URL(c.req.url);
      return c.redirect(`/sign-in?next=${encodeURIComponent(url.pathname)}`, 303);
    }
    if (role === 'admin' && session.user.role !== 'admin') throw new PlauditError('forbidden', 'This page is for admins only.');
    await next();
  };
}
