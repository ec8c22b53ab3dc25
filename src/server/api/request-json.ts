/** What the editing routes share: a JSON body (empty means {}), and the audit log's actor for a token. */
import type { Context } from 'hono';
import { PlauditError } from '../../domain/errors.ts';
import type { EditAuthor } from '../../store/edit-port.ts';
import type { TokenAuthEnv } from '../middleware/token-auth.ts';

export async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new PlauditError('malformed', 'The request body is not valid JSON.', { cause });
  }
}

export function tokenAuthor(c: Context<TokenAuthEnv>, reason: string | undefined): EditAuthor {
  return { actor: `token:${c.get('apiToken').name}`, reason: reason ?? '' };
}
