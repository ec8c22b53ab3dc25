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
const ASCII_WORD = /[a-z0-9]+/g;

export interface TextFingerprint {
  words: number;
  /** The smallest shingle hashes, ascending; null under MIN_WORDS words: such a text is never compared. */
  signature: Uint32Array | null;
}

/** Lower-cased, accent-free words: "Café" and "cafe" are one word, punctuation is no word. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // Most review text is plain ASCII, which has no accents to strip and needs no Unicode classes: a cheaper path.
  if (!NON_ASCII.test(lower)) return lower.match(ASCII_WORD) ?? [];
  return lower.normalize('NFD').replace(/\p{M}/gu, '').match(WORD) ?? [];
}

/** Hashes of the text's word 5-shingles. */
export function shingles(text: string): Set<number> {
  return new Set(shingleHashes(words(text)));
}

/** The distinct shingle hashes, ascending: sorted arrays merge faster than sets intersect. */
function shingleHashes(wordList: readonly string[]): Uint32Array {
  const count = wordList.length - SHINGLE_WORDS + 1;
  if (count <= 0) return new Uint32Array(0);
  const hashes = wordList.map(fnv1a);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) {
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE_WORDS; j += 1) h = Math.imul(h ^ (hashes[i + j] as number), 0x01000193);
    out[i] = fmix32(h);
  }
  out.sort();
  let kept = 0;
  for (let i = 0; i < count; i += 1) if (i === 0 || out[i] !== out[i - 1]) out[kept++] = out[i] as number;
  return out.subarray(0, kept);
}

export function fingerprint(text: string): TextFingerprint {
  const wordList = words(text);
  if (wordList.length < MIN_WORDS) return { words: wordList.length, signature: null };
  const hashes = shingleHashes(wordList);
  return { words: wordList.length, signature: hashes.slice(0, SKETCH_SIZE) };
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
  const left = shingleHashes(words(a));
  const right = shingleHashes(words(b));
  if (left.length === 0 || right.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    const x = left[i] as number;
    const y = right[j] as number;
    if (x === y) shared += 1;
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  return shared / (left.length + right.length - shared);
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
