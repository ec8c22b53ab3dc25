/**
 * The address readers reach the site at, for absolute links handed to other sites and tools (the embed code, the
 * media-tool lookups): the configured public URL, else the origin the request was made to.
 */
import type { Context } from 'hono';

/**
 * Without a public URL the answer depends on the Host asked for, and the response says so (Vary: Host), so the
 * response cache never hands one host's links to another (middleware/response-cache.ts).
 *
 * @example
 * const link = `${siteUrl(c, deps.publicUrl)}${filmPath(film)}`;
 */
export function siteUrl(c: Context, publicUrl: string | undefined): string {
  if (publicUrl === undefined) c.header('Vary', 'Host', { append: true });
  return (publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}
