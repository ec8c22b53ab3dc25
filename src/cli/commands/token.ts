/**
 * `plaudit token create|list|revoke`: API tokens for the ingest endpoints. A token is printed once, at creation;
 * the database keeps only its hash.
 */
import { PlauditError } from '../../domain/errors.ts';
import { generateApiToken, hashApiToken } from '../../server/auth/api-token.ts';
import type { ApiTokenScope } from '../../store/web-port.ts';
import { EXIT } from '../exit-codes.ts';
import { table } from '../format/table.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';

export async function tokenCreateCommand(options: { name?: string; scope?: ApiTokenScope[]; json?: boolean }, io: CliIo, global: GlobalOptions): Promise<number> {
  const name = (options.name ?? 'api').trim();
  if (name === '' || name.length > 100) throw new PlauditError('invalid-argument', 'A token name is 1 to 100 characters.');
  return withApp(io, global, async (app) => {
    const token = generateApiToken();
    const record = await app.store.createApiToken({ name, hash: hashApiToken(token), scopes: options.scope ?? ['ingest'] });
    if (options.json) {
      writeLine(io.stdout, JSON.stringify({ ...record, token }, null, 2));
      return EXIT.ok;
    }
    writeLine(io.stdout, token);
    writeLine(io.stderr, `Created API token ${record.id} ("${record.name}", scopes ${record.scopes.join(',')}). It is shown only now: keep it somewhere safe.`);
    writeLine(io.stderr, 'Use it as "Authorization: Bearer <token>" on POST /api/v1/reviews.');
    return EXIT.ok;
  });
}

export async function tokenListCommand(io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const tokens = await app.store.listApiTokens();
    if (tokens.length === 0) {
      writeLine(io.stdout, 'No API tokens. Create one with `plaudit token create --name NAME`.');
      return EXIT.ok;
    }
    const rows = tokens.map((t) => [t.id, t.name, t.scopes.join(','), t.createdAt, t.revokedAt ?? 'live']);
    writeLine(io.stdout, table(['id', 'name', 'scopes', 'created', 'status'], rows, { alignRight: [0] }));
    return EXIT.ok;
  });
}

export async function tokenRevokeCommand(id: number, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    if (!(await app.store.revokeApiToken(id))) throw new PlauditError('not-found', `There is no live API token with id ${id}.`);
    writeLine(io.stdout, `Revoked API token ${id}.`);
    return EXIT.ok;
  });
}
