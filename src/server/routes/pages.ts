/** The HTML pages. Each reads through the catalog or the store, builds a view model, and renders it. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { PlauditError } from '../../domain/errors.ts';
import type { NameKind } from '../../store/web-port.ts';
import type { ListCache } from '../list-cache.ts';
import { consensusAgreement } from '../critic-agreement.ts';
import type { ServerDeps } from '../deps.ts';
import { loadFilmData } from '../film-data.ts';
import { DEFAULT_REVIEW_FILTER, pageOfReview, reviewFilterOf, reviewListQuery, ReviewListQuery } from '../review-list.ts';
import { filmPath } from '../paths.ts';
import { runSearch } from '../search.ts';
import { signedInEditor } from '../signed-in.ts';
import { IdParam, parseWith } from '../validate.ts';
import { filmLookupError, lookUpFilm } from '../../use-cases/find-film.ts';
import { filmChoicesPage } from '../views/pages/film-choices-page.ts';
import { filmPage, REVIEWS_PER_PAGE } from '../views/pages/film-page.ts';
import { filmsPage } from '../views/pages/films-page.ts';
import { HELD_PER_PAGE, heldPage } from '../views/pages/held-page.ts';
import { homePage } from '../views/pages/home-page.ts';
import { methodologyPage } from '../views/pages/methodology-page.ts';
import { namePage } from '../views/pages/name-page.ts';
import { namesPage } from '../views/pages/names-page.ts';
import { searchPage } from '../views/pages/search-page.ts';

const PageParam = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });
const FilmsQuery = PageParam.extend({ sort: z.enum(['title', 'reviews', 'top', 'recent']).default('title') });
const SearchQuery = z.object({ q: z.string().max(200).default('') });
/** `review=N` asks for the page of the list that shows review N (a search hit links there): answered by a redirect. */
const FilmPageQuery = PageParam.extend(ReviewListQuery.shape).extend({ review: z.coerce.number().int().positive().optional() });

/** How many of a film's latest audit entries its page shows an editor; the log page has the rest. */
const FILM_LOG_ENTRIES = 10;

const METHODOLOGY_FILE = fileURLToPath(new URL('../../../docs/methodology.md', import.meta.url));

export function pageRoutes(deps: ServerDeps, lists: ListCache): Hono {
  const pages = new Hono();
  const editorOf = (c: Context) => signedInEditor(c, deps.store);

  pages.get('/', async (c) => {
    const [top, recent, counts] = await Promise.all([lists.films('top'), lists.films('recent'), deps.store.counts()]);
    // The films a reader can open (with a counted review), as /films lists them; a catalog's other films are not.
    const shown = { ...counts, films: top.length };
    return c.html(homePage({ top: top.slice(0, 8), recent: recent.slice(0, 8), counts: shown, minReviews: deps.minReviews }, await editorOf(c)));
  });

  pages.get('/films', async (c) => {
    const query = parseWith(FilmsQuery, c.req.query(), 'query');
    const films = await lists.films(query.sort);
    return c.html(filmsPage({ films, sort: query.sort, page: query.page, minReviews: deps.minReviews }, await editorOf(c)));
  });

  pages.get('/held', async (c) => {
    const query = parseWith(PageParam, c.req.query(), 'query');
    // One page read from the store, not the whole list: a gate that holds thousands must not make this slow.
    const total = await deps.store.heldCount('held');
    const page = Math.min(query.page, Math.max(1, Math.ceil(total / HELD_PER_PAGE)));
    const held = await deps.store.heldDocuments({ status: 'held', limit: HELD_PER_PAGE, offset: (page - 1) * HELD_PER_PAGE });
    const editor = await editorOf(c);
    c.header('Cache-Control', 'no-store');
    return c.html(heldPage({ held, total, page, ...(editor ? { editor } : {}) }));
  });

  // The slug after the id is for people reading the address; the id alone decides the film. Any other film name
  // (/films/tt0077651, /films/Halloween%20(1978), /films/her-smell) is answered by the film-name route below.
  pages.get('/films/:id/:slug?', async (c) => {
    if (!/^\d+$/.test(c.req.param('id'))) return filmByName(c);
    const { id } = parseWith(IdParam, { id: c.req.param('id') }, 'film id');
    // A film merged into another (plaudit film merge) is that film now, for good: 301 so links and search engines move.
    const mergedInto = await deps.store.filmRedirect(id);
    if (mergedInto !== null) {
      const into = await lists.film(mergedInto);
      return c.redirect(`${into === null ? `/films/${mergedInto}` : filmPath(into)}${new URL(c.req.url).search}`, 301);
    }
    const query = parseWith(FilmPageQuery, c.req.query(), 'query');
    const data = await loadFilmData(deps, lists, id);
    if (query.review !== undefined) {
      const page = pageOfReview(data.reviews, query.review, REVIEWS_PER_PAGE) ?? 1;
      return c.redirect(`${filmPath(data.film)}${reviewListQuery(DEFAULT_REVIEW_FILTER, page)}#review-${query.review}`, 302);
    }
    // Without a configured public URL the embed code names the origin asked for: the page then differs by Host,
    // and says so, so the response cache never hands one host's page to another (response-cache.ts).
    if (deps.publicUrl === undefined) c.header('Vary', 'Host', { append: true });
    const siteUrl = deps.publicUrl ?? new URL(c.req.url).origin;
    const editor = await editorOf(c);
    // An editor sees the film's latest changes on its page, each with Undo (a removed review comes back that way).
    const editing = editor ? { editor: { view: editor, log: await deps.store.auditLog({ filmId: id, limit: FILM_LOG_ENTRIES }) } } : {};
    return c.html(filmPage(data, { filter: reviewFilterOf(query), page: query.page, siteUrl, ...editing }));
  });

  /**
   * A film by any name (use-cases/find-film.ts) redirects to its canonical address. A name several films share
   * answers 300 Multiple Choices with a page linking each: the address is fine and each choice is a film that fits
   * it, which is what 300 means (RFC 9110 §15.4.1); 409 would say the request conflicts with the data, and a
   * browser shows either page the same. An unknown name is a 404 from the error edge.
   */
  const filmByName = async (c: Context) => {
    const name = filmNameOf(new URL(c.req.url).pathname);
    const lookup = await lookUpFilm(deps.store, name);
    if (lookup.kind === 'found') return c.redirect(`${filmPath(lookup.film)}${new URL(c.req.url).search}`, 302);
    if (lookup.kind === 'ambiguous') return c.html(filmChoicesPage(lookup, await editorOf(c)), 300);
    throw filmLookupError(lookup, { open: (film) => `/films/${encodeURIComponent(film)}` });
  };

  pages.get('/search', async (c) => {
    const { q } = parseWith(SearchQuery, c.req.query(), 'query');
    const results = await runSearch(deps, lists, q, { names: 12, reviews: 20 });
    return c.html(searchPage(results, deps.minReviews, await editorOf(c)));
  });

  for (const kind of ['critic', 'outlet'] as NameKind[]) {
    pages.get(`/${kind}s`, async (c) => {
      const { page } = parseWith(PageParam, c.req.query(), 'query');
      return c.html(namesPage({ kind, names: await lists.names(kind), page }, await editorOf(c)));
    });
    pages.get(`/${kind}s/:id/:slug?`, async (c) => {
      const { id } = parseWith(IdParam, { id: c.req.param('id') }, `${kind} id`);
      const { page } = parseWith(PageParam, c.req.query(), 'query');
      const name = await deps.store.getName(kind, id);
      if (name === null) throw new PlauditError('not-found', `There is no ${kind} with id ${id}.`);
      const reviews = await deps.store.webReviews(kind === 'critic' ? { criticId: id } : { outletId: id });
      const films = await lists.filmsById();
      return c.html(namePage({ name, reviews, films, agreement: consensusAgreement(reviews, films), page }, await editorOf(c)));
    });
  }

  pages.get('/methodology', async (c) => {
    const markdown = existsSync(METHODOLOGY_FILE) ? readFileSync(METHODOLOGY_FILE, 'utf8') : null;
    return c.html(methodologyPage(markdown, await editorOf(c)));
  });

  return pages;
}

/** The film name in /films/NAME, slashes kept (an export key such as "m/0814255" has one). */
function filmNameOf(pathname: string): string {
  try {
    return decodeURIComponent(pathname.slice('/films/'.length));
  } catch (error) {
    throw new PlauditError('invalid-argument', 'The film address is not valid percent-encoding.', { cause: error });
  }
}
