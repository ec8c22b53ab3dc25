/**
 * Features of a text for each part of the trained model, shared by the trainer and the model so that both see
 * exactly the same thing. A full review is tokenised sentence by sentence (each sentence is also scored alone, for
 * evidence and for the weight of the closing sentences), and the document features are taken over them all.
 */
import { appendCrossCharGrams, appendFeatures, uniqueBuckets } from './features.ts';
import type { LinearPart } from './model-data.ts';
import { tokenize, type Token } from './tokenize.ts';

export type FeatureShape = Pick<LinearPart, 'bits' | 'order' | 'charGrams'> & Partial<Pick<LinearPart, 'kind' | 'salt'>>;

export function featuresOf(tokens: readonly Token[], part: FeatureShape): Int32Array {
  const out: number[] = [];
  if (part.kind === 'chars') appendCrossCharGrams(tokens, part.charGrams, part.order, part.bits, part.salt ?? 0, out);
  else appendFeatures(tokens, { bits: part.bits, order: part.order, charGrams: part.charGrams, salt: part.salt ?? 0 }, out);
  return uniqueBuckets(out);
}

export function linearLogit(part: LinearPart, features: Int32Array): number {
  let z = part.bias;
  const w = part.weights;
  for (let k = 0; k < features.length; k++) z += w[features[k]!]!;
  return z;
}

/** A full review's tokens: its sentences' tokens one after another. */
export function documentTokens(sentenceTokens: readonly Token[][]): Token[] {
  return sentenceTokens.flat();
}

/**
 * Weights of the sentences of a review for its closing mean: they grow towards the end, and the last three count
 * double, because critics put their verdict in the closing paragraphs.
 */
export function closingWeights(count: number): number[] {
  const weights: number[] = [];
  for (let i = 0; i < count; i++) {
    const position = count === 1 ? 1 : i / (count - 1);
    weights.push((0.5 + position) * (i >= count - 3 ? 2 : 1));
  }
  return weights;
}

/** The closing-weighted mean of per-sentence logits. */
export function closingMean(sentenceLogits: readonly number[]): number {
  const weights = closingWeights(sentenceLogits.length);
  let total = 0;
  let weightSum = 0;
  sentenceLogits.forEach((z, i) => {
    total += z * weights[i]!;
    weightSum += weights[i]!;
  });
  return weightSum === 0 ? 0 : total / weightSum;
}

/** Words in a text, roughly: what decides whether it is read as a quote or as a full review. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

export { tokenize };
