/**
 * The address signal: the words of the page's URL path (its section, its slug) and of its site's name. Sites
 * file film reviews under /film/ or /movies/ and games under /games/; the path is cheap to read and rarely lies,
 * but a film section also carries news and lists, so it weighs less than what the page says it is.
 */
import { examples, type Evidence } from './evidence.ts';

const FILM_PATH_WORDS = new Set(['film', 'films', 'movie', 'movies', 'cinema', 'filmreview', 'moviereview', 'moviereviews']);

/** Section words of other subjects, by how a reason names them. */
const OTHER_PATH_WORDS = new Set([
  'game', 'games', 'gaming', 'videogames', 'tech', 'technology', 'gadgets', 'gadget', 'phones', 'smartphones',
  'mobile', 'hardware', 'software', 'books', 'book', 'literature', 'music', 'albums', 'album', 'tv', 'television',
  'politics', 'news', 'newsticker', 'world', 'business', 'economy', 'sport', 'sports', 'recipes', 'recipe', 'food',
  'science', 'health', 'travel',
]);

/** Site names that say what the whole site is about (pcgamer, gamestar, tomshardware). */
const OTHER_SITE_PARTS = ['game', 'gaming', 'tech', 'hardware', 'recipe'];

const PATH_WEIGHT = 2;
const SITE_WEIGHT = 1;

export function addressEvidence(url: string | null): Evidence[] {
  const parsed = parseUrl(url);
  if (!parsed) return [];
  const words = decodeSafely(parsed.pathname).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const film = unique(words.filter((w) => FILM_PATH_WORDS.has(w)));
  const other = unique(words.filter((w) => OTHER_PATH_WORDS.has(w)));
  const evidence: Evidence[] = [];
  if (film.length > 0) evidence.push({ weight: PATH_WEIGHT, reason: `the address says ${slashed(film)}` });
  if (other.length > 0) evidence.push({ weight: -PATH_WEIGHT, reason: `the address says ${slashed(other)}` });
  const host = parsed.hostname.toLowerCase();
  const site = OTHER_SITE_PARTS.find((part) => host.includes(part));
  if (site) evidence.push({ weight: -SITE_WEIGHT, reason: `the site's name (${host}) says ${site}` });
  return evidence;
}

function parseUrl(url: string | null): URL | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}

function slashed(words: string[]): string {
  return examples(words.map((w) => `/${w}/`));
}
