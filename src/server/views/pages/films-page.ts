/** All films, sorted by title, reviews, rank or date added, paged. */
import type { FilmSummary } from '../../../domain/film.ts';
import type { FilmSort } from '../../list-cache.ts';
import { html } from '../html.ts';
import { plural } from '../format.ts';
import { layout } from '../layout.ts';
import type { EditorView } from '../editor-view.ts';
import { filmList } from '../components/film-card.ts';
import { pageOf, pager } from '../components/pager.ts';

const SORTS: [FilmSort, string][] = [['title', 'Title'], ['top', 'Best reviewed'], ['reviews', 'Most reviewed'], ['recent', 'Recently added']];

export function filmsPage(input: { films: FilmSummary[]; sort: FilmSort; page: number; minReviews: number }, editor?: EditorView): string {
  const shown = pageOf(input.films, input.page, 60);
  const links = SORTS.map(([sort, label]) =>
    sort === input.sort ? html`<strong>${label}</strong>` : html`<a href="/films?sort=${sort}">${label}</a>`,
  );
  const body = html`<div class="section-title"><h1>Films</h1><span class="muted">${plural(input.films.length, 'film')}</span></div>
<p class="site-nav-inline">Sort: ${links.map((link, i) => html`${i > 0 ? ' · ' : ''}${link}`)}</p>
${filmList(shown.items, input.minReviews)}
${pager({ base: `/films?sort=${input.sort}`, page: shown.page, pageCount: shown.pageCount })}`;
  return layout({ title: 'Films', body, canonical: '/films', editor });
}
