/**
 * Security headers on every response. The Content-Security-Policy allows nothing but our own origin: no inline
 * script or style anywhere (pages use a stylesheet file and SVG presentation attributes), so even a review that
 * slipped past escaping could not run or restyle anything.
 */
import type { MiddlewareHandler } from 'hono';

export interface SecurityHeadersOptions {
  contentSecurityPolicy?: string;
}

export const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * @example
 * app.use('*', securityHeaders());
 */
export function securityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler {
  const csp = options.contentSecurityPolicy ?? DEFAULT_CSP;
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  };
}
