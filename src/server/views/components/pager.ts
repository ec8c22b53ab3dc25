/** Previous/next links for a paged list; plain links, so paging works without JavaScript. */
import { html, type SafeHtml } from '../html.ts';

export interface PagerInput {
  /** The page's path and query, without `page`. */
  base: string;
  page: number;
  pageCount: number;
}

function pageHref(base: string, page: number): string {
  const url = new URL(base, 'http://x');
  if (page <= 1) url.searchParams.delete('page');
  else url.searchParams.set('page', String(page));
  return `${url.pathname}${url.search}`;
}

export function pager(input: PagerInput): SafeHtml | null {
  if (input.pageCount <= 1) return null;
  const prev = input.page > 1 ? html`<a href="${pageHref(input.base, input.page - 1)}" rel="prev">← Previous</a>` : html`<span></span>`;
  const next = input.page < input.pageCount ? html`<a href="${pageHref(input.base, input.page + 1)}" rel="next">Next →</a>` : html`<span></span>`;
  return html`<nav class="pager" aria-label="Pages">${prev}<span class="muted small">Page ${input.page} of ${input.pageCount}</span>${next}</nav>`;
}

/** The slice of a list on page `page` (1-based), and how many pages there are. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): { items: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(Math.max(1, page), pageCount);
  return { items: items.slice((current - 1) * perPage, current * perPage), page: current, pageCount };
}
