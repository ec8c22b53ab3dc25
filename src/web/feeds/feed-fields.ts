/**
 * The small normalisations every feed format shares: links made absolute and limited to http(s), dates to ISO,
 * text trimmed to null, and the identity of an item that carries no id.
 */
import { createHash } from 'node:crypto';

/** `raw` resolved against `base` when relative; null unless the result is an http(s) URL. */
export function webLink(raw: string | null | undefined, base: string | null): string | null {
  const value = text(raw);
  if (value === null) return null;
  let url: URL;
  try {
    url = base === null ? new URL(value) : new URL(value, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** A feed date (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed, W3C-DTF in dc:date) as ISO 8601, or null. */
export function isoDate(raw: string | null | undefined): string | null {
  const value = text(raw);
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Trimmed text, or null when there is none. */
export function text(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  return value === undefined || value === '' ? null : value;
}

/**
 * The identity of an item with neither id nor link: what it says, hashed, so the same item polled again gets the
 * same key. An item that changes its title gets a new key; without an id there is nothing better to go on.
 */
export function contentKey(title: string | null, publishedAt: string | null, summary: string | null): string {
  const digest = createHash('sha256').update(JSON.stringify([title, publishedAt, summary])).digest('hex');
  return `sha256:${digest.slice(0, 32)}`;
}
