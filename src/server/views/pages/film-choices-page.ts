/**
 * The page for a film address that names several films (/films/halloween): each film, linked to its page, with
 * the name that opens it alone. Served with 300 Multiple Choices (routes/pages.ts says why).
 */
import type { FilmCandidateName } from '../../../use-cases/find-film.ts';
import { filmPath } from '../../paths.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import type { EditorView } from '../editor-view.ts';
import { filmTitle, plural } from '../format.ts';

export function filmChoicesPage(input: { name: string; candidates: readonly FilmCandidateName[]; total: number }, editor?: EditorView): string {
  const title = `“${input.name}” names ${input.total} films`;
  const items = input.candidates.map(
    ({ film, name }) => html`<li data-testid="film-choice"><a href="${filmPath(film)}">${filmTitle(film)}</a>${film.year ? html` <span class="muted">(${film.year})</span>` : null}
  <span class="muted">· ${plural(film.reviewCount, 'review')} · opens alone as <code>/films/${encodeURIComponent(name)}</code></span></li>`,
  );
  const rest = input.total - input.candidates.length;
  const body = html`<section class="film-choices"><h1>${title}</h1>
<p>Which one? Each opens its own page.</p>
<ul>${items}</ul>
${rest > 0 ? html`<p class="muted">And ${plural(rest, 'more film')}: search for a closer name.</p>` : null}
</section>`;
  return layout({ title, body, editor });
}
