/** Whether the server's bind address reaches beyond this machine, and what `plaudit serve` says when it does. */
import { isIP } from 'node:net';

/** True for addresses only this machine can reach: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}

/** The warning for a non-loopback bind, or null when the host is loopback. */
export function exposedHostWarning(host: string): string | null {
  if (isLoopbackHost(host)) return null;
  return [
    `Warning: listening on ${host}, so the site and the API are reachable from other machines, over plain HTTP.`,
    'API tokens and everything else travel unencrypted. To keep Plaudit on this machine, use --host 127.0.0.1;',
    'to serve others, put it behind a reverse proxy with HTTPS (Caddy, nginx) and bind it to 127.0.0.1.',
  ].join('\n');
}
