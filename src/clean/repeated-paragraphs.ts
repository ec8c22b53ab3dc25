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

/** Finds, through an index of trigrams, each passage mostly contained in another (linear on ordinary pages). */
function markOverlaps(passages: readonly Passage[], marks: LineMark[]): void {
  const byTrigram = new Map<string, number[]>();
  passages.forEach((passage, position) => {
    for (const trigram of passage.trigrams) {
      const list = byTrigram.get(trigram);
      if (list) list.push(position);
      else byTrigram.set(trigram, [position]);
    }
  });
  passages.forEach((passage, position) => {
    if (passage.words < MIN_QUOTE_WORDS) return;
    const shared = new Map<number, number>();
    for (const trigram of passage.trigrams) {
      for (const other of byTrigram.get(trigram) ?? []) {
        if (other !== position) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    for (const [otherPosition, count] of shared) {
      const other = passages[otherPosition] as Passage;
      if (count / passage.trigrams.size < CONTAINED_SHARE || marks[other.index] !== 'keep') continue;
      const reason = repeatReason(passage, other);
      if (reason !== null) {
        marks[passage.index] = reason;
        return;
      }
    }
  });
}

/** Why `passage` is the copy to drop next to `other` (which mostly contains it), or null when `other` is. */
function repeatReason(passage: Passage, other: Passage): LineMark | null {
  const similar = passage.words >= other.words * SAME_LENGTH_RATIO && other.words >= passage.words * SAME_LENGTH_RATIO;
  if (similar) return passage.index > other.index ? 'repeated-paragraph' : null;
  return passage.words < other.words ? 'repeated-pull-quote' : null;
}
