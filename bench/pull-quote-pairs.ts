/**
 * The pairs of ../shared/data/pull-quotes/dev.jsonl as the benches read them: a critic's review (Pang & Lee's
 * subjective sentences, lowercased and tokenised) with the critic's rating and the line Rotten Tomatoes quoted.
 * Their text is split into sentences on its own sentence-final tokens, as the data's sentence_index was, and lightly
 * detokenised; the judge reads those sentences a blank line apart, as it would a real review with its capitals.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../test/shared-data.ts';

export interface Pair {
  critic: string;
  /** A string of digits in the file; its parity splits the tuning half (even) from the held-out half (odd). */
  scaledata_id: string;
  rating: number;
  quote: string;
  text: string;
  sentence_index: number;
}

export function loadPairs(): Pair[] {
  return readFileSync(sharedPath('data/pull-quotes/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Pair);
}

/** The tuning half: even scaledata_id. */
export const inTuningHalf = (pair: Pair): boolean => Number(pair.scaledata_id) % 2 === 0;

/** "it 's fine , really ." → "it's fine, really." : the spacing the clause splitter expects of prose. */
function detokenise(sentence: string): string {
  return sentence
    .replace(/\s+([,.;:!?)\]]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)/g, '$1')
    .replace(/([([])\s+/g, '$1')
    .trim();
}

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=\s[.!?]+)\s+/)
    .map(detokenise)
    .filter((s) => s !== '');
}

/**
 * The review's text as the judge is handed it: on lowercased text the pipeline's splitter finds no sentence start,
 * so the whole review would be read as one sentence.
 */
export const judgedText = (pair: Pair): string => sentencesOf(pair.text).join('\n\n');
