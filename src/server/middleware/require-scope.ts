/**
 * Runs after requireApiToken: refuses (403) a token that was not created with `scope`. A token proves who is
 * asking; its scopes say what it may do, so a token handed to an ingest script cannot edit or release.
 */
import type { MiddlewareHandler } from 'hono';
import { PlauditError } from '../../domain/errors.ts';
import type { ApiTokenScope } from '../../store/web-port.ts';
import type { TokenAuthEnv } from './token-auth.ts';

/**
 * @example
 * api.post('/reviews/:id/set', requireToken, requireScope('edit'), handler);
 */
export function requireScope(scope: ApiTokenScope): MiddlewareHandler<TokenAuthEnv> {
  return async (c, next) => {
    const token = c.get('apiToken');
    if (!token.scopes.includes(scope)) {
      throw new PlauditError('forbidden', `This API token lacks the "${scope}" scope (create one with \`plaudit token create --scope ${scope}\`).`);
    }
    await next();
  };
}
