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
  let length = 1;
  for (const token of tokens) length += token.word.length + 1;
  if (charBuffer.length < length) charBuffer = new Uint16Array(2 * length);
  const text = charBuffer;
  let at = 0;
  text[at++] = 32;
  for (const token of tokens) {
    const word = token.word;
    for (let i = 0; i < word.length; i++) text[at++] = word.charCodeAt(i);
    text[at++] = 32;
  }
  const seed = (0x811c9dc5 ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < at; i++) {
    let h = seed;
    const end = Math.min(at, i + max);
    for (let k = i; k < end; k++) {
      h = Math.imul(h ^ text[k]!, 0x01000193);
      const n = k - i + 1;
      if (n >= min) out.push(mix((h ^ Math.imul(n - 1, 0x9e3779b1)) >>> 0) & mask);
    }
  }
}

let charBuffer = new Uint16Array(1024);

/** Sorts and removes repeats in place: features are binary. */
export function uniqueSorted(indices: number[]): Int32Array {
  const sorted = Int32Array.from(indices).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  }
  return sorted.subarray(0, n);
}

// A small open-addressing set, reused from call to call: a slot is taken when its stamp is the current call's.
let slots = new Int32Array(4096);
let stamps = new Uint32Array(4096);
let stamp = 0;

/**
 * Removes repeats, keeping first occurrences in order: features are binary. A hash set in a few kilobytes is much
 * cheaper than sorting, which matters with several parts, and character n-grams give hundreds of features a quote.
 */
export function uniqueBuckets(indices: readonly number[]): Int32Array {
  const n = indices.length;
  if (2 * n > slots.length) {
    let size = slots.length;
    while (2 * n > size) size *= 2;
    slots = new Int32Array(size);
    stamps = new Uint32Array(size);
    stamp = 0;
  }
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    stamps.fill(0);
    stamp = 1;
  }
  const mask = slots.length - 1;
  const out = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const bucket = indices[i]!;
    // Buckets are already well mixed hashes: their low bits make a fair slot.
    let slot = (bucket ^ (bucket >>> 12)) & mask;
    while (stamps[slot] === stamp && slots[slot] !== bucket) slot = (slot + 1) & mask;
    if (stamps[slot] === stamp) continue;
    stamps[slot] = stamp;
    slots[slot] = bucket;
    out[count++] = bucket;
  }
  return out.subarray(0, count);
}
