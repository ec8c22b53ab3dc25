/**
 * The film's facts under its title: original title and aliases, director, main cast, genres, runtime, MPAA rating,
 * release date, distributor, and where it plays or streams. The catalog (`plaudit catalog import`) wins where it
 * gives a fact; otherwise the reviews' merged credits say it. A fact neither gives gets no row, and a film with
 * none gets no list.
 */
import type { FactKind, MergedCredit, MergedCredits } from '../../../domain/credits.ts';
import type { FilmCatalogFacts } from '../../../domain/catalog.ts';
import { html, type SafeHtml } from '../html.ts';
import { formatDate } from '../format.ts';

/** The leads: more than this is the side column's full credits. */
const MAX_CAST = 4;
const MAX_DIRECTORS = 3;
const MAX_PLACES = 3;

interface FactRow {
  label: string;
  value: SafeHtml;
}

function ofKind(credits: MergedCredits, kind: FactKind): MergedCredit[] {
  return credits.credits.filter((credit) => credit.kind === kind);
}

function list(values: readonly SafeHtml[]): SafeHtml {
  return html`${values.map((value, i) => html`${i > 0 ? ', ' : ''}${value}`)}`;
}

/** "135" -> "135 minutes", as the credits box says it; a value that is not a count of minutes is shown as read. */
function formatRuntime(value: string): string {
  return /^\d+$/.test(value) ? `${Number(value)} minutes` : value;
}

function rows(credits: MergedCredits, catalog: FilmCatalogFacts | null): FactRow[] {
  const out: FactRow[] = [];
  if (catalog?.originalTitle) out.push({ label: 'Original title', value: html`${catalog.originalTitle}` });
  if (catalog && catalog.aliases.length > 0) out.push({ label: 'Also known as', value: list(catalog.aliases.map((a) => html`${a}`)) });
  const directors = catalog && catalog.directors.length > 0 ? catalog.directors.slice(0, MAX_DIRECTORS) : ofKind(credits, 'director').slice(0, MAX_DIRECTORS).map((d) => d.value);
  if (directors.length > 0) {
    out.push({ label: directors.length > 1 ? 'Directors' : 'Director', value: list(directors.map((d) => html`${d}`)) });
  }
  const cast = ofKind(credits, 'cast').slice(0, MAX_CAST);
  if (cast.length > 0) {
    const names = cast.map((actor) => {
      const part = actor.characters[0]?.name;
      return html`${actor.value}${part ? html` <span class="muted">as ${part}</span>` : null}`;
    });
    out.push({ label: 'Starring', value: list(names) });
  }
  if (catalog && catalog.genres.length > 0) out.push({ label: catalog.genres.length > 1 ? 'Genres' : 'Genre', value: list(catalog.genres.map((g) => html`${g}`)) });
  const runtime = catalog?.runtimeMinutes != null ? String(catalog.runtimeMinutes) : ofKind(credits, 'runtime')[0]?.value;
  if (runtime) out.push({ label: 'Runtime', value: html`${formatRuntime(runtime)}` });
  // "Rated" alone could be read as a critic's rating on this page: the label names the board.
  const mpaa = catalog?.mpaaRating ?? ofKind(credits, 'mpaa')[0]?.value;
  if (mpaa) out.push({ label: 'MPAA rating', value: html`${mpaa}` });
  if (catalog?.releaseDate) out.push({ label: 'Released', value: html`${formatDate(catalog.releaseDate)}` });
  // A photo credit names whoever supplied the stills: a hint of the distributor, not a fact to headline.
  const distributor = ofKind(credits, 'distributor').find((credit) => credit.source !== 'photo-credit');
  if (distributor) out.push({ label: 'Distributor', value: html`${distributor.value}` });
  const places = ofKind(credits, 'availability').slice(0, MAX_PLACES);
  if (places.length > 0) {
    out.push({ label: 'Playing / streaming', value: html`${places.map((p, i) => html`${i > 0 ? '; ' : ''}${p.value}`)} <span class="muted">(when reviewed)</span>` });
  }
  return out;
}

/** The facts as a definition list, or null when neither the catalog nor the reviews state any. */
export function filmFacts(credits: MergedCredits, catalog: FilmCatalogFacts | null = null): SafeHtml | null {
  const facts = rows(credits, catalog);
  if (facts.length === 0) return null;
  return html`<dl class="film-facts" data-testid="film-facts">${facts.map(
    (fact) => html`<div class="film-fact"><dt>${fact.label}</dt><dd>${fact.value}</dd></div>`,
  )}</dl>`;
}
