/**
 * The quote ensemble's word-vector part: a small neural network over the quote's pooled pre-trained word vectors.
 * The hashed n-gram parts know only the words they saw in training quotes; this part lets a word rare in quotes
 * but common in reviews ("unwatchable", "transcendent") borrow the weight of its neighbours in the vector space.
 *
 * Pooling: the mean vector of the plain words, of the negated words, and of the words after a contrast (the
 * tokenizer's marks, so "not good" and "good" pool apart and the clause after a "but" speaks for itself);
 * punctuation and words without a vector are skipped, an empty group is zeros. The network has one tanh layer.
 * Its first layer is linear in the means, so each word's vector is projected through it once, by the trainer
 * (`projectEmbedding`), and the model stores those projections: a quote then costs one small sum per word.
 */
import type { EmbeddingPart } from './model-data.ts';
import { AFTER_CONTRAST, NEGATED, type Token } from './tokenize.ts';
import { decodeWordVectors, encodeWordVectors, type WordVectors } from './word-vectors.ts';

/** Plain, negated, after a contrast. */
export const GROUPS = 3;

const lookups = new WeakMap<readonly string[], Map<string, number>>();

/** Word -> row, built once per word list. */
function lookupOf(words: readonly string[]): Map<string, number> {
  let lookup = lookups.get(words);
  if (!lookup) {
    lookup = new Map(words.map((word, i) => [word, i]));
    lookups.set(words, lookup);
  }
  return lookup;
}

function isWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function groupOf(token: Token): number {
  return token.marks & NEGATED ? 1 : token.marks & AFTER_CONTRAST ? 2 : 0;
}

/** The network's input for a quote: GROUPS mean vectors, one after another. */
export function pooledMeans(vectors: Pick<WordVectors, 'dimensions' | 'words' | 'values'>, tokens: readonly Token[]): Float64Array {
  const d = vectors.dimensions;
  const out = new Float64Array(GROUPS * d);
  const counts = new Array<number>(GROUPS).fill(0);
  const lookup = lookupOf(vectors.words);
  for (const token of tokens) {
    const row = lookup.get(token.word);
    if (row === undefined || !isWord(token.word)) continue;
    const group = groupOf(token);
    counts[group]!++;
    for (let k = 0; k < d; k++) out[group * d + k]! += vectors.values[row * d + k]!;
  }
  counts.forEach((n, group) => {
    if (n > 1) for (let k = group * d; k < (group + 1) * d; k++) out[k]! /= n;
  });
  return out;
}

/** The trained network as the model stores it: each word's vector pushed through the first layer, per group. */
export function projectEmbedding(
  vectors: Pick<WordVectors, 'dimensions' | 'words' | 'values'>,
  network: { inputWeights: ArrayLike<number>; hiddenBias: number[]; outputWeights: number[]; outputBias: number },
): EmbeddingPart {
  const d = vectors.dimensions;
  const hidden = network.hiddenBias.length;
  const width = GROUPS * hidden;
  const projections = new Float32Array(vectors.words.length * width);
  for (let row = 0; row < vectors.words.length; row++) {
    for (let group = 0; group < GROUPS; group++) {
      for (let k = 0; k < hidden; k++) {
        let sum = 0;
        for (let j = 0; j < d; j++) sum += network.inputWeights[k * GROUPS * d + group * d + j]! * vectors.values[row * d + j]!;
        projections[row * width + group * hidden + k] = sum;
      }
    }
  }
  // Through the file's int8 grid now, so that the trainer's mix is fitted on exactly what inference computes.
  const stored = decodeWordVectors(encodeWordVectors({ dimensions: width, words: vectors.words, values: projections, source: {} }));
  return { hidden, words: vectors.words, projections: stored.values, hiddenBias: network.hiddenBias, outputWeights: network.outputWeights, outputBias: network.outputBias };
}

/** Scratch sums reused across calls (filled before every use), so that a quote allocates nothing. */
let scratch = new Float64Array(0);

/** The part's raw logit for a quote's tokens. */
export function embeddingLogit(part: EmbeddingPart, tokens: readonly Token[]): number {
  const hidden = part.hidden;
  const width = GROUPS * hidden;
  const lookup = lookupOf(part.words);
  const projections = part.projections;
  if (scratch.length < width) scratch = new Float64Array(width);
  const sums = scratch;
  sums.fill(0, 0, width);
  let plain = 0;
  let negated = 0;
  let contrast = 0;
  for (const token of tokens) {
    const row = lookup.get(token.word);
    if (row === undefined || !isWord(token.word)) continue;
    const group = groupOf(token);
    if (group === 0) plain++;
    else if (group === 1) negated++;
    else contrast++;
    const from = row * width + group * hidden;
    const to = group * hidden;
    for (let k = 0; k < hidden; k++) sums[to + k]! += projections[from + k]!;
  }
  const p = plain > 0 ? 1 / plain : 0;
  const n = negated > 0 ? 1 / negated : 0;
  const c = contrast > 0 ? 1 / contrast : 0;
  let z = part.outputBias;
  for (let k = 0; k < hidden; k++) {
    const a = part.hiddenBias[k]! + sums[k]! * p + sums[hidden + k]! * n + sums[2 * hidden + k]! * c;
    z += part.outputWeights[k]! * Math.tanh(a);
  }
  return z;
}
