/** The page for an error outside the API: what happened, in words, and a way on. */
import { html } from '../html.ts';
import { layout } from '../layout.ts';

export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Not found' : status < 500 ? 'That did not work' : 'Something went wrong';
  const body = html`<section class="error-page"><p class="muted">Error ${status}</p><h1>${title}</h1><p>${message}</p>
<p><a href="/">Back to the home page</a> or search above.</p></section>`;
  return layout({ title, body });
}
