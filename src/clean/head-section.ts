/**
 * The top of a page: headline stack, standfirst and film info box. They are not the critic's prose but they name
 * the film and its credits, so headlines become headings and the info box is dropped with its own reason (both
 * stay readable by extraction). The body starts at the first real prose line; decisions lean towards prose.
 */
import type { Line, LineMark } from './lines.ts';
import { keptIndexes } from './lines.ts';
import { comparisonKey, endsLikeSentence, hasLetters, sentenceCount, wordCount } from './normalize-text.ts';

// Past this many lines we are in the body whatever the lines look like; a run of short lines there is a list.
const HEAD_LIMIT = 8;
const MAX_TITLE_WORDS = 20;
const MAX_STANDFIRST_WORDS = 60;
// A headline stack is a few lines; a page that puts every paragraph on its own line has one huge block.
const MAX_HEADER_BLOCK_LINES = 5;
const MAX_SYNOPSIS_WORDS = 50;

// Labels of a film's credit box. The critic's own "Rating:" is left out: it is part of the review.
const INFO_LABELS = [
  'directors?', 'directed by', 'writers?', 'written by', 'screenplay(?: by)?', 'screenwriters?', 'stars', 'starring',
  'cast', 'genres?', 'runtime', 'running time', 'run time', 'rated', 'mpaa(?: rating)?', 'certificate',
  'release date', 'released', 'countr(?:y|ies)', 'languages?', 'producers?', 'produced by', 'studio', 'distributor',
  'cinematography', 'music by', 'original title', 'year',
].join('|');
const INFO_LINE = new RegExp(`^(?:${INFO_LABELS})\\s*:\\s*\\S`, 'i');
const CREDIT_LINE = /^(?:(?:[Dd]irected|[Ww]ritten|[Pp]roduced) by|[Ss]tarring)\s+\p{Lu}/u;
// Words left in lower case in title case.
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'vs']);

export function isInfoBoxLine(text: string): boolean {
  const words = wordCount(text);
  return (words <= 30 && INFO_LINE.test(text)) || (words <= 15 && CREDIT_LINE.test(text));
}

/**
 * A headline, section label or byline: short, no sentence ending, not starting in lower case (a fragment of
 * wrapped prose would). A Title Case question ("Is This the Year's Best Film?") counts too.
 */
export function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > MAX_TITLE_WORDS || !hasLetters(text)) return false;
  if (/^\p{Ll}/u.test(text) || /[:;,]$/.test(text)) return false;
  if (!endsLikeSentence(text)) return true;
  return /[?!]["'”’)]*$/.test(text) && words >= 3 && words <= 14 && isTitleCase(text);
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const major = words.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  if (major.length === 0) return false;
  const capitalised = major.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return capitalised / major.length >= 0.8;
}

function isStandfirst(text: string): boolean {
  return wordCount(text) <= MAX_STANDFIRST_WORDS && sentenceCount(text) <= 2;
}

/** Marks headings and the info box at the top of the kept lines. `titles`: headlines known from elsewhere (HTML). */
export function markHead(lines: readonly Line[], marks: LineMark[], titles: readonly string[] = []): void {
  const titleKeys = new Set(titles.map(comparisonKey).filter((key) => key !== ''));
  const headingKeys = new Set<string>();
  const kept = keptIndexes(marks);
  const blockSizes = countBlockSizes(lines);
  const lastBlock = lines[lines.length - 1]?.block;
  let lastHeadingBlock: number | null = null;
  let previousWasHeadline = false;
  let sawInfoBox = false;

  for (let position = 0; position < kept.length && position < HEAD_LIMIT; position += 1) {
    const index = kept[position] as number;
    const line = lines[index] as Line;
    const key = comparisonKey(line.text);
    if (isInfoBoxLine(line.text) && proseFollowsInfoBox(lines, kept, position)) {
      marks[index] = 'info-box';
      sawInfoBox = true;
      previousWasHeadline = false;
      continue;
    }
    const headline = titleKeys.has(key) || line.kind === 'heading' || isTitleLike(line.text);
    // One standfirst, right under the headline, in a small header block that the body does not share.
    const standfirst =
      !headline &&
      previousWasHeadline &&
      lastHeadingBlock === line.block &&
      line.block !== lastBlock &&
      (blockSizes.get(line.block) ?? 0) <= MAX_HEADER_BLOCK_LINES &&
      isStandfirst(line.text);
    if (headline || standfirst) {
      marks[index] = headingKeys.has(key) ? 'repeated-paragraph' : 'heading';
      headingKeys.add(key);
      lastHeadingBlock = line.block;
      previousWasHeadline = headline;
      continue;
    }
    // An IMDb-style one-line synopsis sits right above the credit box.
    const next = kept[position + 1];
    const nextLine = next === undefined ? undefined : lines[next];
    if (!sawInfoBox && nextLine && isInfoBoxLine(nextLine.text) && isSynopsis(line.text) && proseFollowsInfoBox(lines, kept, position + 1)) {
      marks[index] = 'info-box';
      continue;
    }
    break;
  }
}

/**
 * Whether review prose comes after the run of credit lines starting at `position`. Credits with nothing after
 * them close a short review (they are its own info), so they stay.
 */
function proseFollowsInfoBox(lines: readonly Line[], kept: readonly number[], position: number): boolean {
  for (let next = position; next < kept.length; next += 1) {
    const text = (lines[kept[next] as number] as Line).text;
    if (!isInfoBoxLine(text)) return !isTitleLike(text) || next + 1 < kept.length;
  }
  return false;
}

function isSynopsis(text: string): boolean {
  return wordCount(text) <= MAX_SYNOPSIS_WORDS && sentenceCount(text) <= 2;
}

function countBlockSizes(lines: readonly Line[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const line of lines) sizes.set(line.block, (sizes.get(line.block) ?? 0) + 1);
  return sizes;
}
