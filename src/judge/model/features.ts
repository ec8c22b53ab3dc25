/**
 * Hashed n-gram features. Every word, bigram and trigram is hashed into a fixed number of buckets, so the model
 * file has a bounded size whatever the vocabulary, and unseen words cost nothing. Features are binary (present or
 * not), which is what NB-weighted linear models work best with.
 */
import { AFTER_CONTRAST, NEGATED, type Token } from './tokenize.ts';

export interface FeatureOptions {
  /** log2 of the number of buckets. */
  bits: number;
  /** Longest n-gram: 1, 2 or 3. */
  order: number;
  /** A salt, so that two feature families hash apart. */
  salt?: number;
  /**
   * Length of the character n-grams taken inside each word ("<dull>" gives "<dul", "dull", "ull>"), 0 for none.
   * They let rare and inflected words ("unwatchably", "overstuffed") share weight with their kin.
   */
  charGrams?: number;
}

/** FNV-1a over UTF-16 code units; words are short, so this is cheaper than encoding to bytes. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads the bits so that masking to the low bits is uniform. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Appends the bucket of every n-gram of `tokens` to `out` (with repeats; see `uniqueSorted`). A negated word is a
 * different word. After a contrast, each word also yields a marked unigram, so the model can learn how much more
 * the clause after "but" counts.
 */
export function appendFeatures(tokens: readonly Token[], options: FeatureOptions, out: number[]): void {
  const mask = (1 << options.bits) - 1;
  const salt = Math.imul((options.salt ?? 0) + 1, 0x9e3779b1);
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const h = (hashWord(token.word) ^ Math.imul(token.marks & NEGATED, 0x5bd1e995)) >>> 0;
    out.push(mix(h ^ salt) & mask);
    if (token.marks & AFTER_CONTRAST) out.push(mix(h ^ salt ^ 0x27d4eb2f) & mask);
    if (options.order >= 2 && i >= 1) {
      const h2 = Math.imul(prev1, 0x01000193) ^ h;
      out.push(mix(h2 ^ salt ^ 0x165667b1) & mask);
      if (options.order >= 3 && i >= 2) {
        const h3 = Math.imul(Math.imul(prev2, 0x01000193) ^ prev1, 0x01000193) ^ h;
        out.push(mix(h3 ^ salt ^ 0xd3a2646c) & mask);
      }
    }
    prev2 = prev1;
    prev1 = h;
    if (options.charGrams) appendCharGrams(token, options.charGrams, salt, mask, out);
  }
}

const CHAR_SALT = 0x7f4a7c15;

function appendCharGrams(token: Token, n: number, salt: number, mask: number, out: number[]): void {
  const word = `<${token.word}>`;
  // Short words are already whole-word features.
  if (word.length <= n + 1) return;
  const negated = Math.imul(token.marks & NEGATED, 0x5bd1e995);
  for (let i = 0; i + n <= word.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + n; k++) {
      h ^= word.charCodeAt(k);
      h = Math.imul(h, 0x01000193);
    }
    out.push(mix((h ^ negated ^ salt ^ CHAR_SALT) >>> 0) & mask);
  }
}

/**
 * Appends the buckets of the character n-grams of lengths `min`..`max` over the words joined by single spaces,
 * so that they run across word boundaries ("t funn", "a mess") and catch spelling, morphology and short phrases
 * that a word model splits. Negation and contrast marks are not part of these features.
 */
export function appendCrossCharGrams(tokens: readonly Token[], min: number, max: number, bits: number, salt: number, out: number[]): void {
  const mask = (1 << bits) - 1;
  const text = ` ${tokens.map((t) => t.word).join(' ')} `;
  const seed = (0x811c9dc5 ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    let h = seed;
    for (let k = 0; k < max && i + k < text.length; k++) {
      h ^= text.charCodeAt(i + k);
      h = Math.imul(h, 0x01000193);
      if (k + 1 >= min) out.push(mix((h ^ Math.imul(k, 0x9e3779b1)) >>> 0) & mask);
    }
  }
}

/** Sorts and removes repeats in place: features are binary. */
export function uniqueSorted(indices: number[]): Int32Array {
  const sorted = Int32Array.from(indices).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  }
  return sorted.subarray(0, n);
}
