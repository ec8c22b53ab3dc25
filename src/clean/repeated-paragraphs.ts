/**
 * Paragraphs the page prints twice: an exact or near copy ('repeated-paragraph', the later one goes) and a pull
 * quote lifted from the body ('repeated-pull-quote', the shorter one goes wherever it sits, so the critic's full
 * paragraph is always the one kept).
 */
import type { Line, LineMark } from './lines.ts';
import { keptIndexes } from './lines.ts';
import { comparisonKey } from './normalize-text.ts';

// Shorter passages are too common to call a quotation ("Not quite.", "Why?"): only exact copies count for them.
const MIN_QUOTE_WORDS = 8;
// Share of the shorter passage's word trigrams found in the longer one: allows a pull quote's trimmed or
// re-punctuated ends.
const CONTAINED_SHARE = 0.9;
// Length ratio above which two overlapping passages are copies of each other rather than quote and source.
const SAME_LENGTH_RATIO = 0.9;
// Index entries read and trigrams compared, for the whole page: a few hundred milliseconds at most. The most any
// of the 1,120 pages of the extraction corpus needs is about 720,000 (425 passages, 307 of them sharing a trigram).
const MAX_OVERLAP_WORK = 12_000_000;

interface Passage {
  index: number;
  key: string;
  words: number;
  trigrams: Set<string>;
}

/** `headings`: lines already kept apart as headings; a body line repeating one is a copy too. */
export function markRepeats(lines: readonly Line[], marks: LineMark[], headings: readonly string[] = []): void {
  const seen = new Set(headings.map(comparisonKey));
  const passages: Passage[] = [];
  for (const index of keptIndexes(marks)) {
    const key = comparisonKey((lines[index] as Line).text);
    if (key === '') continue;
    if (seen.has(key)) {
      marks[index] = 'repeated-paragraph';
      continue;
    }
    seen.add(key);
    const words = key.split(' ');
    passages.push({ index, key, words: words.length, trigrams: trigramsOf(words) });
  }
  markOverlaps(passages, marks);
}

function trigramsOf(words: readonly string[]): Set<string> {
  const trigrams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i += 1) trigrams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return trigrams;
}

/**
 * Finds, through an index of trigrams, each passage mostly contained in another. The passages sharing a trigram
 * with it are taken in the order the index meets them (its trigrams in order, then page order), each counted when
 * met, and the first that contains it decides: on an ordinary page that is linear, and a page of near copies
 * stops at the first copy. A page built so that every passage shares trigrams with thousands of others and is
 * contained in none would still cost the square of its passages, so the comparisons a page may make are bounded
 * (MAX_OVERLAP_WORK); past that its remaining passages are kept unless they are exact copies.
 */
function markOverlaps(passages: readonly Passage[], marks: LineMark[]): void {
  const byTrigram = new Map<string, number[]>();
  passages.forEach((passage, position) => {
    for (const trigram of passage.trigrams) {
      const list = byTrigram.get(trigram);
      if (list) list.push(position);
      else byTrigram.set(trigram, [position]);
    }
  });
  const budget = { left: MAX_OVERLAP_WORK };
  passages.forEach((passage, position) => {
    if (passage.words < MIN_QUOTE_WORDS || budget.left <= 0) return;
    const reason = firstContainer(passage, position, { passages, byTrigram, marks, budget });
    if (reason !== null) marks[passage.index] = reason;
  });
}

interface OverlapIndex {
  passages: readonly Passage[];
  byTrigram: ReadonlyMap<string, readonly number[]>;
  marks: readonly LineMark[];
  budget: { left: number };
}

/** Why `passage` goes, from the first kept passage (in index order) that contains most of its trigrams; or null. */
function firstContainer(passage: Passage, position: number, index: OverlapIndex): LineMark | null {
  const { passages, byTrigram, marks, budget } = index;
  const met = new Set<number>([position]);
  for (const trigram of passage.trigrams) {
    for (const otherPosition of byTrigram.get(trigram) ?? []) {
      budget.left -= 1;
      if (budget.left <= 0) return null;
      if (met.has(otherPosition)) continue;
      met.add(otherPosition);
      const other = passages[otherPosition] as Passage;
      if (marks[other.index] !== 'keep') continue;
      budget.left -= Math.min(passage.trigrams.size, other.trigrams.size);
      if (sharedCount(passage.trigrams, other.trigrams) / passage.trigrams.size < CONTAINED_SHARE) continue;
      const reason = repeatReason(passage, other);
      if (reason !== null) return reason;
    }
  }
  return null;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const item of small) if (large.has(item)) count += 1;
  return count;
}

/** Why `passage` is the copy to drop next to `other` (which mostly contains it), or null when `other` is. */
function repeatReason(passage: Passage, other: Passage): LineMark | null {
  const similar = passage.words >= other.words * SAME_LENGTH_RATIO && other.words >= passage.words * SAME_LENGTH_RATIO;
  if (similar) return passage.index > other.index ? 'repeated-paragraph' : null;
  return passage.words < other.words ? 'repeated-pull-quote' : null;
}
