/**
 * Chooses which pre-trained word vectors the judge keeps (pure: the corpora and a lookup are handed in). Only
 * words the trainer can learn from matter: a quote's pooled vector is fitted on the training quotes, and at run
 * time a word without a vector is skipped. So the vocabulary is the words seen at least twice in the quote
 * training rows (RT train quotes and the snippets), plus the words seen at least four times in the IMDb train
 * reviews: those are the rare-in-quotes words a vector helps most with ("unwatchable" learnt through "dreadful").
 * Ordered by total count (then alphabetically), so the output is deterministic and a cap keeps the commonest.
 */
import { tokenize } from '../model/tokenize.ts';
import type { WordVectors } from '../model/word-vectors.ts';
import { imdbSplit, quoteSplits, type Corpora } from './corpora.ts';

export interface DistilOptions {
  seed: number;
  minQuoteCount: number;
  minImdbCount: number;
  maxWords: number;
}

export const DEFAULT_DISTIL_OPTIONS: DistilOptions = { seed: 1, minQuoteCount: 2, minImdbCount: 4, maxWords: 25_000 };

function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const token of tokenize(text)) counts.set(token.word, (counts.get(token.word) ?? 0) + 1);
  return counts;
}

/** The vocabulary, commonest first. */
export function distilVocabulary(corpora: Corpora, options: DistilOptions): { word: string; count: number }[] {
  const { rtTrain, polarity } = quoteSplits(corpora, options.seed);
  const quotes = countWords([...rtTrain.map((r) => r.text), ...polarity.map((p) => p.text)]);
  const imdb = countWords(corpora.imdb.filter((d, i) => imdbSplit(d, i, options.seed) === 'train').map((d) => d.text));
  const chosen = new Map<string, number>();
  for (const [word, count] of quotes) if (count >= options.minQuoteCount) chosen.set(word, count + (imdb.get(word) ?? 0));
  for (const [word, count] of imdb) if (count >= options.minImdbCount) chosen.set(word, count + (quotes.get(word) ?? 0));
  return [...chosen].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
}

/** The vectors of the vocabulary's words that have one, at most `maxWords` of them. */
export function distilVectors(
  vocabulary: readonly { word: string }[],
  lookup: (word: string) => ArrayLike<number> | undefined,
  dimensions: number,
  options: DistilOptions,
  source: Record<string, unknown>,
): WordVectors {
  const words: string[] = [];
  const rows: ArrayLike<number>[] = [];
  for (const { word } of vocabulary) {
    if (words.length >= options.maxWords) break;
    const vector = lookup(word);
    if (!vector) continue;
    words.push(word);
    rows.push(vector);
  }
  const values = new Float32Array(words.length * dimensions);
  rows.forEach((row, w) => {
    for (let d = 0; d < dimensions; d++) values[w * dimensions + d] = row[d]!;
  });
  return { dimensions, words, values, source: { ...source, selection: options } };
}
