/**
 * Typo-tolerant name matching: how alike a query and a name are, from their three-letter pieces (trigrams).
 * "Yoshda" and "Yoshida" share most pieces; "Smell" and "Spell" share fewer. Padding the ends makes the first and
 * last letters count, which is where short names differ. Pure and store-independent: every adapter ranks the
 * candidates its index returns with it.
 */
import { nameKey } from './name-key.ts';

/** Below this a candidate is noise, not a misspelling (tuned on names such as "Yoshda" -> "Emily Yoshida"). */
export const MIN_NAME_SIMILARITY = 0.45;

/** The padded trigrams of one word or phrase, as a multiset folded to a set (names rarely repeat pieces). */
export function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * 0..1: 1 when the keys are equal; otherwise the better of the whole-phrase likeness and the mean over the query's
 * words of each word's best likeness to a word of the name ("yoshda" finds "emily yoshida"). A name that contains
 * the query as written is at least 0.9, so a correct partial name always outranks a misspelt full one.
 *
 * @example
 * nameSimilarity('her smel', 'Her Smell')   // ~0.9
 * nameSimilarity('yoshda', 'Emily Yoshida') // ~0.67
 */
export function nameSimilarity(query: string, name: string): number {
  const q = nameKey(query);
  const n = nameKey(name);
  if (q === '' || n === '') return 0;
  if (q === n) return 1;
  const whole = dice(trigrams(q), trigrams(n));
  const nameWords = n.split(' ').map(trigrams);
  const queryWords = q.split(' ');
  let sum = 0;
  for (const word of queryWords) {
    const grams = trigrams(word);
    sum += Math.max(...nameWords.map((candidate) => dice(grams, candidate)));
  }
  const byWord = sum / queryWords.length;
  const contained = n.includes(q) ? 0.9 + 0.09 * (q.length / n.length) : 0;
  return Math.max(whole, byWord * 0.95, contained);
}

/**
 * An FTS5 query over a trigram index that finds candidates sharing any three-letter piece with the query (OR),
 * or null when the query has no piece of three letters. Each piece is quoted, so no FTS syntax gets through.
 */
export function trigramMatchQuery(query: string): string | null {
  const key = nameKey(query);
  const pieces = new Set<string>();
  for (const word of key.split(' ')) {
    for (let i = 0; i + 3 <= word.length; i++) pieces.add(word.slice(i, i + 3));
  }
  if (pieces.size === 0) return null;
  return [...pieces].map((piece) => `"${piece.replace(/"/g, '""')}"`).join(' OR ');
}

/**
 * An FTS5 query for review text: every word must appear (AND), the last may be a prefix ("perfor" finds
 * "performance"). Words are quoted, so operators typed by a user are searched as words, never run.
 */
export function textMatchQuery(query: string): string | null {
  const words = query.normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((word, i, all) => `"${word.replace(/"/g, '""')}"${i === all.length - 1 && word.length >= 3 ? '*' : ''}`)
    .join(' ');
}
