/**
 * Short lines in the body that only repeat the film title or headline: image captions and pull-out titles left
 * behind when a page is flattened ("Her Smell" standing alone between paragraphs).
 */
import type { Line, LineMark } from './lines.ts';
import { keptIndexes } from './lines.ts';
import { comparisonKey, containsWords, endsLikeSentence, wordCount } from './normalize-text.ts';

const MAX_CAPTION_WORDS = 8;
// A caption stands alone between paragraphs; a short line next to other short lines is a list item or a label.
const MIN_NEIGHBOUR_WORDS = 12;
// A Title Case phrase the prose keeps naming this often is the film (or a person) the page is about.
const MIN_MENTIONS = 3;
// Characters of kept lines searched for mentions, for the whole page (tens of milliseconds). Each candidate is
// searched for in every line, so a page of thousands of caption-shaped lines between paragraphs cost the square of
// its length; past this the remaining candidates count as not named often. The most any of the 1,120 pages of the
// extraction corpus searches is about 820,000.
const MAX_MENTION_SEARCH = 20_000_000;

/** `titles`: the page's headings and known titles, which a caption repeats. */
export function markCaptions(lines: readonly Line[], marks: LineMark[], titles: readonly string[]): void {
  const titleKeys = titles.map(comparisonKey).filter((key) => key !== '');
  const kept = keptIndexes(marks);
  const budget = { left: MAX_MENTION_SEARCH };
  kept.forEach((index, position) => {
    const line = lines[index] as Line;
    // A marked-up heading (HTML h2-h6) is a section title, whatever words it repeats.
    if (line.kind !== 'text' || !isCaptionShaped(line.text)) return;
    if (!standsAlone(lines, kept[position - 1]) || !standsAlone(lines, kept[position + 1])) return;
    const key = comparisonKey(line.text);
    const repeatsTitle = titleKeys.some((title) => containsWords(title, key));
    if (repeatsTitle || isNamedOften(line.text, { lines, kept, self: index, budget })) marks[index] = 'caption';
  });
}

/** Whether the neighbour at `index` (if any) is prose rather than another short line. */
function standsAlone(lines: readonly Line[], index: number | undefined): boolean {
  return index === undefined || wordCount((lines[index] as Line).text) >= MIN_NEIGHBOUR_WORDS;
}

/** Short, no sentence ending, not introducing a quote (a line ending in ":" leads into the critic's quotation). */
function isCaptionShaped(text: string): boolean {
  const words = wordCount(text);
  return words > 0 && words <= MAX_CAPTION_WORDS && !endsLikeSentence(text) && !/[:;,]$/.test(text);
}

interface MentionSearch {
  lines: readonly Line[];
  kept: readonly number[];
  /** The candidate's own line, which does not count. */
  self: number;
  budget: { left: number };
}

function isNamedOften(text: string, search: MentionSearch): boolean {
  if (!/^\p{Lu}/u.test(text) || !text.split(/\s+/).every((word) => /^[^\p{Ll}]/u.test(word) || word.length <= 3)) {
    return false;
  }
  const { lines, kept, self, budget } = search;
  let mentions = 0;
  for (const index of kept) {
    const other = (lines[index] as Line).text;
    budget.left -= other.length;
    if (budget.left < 0) return false;
    if (index !== self && other.includes(text)) mentions += 1;
    if (mentions >= MIN_MENTIONS) return true;
  }
  return false;
}
