import { createHash } from 'node:crypto';

/** sha256, hex: the identity of a document's content. */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}
