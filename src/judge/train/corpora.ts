/** The training corpora as plain rows, and how they are split. Pure. */
import type { WordVectors } from '../model/word-vectors.ts';

export interface RtReview {
  movie: string;
  text: string;
  /** The critic's rating as written ("3/5", "B+"), or ''. */
  rating: string;
  fresh: boolean;
  /** As the export writes them, or ''. */
  critic: string;
  outlet: string;
}

export interface ImdbReview {
  split: 'train' | 'test';
  text: string;
  positive: boolean;
}

export interface PolaritySnippet {
  text: string;
  positive: boolean;
}

export interface Corpora {
  rt: RtReview[];
  imdb: ImdbReview[];
  polarity: PolaritySnippet[];
  /** Pre-trained word vectors for the embedding part (models/word-vectors.bin); without them there is no such part. */
  wordVectors?: WordVectors;
  /** sha256 of each file as read, recorded in the model. */
  hashes: Record<string, string>;
}

export type SplitName = 'train' | 'dev' | 'test';

/** FNV-1a of a string, for seeded, order-free assignment of movies to splits. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * The split of an RT movie: 70% train, 10% dev (calibration and model choices), 20% test (never tuned on).
 * By movie, so that no film has reviews on two sides; by hash, so that adding rows never moves a movie.
 */
export function movieSplit(movie: string, seed: number): SplitName {
  const bucket = hash32(`${seed}:${movie}`) % 100;
  return bucket < 70 ? 'train' : bucket < 80 ? 'dev' : 'test';
}

/** The IMDb train half is split 90/10 into train and dev by review, as its reviews are already film-disjoint from test. */
export function imdbSplit(review: ImdbReview, index: number, seed: number): SplitName {
  if (review.split === 'test') return 'test';
  return hash32(`${seed}:imdb:${index}`) % 10 === 0 ? 'dev' : 'train';
}

/** Text reduced to letters and digits, to find the same snippet in two corpora. */
export function snippetKey(text: string): string {
  return text.toLowerCase().replace(/n't/g, 'nt').replace(/[^a-z0-9]+/g, '');
}

/**
 * The rows the quote models train on and are mixed on: RT quotes of the train and dev movies, and the
 * sentence-polarity snippets minus any that is also a held-out quote (they come from Rotten Tomatoes too, so
 * nothing leaks). The RT test split is never returned.
 */
export function quoteSplits(corpora: Corpora, seed: number): { rtTrain: RtReview[]; rtDev: RtReview[]; polarity: PolaritySnippet[] } {
  const split = (r: RtReview) => movieSplit(r.movie, seed);
  const rtTrain = corpora.rt.filter((r) => r.text !== '' && split(r) === 'train');
  const rtDev = corpora.rt.filter((r) => r.text !== '' && split(r) === 'dev');
  const heldOut = new Set(corpora.rt.filter((r) => split(r) !== 'train').map((r) => snippetKey(r.text)));
  const polarity = corpora.polarity.filter((p) => !heldOut.has(snippetKey(p.text)));
  return { rtTrain, rtDev, polarity };
}
