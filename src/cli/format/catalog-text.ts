/**
 * The facts under a film's name in `plaudit film`, as the web page's header gives them (views/film/film-facts.ts):
 * the catalog first, the reviews' merged credits where the catalog says nothing.
 */
import type { FilmCatalogFacts } from '../../domain/catalog.ts';
import type { MergedCredits } from '../../domain/credits.ts';
import { truncate } from './film-text.ts';

const MAX_DIRECTORS = 3;
const MAX_SYNOPSIS_CHARS = 300;

export function formatHeaderFacts(catalog: FilmCatalogFacts | null, credits: MergedCredits | null): string[] {
  const fromCredits = (kind: string) => credits?.credits.filter((credit) => credit.kind === kind).map((credit) => credit.value) ?? [];
  const lines: string[] = [];
  const names = [catalog?.originalTitle ? `original title ${catalog.originalTitle}` : '', catalog?.aliases.length ? `also known as ${catalog.aliases.join(', ')}` : ''];
  if (names.some(Boolean)) lines.push(`  ${names.filter(Boolean).join(' · ')}`);
  const directors = (catalog?.directors.length ? catalog.directors : fromCredits('director')).slice(0, MAX_DIRECTORS);
  const runtime = catalog?.runtimeMinutes ?? fromCredits('runtime')[0];
  const mpaa = catalog?.mpaaRating ?? fromCredits('mpaa')[0];
  const facts = [
    directors.length > 0 ? `directed by ${directors.join(', ')}` : '',
    catalog?.genres.length ? `genre${catalog.genres.length > 1 ? 's' : ''} ${catalog.genres.join(', ')}` : '',
    runtime === undefined || runtime === null ? '' : /^\d+$/.test(String(runtime)) ? `${runtime} minutes` : String(runtime),
    mpaa ? `MPAA rating ${mpaa}` : '',
    catalog?.releaseDate ? `released ${catalog.releaseDate}` : '',
  ].filter(Boolean);
  if (facts.length > 0) lines.push(`  ${facts.join(' · ')}`);
  if (catalog?.synopsis) lines.push(`  ${truncate(catalog.synopsis, MAX_SYNOPSIS_CHARS)}`);
  return lines;
}
