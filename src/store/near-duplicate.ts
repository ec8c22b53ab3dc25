/**
 * Near-duplicate review texts: the same review syndicated on two sites, with different boilerplate and a few
 * words changed. Two texts are near-duplicates when the Jaccard similarity of their word 5-shingles is at least
 * 0.8. Comparing every pair's shingle sets is too slow for a film with hundreds of reviews, so each text gets a
 * bottom-k sketch (the 32 smallest of its hashed shingles: one hash per shingle, where a MinHash signature
 * needs 32, which matters at 46,000 quotes an ingest) whose overlap estimates the Jaccard similarity; only pairs
 * whose estimate clears a lower bar are compared exactly. A text of up to 32 shingles is its own sketch, so
 * for short texts the estimate is exact. Texts under MIN_WORDS words are never duplicates: a short quote
 * shared by two critics ("A must-see.") says nothing about syndication. Pure; used by every store adapter.
 */

export const NEAR_DUPLICATE_VERSION = 'near-duplicate-1';
export const SHINGLE_WORDS = 5;
export const MIN_WORDS = 12;
export const DUPLICATE_JACCARD = 0.8;
/** MinHash agreement below which a pair is not compared exactly: four standard errors below DUPLICATE_JACCARD. */
export const CANDIDATE_ESTIMATE = 0.5;
const SKETCH_SIZE = 32;
const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

export interface TextFingerprint {
  words: number;
  /** The smallest shingle hashes, ascending; null under MIN_WORDS words: such a text is never compared. */
  signature: Uint32Array | null;
}

/** Lower-cased, accent-free words: "Café" and "cafe" are one word, punctuation is no word. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // Most review text is plain ASCII, which has no accents to strip: skip the costly normalisation then.
  const plain = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
  return plain.match(WORD) ?? [];
}

/** Hashes of the text's word 5-shingles. */
export function shingles(text: string): Set<number> {
  return shinglesOf(words(text));
}

function shinglesOf(wordList: readonly string[]): Set<number> {
  const hashes = wordList.map(fnv1a);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i += 1) {
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE_WORDS; j += 1) h = Math.imul(h ^ (hashes[i + j] as number), 0x01000193);
    out.add(fmix32(h));
  }
  return out;
}

export function fingerprint(text: string): TextFingerprint {
  const wordList = words(text);
  if (wordList.length < MIN_WORDS) return { words: wordList.length, signature: null };
  const hashes = Uint32Array.from(shinglesOf(wordList)).sort();
  return { words: wordList.length, signature: hashes.length > SKETCH_SIZE ? hashes.slice(0, SKETCH_SIZE) : hashes };
}

/**
 * Of the smallest hashes of the two texts together (as many as the smaller sketch holds), the share both texts
 * have: an estimate of their shingle Jaccard similarity.
 */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  const size = Math.min(a.length, b.length, SKETCH_SIZE);
  let i = 0;
  let j = 0;
  let taken = 0;
  let shared = 0;
  while (taken < size && (i < a.length || j < b.length)) {
    const left = i < a.length ? (a[i] as number) : Infinity;
    const right = j < b.length ? (b[j] as number) : Infinity;
    if (left === right) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
    taken += 1;
  }
  return taken === 0 ? 0 : shared / taken;
}

/** The exact Jaccard similarity of two texts' 5-shingle sets. */
export function shingleJaccard(a: string, b: string): number {
  const left = shingles(a);
  const right = shingles(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared += 1;
  return shared / (left.size + right.size - shared);
}

export function isNearDuplicate(a: string, b: string): boolean {
  const left = fingerprint(a);
  const right = fingerprint(b);
  if (left.signature === null || right.signature === null) return false;
  return shingleJaccard(a, b) >= DUPLICATE_JACCARD;
}

function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output, so the smallest hashes are a fair sample. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
