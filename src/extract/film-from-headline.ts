/**
 * The reviewed film's title read from headlines ("Her Smell Review: A Punk Rock Masterpiece", "Review: 'X'",
 * "… in “Her Smell”", "Her Smell (2018)") and the page title. Headlines are written for people, not parsers,
 * so each candidate is checked against the body: a candidate the review itself mentions beats one it never does,
 * which also repairs flattened breadcrumbs ("HomeMoviesHer Smell Review").
 */
import { capitalisedRuns } from '../text/capitalised-runs.ts';
import { normaliseWhitespace } from '../text/sentences.ts';
import type { FoundFilm } from './film-from-prose.ts';

export interface HeadlineFilm extends FoundFilm {
  /** The review's paragraphs mention the title. */
  supported: boolean;
}

interface Candidate {
  title: string;
  year?: number;
  strength: number;
  evidence: string;
}

const YEAR = '\\(((?:19|20)\\d\\d)\\)';
const QUOTED_REVIEW = new RegExp(`[‘'"“]([^‘’"“”]{1,80}?)[’'"”]\\s*(?:${YEAR}\\s*)?(?:movie\\s+|film\\s+)?review\\b`, 'iu');
const TITLE_REVIEW = new RegExp(`^(.{1,80}?)\\s*(?:${YEAR}\\s*)?(?:movie\\s+|film\\s+)?review\\b\\s*(?:[:\\-–—|,(]|$)`, 'iu');
const REVIEW_PREFIX =
  /^(?:(?:film|movie|tv|dvd|blu-ray|festival|sundance|tiff|cannes|sxsw|berlinale|venice|tribeca|nyff|\d{4})\s+)*review\s*[:\-–—|]\s*(.+)$/iu;
const IN_QUOTES = /\bin\s+[“"‘']([^”"’']{1,80})[”"’']/u;
const TITLE_YEAR = new RegExp(`(\\p{Lu}[^()|:“”"]{0,80}?)[”"’']?\\s*${YEAR}`, 'u');
const ANY_QUOTED = /[“‘"]([^”’"]{1,60})[”’"]/u;
const GENERIC = new Set(['review', 'reviews', 'film', 'movie', 'movies', 'tv', 'home', 'trailer', 'video', 'film review', 'movie review']);
const MAX_TITLE_WORDS = 10;

export function filmFromHeadlines(input: {
  headings: readonly string[];
  pageTitle?: string;
  body: readonly string[];
}): HeadlineFilm | null {
  const lines = [...input.headings];
  // Spaces collapsed before splitting: the separator pattern reads a whole run of spaces from each of its spaces.
  const pageTitle = normaliseWhitespace(input.pageTitle ?? '');
  if (pageTitle) lines.push(pageTitle, ...pageTitle.split(/\s+[|–—-]\s+/).slice(1));
  const candidates = lines.flatMap((line) => candidatesIn(normaliseWhitespace(line), input.body));
  let best: (Candidate & { support: number; order: number }) | null = null;
  for (const [order, c] of candidates.entries()) {
    const variant = bestVariant(c.title, input.body);
    const scored = { ...c, title: variant.text, support: variant.support, order };
    if (best === null || rank(scored) > rank(best)) best = scored;
  }
  if (best === null) return null;
  const { title, year, evidence, support } = best;
  return { title, ...(year === undefined ? {} : { year }), source: 'headline', evidence, supported: support > 0 };
}

/** Supported first, then the more explicit pattern, then more support; earlier wins ties. */
function rank(c: { support: number; strength: number; order: number }): number {
  return (c.support > 0 ? 1e9 : 0) + c.strength * 1e6 + Math.min(c.support, 999) * 1e3 - Math.min(c.order, 999);
}

function candidatesIn(line: string, body: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (title: string | undefined, strength: number, year?: string): void => {
    const clean = cleanTitle(title ?? '');
    if (clean === null) return;
    found.push({ title: clean, ...(year === undefined ? {} : { year: Number(year) }), strength, evidence: line });
  };
  let m = QUOTED_REVIEW.exec(line);
  if (m) add(m[1], 5, m[2]);
  m = TITLE_REVIEW.exec(line);
  if (m) add(m[1], 4, m[2]);
  m = TITLE_YEAR.exec(line);
  if (m) add(m[1], 4, m[2]);
  m = REVIEW_PREFIX.exec(line);
  if (m) for (const title of titlesAfterReviewPrefix(m[1] ?? '', body)) add(title, 3);
  m = IN_QUOTES.exec(line);
  if (m) add(m[1], 3);
  m = ANY_QUOTED.exec(line);
  if (m) add(m[1], 1);
  return found;
}

/**
 * "Review: Her Smell" names the film; "Review: Her Smell is a punk nightmare" names it too, but only the
 * capitalised part the body also uses can be trusted.
 */
function titlesAfterReviewPrefix(rest: string, body: readonly string[]): string[] {
  const head = (rest.split(/\s*[:|–—]\s+|\s+-\s+/)[0] ?? '').replace(new RegExp(`\\s*${YEAR}$`), '');
  if (/^[‘'"“]/.test(head)) return [head];
  const words = head.split(/\s+/);
  if (words.length <= 6 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|a|an|and|in|on|to)$/.test(w))) {
    return [head];
  }
  return capitalisedRuns(head)
    .map((r) => r.text)
    .filter((t) => supportFor(t, body) > 0);
}

function cleanTitle(raw: string): string | null {
  const title = raw.trim().replace(/^[‘'"“]+|[’'"”,.:;]+$/g, '').trim();
  if (title === '' || !/^[\p{Lu}\d]/u.test(title) || GENERIC.has(title.toLowerCase())) return null;
  return title.split(/\s+/).length <= MAX_TITLE_WORDS ? title : null;
}

/**
 * The title, or a repaired form of it, whichever the body mentions most: the part after the last breadcrumb
 * separator, or after text glued on by a flattened page ("HomeMoviesHer Smell" -> "Her Smell").
 */
function bestVariant(title: string, body: readonly string[]): { text: string; support: number } {
  const variants = [title];
  const crumb = title.split(/\s*[>»›/]\s*/).pop();
  if (crumb && crumb !== title) variants.push(crumb);
  const glued = /^(\S*\p{Ll})(\p{Lu}\S*(?:\s.*)?)$/u.exec(title);
  if (glued?.[2]) variants.push(glued[2]);
  let best = { text: title, support: supportFor(title, body) };
  for (const text of variants.slice(1)) {
    const support = supportFor(text, body);
    if (support > best.support && cleanTitle(text) !== null) best = { text, support };
  }
  return best;
}

/** How many times the body mentions the title (capped: only "some" versus "none" and rough order matter). */
export function supportFor(title: string, body: readonly string[]): number {
  let count = 0;
  for (const paragraph of body) {
    for (let at = paragraph.indexOf(title); at !== -1 && count < 50; at = paragraph.indexOf(title, at + title.length)) {
      count += 1;
    }
    if (count >= 50) break;
  }
  return count;
}
