/**
 * API tokens: random, shown once, stored as a SHA-256 hash. A prefix makes a leaked token easy to recognise
 * in logs and secret scanners.
 */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'plaudit_';

export function generateApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
