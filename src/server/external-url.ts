/**
 * Links to the outside from stored data (a review's URL): the web pages and the API hand out only absolute
 * http(s) URLs. Reviews imported before links were checked at ingest may hold anything in their url column.
 */
import { isHttpUrl } from '../text/http-url.ts';

/**
 * Only absolute http(s) URLs pass, normalised; `javascript:`, `data:` and anything unparsable become null, so the
 * caller gives no link.
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  return isHttpUrl(url) ? new URL(url).href : null;
}
