/**
 * Who is asking, for rate limits: the address of the TCP connection, never a header a client can write, unless
 * the server is told it sits behind a trusted reverse proxy (then the address that proxy appended to
 * X-Forwarded-For). IPv6 addresses count per /64, the block one machine or home network usually gets, so that
 * cycling through one's own addresses does not reset a limit.
 */
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The key of requests with no connection (Hono's app.request() in tests, other runtimes): all share one limit. */
export const NO_CONNECTION_KEY = 'no-connection';

export interface ClientAddressOptions {
  /** The server runs behind a reverse proxy that appends the client's address to X-Forwarded-For (default false). */
  trustProxy?: boolean;
}

function connectionAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // No Node connection behind this request (app.request()).
    return undefined;
  }
}

function forwardedAddress(c: Context): string | undefined {
  // The last entry is the one our proxy wrote; earlier ones came from the client and prove nothing.
  const last = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
  return last && isIP(last) ? last : undefined;
}

/** "203.0.113.9" stays; "::ffff:203.0.113.9" is that IPv4 address; "2001:db8:1:2:3:4:5:6" becomes "2001:db8:1:2::/64". */
export function addressKey(address: string): string {
  const plain = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1] as string;
  if (isIP(plain) !== 6) return plain;
  const [head = '', tail] = plain.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...headGroups, ...Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * @example
 * const key = clientAddress(c, { trustProxy: false });   // "127.0.0.1", or NO_CONNECTION_KEY under app.request()
 */
export function clientAddress(c: Context, options: ClientAddressOptions = {}): string {
  const address = (options.trustProxy ? forwardedAddress(c) : undefined) ?? connectionAddress(c);
  return address ? addressKey(address) : NO_CONNECTION_KEY;
}
