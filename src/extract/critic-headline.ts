/**
 * The critic's own headline for a review, as a publicist would quote it (issue 18): "Her Smell Review: A Punk Rock
 * Masterpiece | The Pop Break" gives "A Punk Rock Masterpiece". Only a heading that names the film is taken (a
 * site's section banner or another story's headline names nothing), and the parts that are labels rather than the
 * critic's words are removed: the "⟨Title⟩ review:" or "Review: ⟨Title⟩ —" prefix and the site-name suffix. What
 * is left must still say something: not the title again, the outlet or a section word, and between 2 and 15 words.
 * Pure: the words come from the page's headings and title only, never the body.
 */
import { normaliseWhitespace } from '../text/sentences.ts';

export interface HeadlineInput {
  /** Header lines before the review body, first first (CleanDocument.headings). */
  headings: readonly string[];
  /** The page's <title> (CleanDocument.meta.title). */
  pageTitle?: string | undefined;
  /** The reviewed film's title as extracted; without one a heading must at least say "review". */
  filmTitle?: string | null | undefined;
  /** The site's or outlet's names, which are labels on a headline, never the headline. */
  siteNames?: readonly (string | null | undefined)[];
}

/** Only the opening headings: further down a page they are the body's subheads or other stories. */
const HEADINGS_READ = 3;
const MIN_WORDS = 2;
const MAX_WORDS = 15;
/** Section and label words a headline may be made of that say nothing about the film. */
const LABELS = new Set([
  'review', 'reviews', 'film', 'films', 'movie', 'movies', 'film review', 'movie review', 'film reviews', 'movie reviews',
  'tv', 'home', 'news', 'features', 'culture', 'entertainment', 'arts', 'opinion', 'critics', 'cinema',
]);
const QUOTE_OPEN = `[‘'"“]?`;
const QUOTE_CLOSE = `[’'"”]?`;
const YEAR = String.raw`(?:\s*\((?:19|20)\d\d\))?`;
const KIND = String.raw`(?:(?:film|movie|tv|dvd|blu-ray|festival|sundance|tiff|cannes|sxsw|berlinale|venice|tribeca|nyff|\d{4})\s+)*`;
const SEPARATOR = String.raw`\s*(?:[:|,–—]|\s-)\s*`;

/**
 * @example criticHeadline({ headings: ['Her Smell Review: A Punk Rock Masterpiece'], filmTitle: 'Her Smell' })
 *   // 'A Punk Rock Masterpiece'
 * @example criticHeadline({ headings: ['Review: Her Smell'], filmTitle: 'Her Smell' })   // null: only the title
 */
export function criticHeadline(input: HeadlineInput): string | null {
  const title = input.filmTitle?.trim() || null;
  const sites = (input.siteNames ?? []).map((s) => keyOf(s ?? '')).filter((s) => s !== '');
  const lines = input.headings.slice(0, HEADINGS_READ).map(normaliseWhitespace);
  const pageTitle = normaliseWhitespace(input.pageTitle ?? '');
  if (pageTitle) lines.push(pageTitle);
  for (const line of lines) {
    const headline = headlineOf(withoutSiteSuffix(line, sites), title);
    if (headline !== null && saysSomething(headline, title, sites)) return headline;
  }
  return null;
}

/** The words after (or before) the label that names the film; null when the line names no film. */
function headlineOf(line: string, title: string | null): string | null {
  const named = title ? escape(title) : String.raw`[^:|–—]{1,80}?`;
  const film = `${QUOTE_OPEN}${named}${QUOTE_CLOSE}${YEAR}`;
  const patterns = [
    // "Her Smell Review: …", "'Her Smell' (2018) film review — …"
    new RegExp(`^${film}\\s*${KIND}review${SEPARATOR}(.+)$`, 'iu'),
    // "Review: Her Smell — …", "Film review: 'Her Smell': …"
    new RegExp(`^${KIND}review${SEPARATOR}${film}${SEPARATOR}(.+)$`, 'iu'),
    // "… — Her Smell review"
    new RegExp(`^(.+?)${SEPARATOR}${film}\\s*${KIND}review$`, 'iu'),
  ];
  if (title) patterns.push(new RegExp(`^${film}${SEPARATOR}(.+)$`, 'iu'));
  // "Review: Her Smell", "Her Smell (2018) film review": a label and nothing of the critic's.
  const labelOnly = new RegExp(`^(?:${KIND}review${SEPARATOR}${film}|${film}\\s*${KIND}review)$`, 'iu');
  if (labelOnly.test(line)) return null;
  for (const pattern of patterns) {
    const m = pattern.exec(line);
    if (m?.[1]) return trimmed(m[1]);
  }
  // A headline of the critic's own that names the film within it ("Patterns of Grace in “Her Smell”").
  if (title && line.toLowerCase().includes(title.toLowerCase())) return trimmed(line);
  return null;
}

/**
 * "… | The Pop Break", "… | Film | The Guardian": a pipe always starts the site's labels. A dash does only when
 * what follows it is a known site name or a section word, since critics use dashes in their own headlines.
 */
function withoutSiteSuffix(line: string, sites: readonly string[]): string {
  let rest = line.split(/\s+\|\s+/)[0] ?? line;
  for (;;) {
    const m = /^(.+?)\s+[-–—]\s+([^-–—]+)$/u.exec(rest);
    if (!m || !isLabel(m[2]!, sites)) return rest;
    rest = m[1]!;
  }
}

function saysSomething(headline: string, title: string | null, sites: readonly string[]): boolean {
  const key = keyOf(headline);
  if (key === '' || isLabel(headline, sites)) return false;
  if (title && key.replace(new RegExp(`\\s*\\(?(?:19|20)\\d\\d\\)?$`), '') === keyOf(title)) return false;
  if (/^(?:(?:film|movie)\s+)?reviews?\b/.test(key) && title === null) return false;
  const words = headline.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words >= MIN_WORDS && words <= MAX_WORDS;
}

function isLabel(text: string, sites: readonly string[]): boolean {
  const key = keyOf(text);
  return LABELS.has(key) || sites.includes(key);
}

function trimmed(text: string): string {
  return text.trim().replace(/^[\s:|,–—-]+|[\s:|,–—-]+$/gu, '').trim();
}

function keyOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’“”"']/g, '')
    .replace(/[^\p{L}\p{N}()]+/gu, ' ')
    .trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
