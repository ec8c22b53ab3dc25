/**
 * A small, fixed corpus written for this project's tests: short made-up quotes and reviews with a clear verdict,
 * enough for the trainer to run every stage in well under a second. Not real data and not a benchmark.
 */
import { decodeWordVectors, encodeWordVectors, type WordVectors } from '../model/word-vectors.ts';
import type { Corpora } from './corpora.ts';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from './train-judge.ts';

const PRAISE = ['a dazzling triumph', 'funny and moving', 'beautifully made', 'a gripping, clever thriller', 'not bad at all', 'warm and wise'];
const PANS = ['a dull, lifeless mess', 'tedious and clumsy', 'not funny at all', 'a forgettable slog', 'I wanted to like it, but it is boring', 'lazy and predictable'];
const SUBJECTS = ['The film', 'This sequel', 'Her performance', 'The script', 'The whole thing', 'Every scene'];

export const SAMPLE_TRAIN_OPTIONS: TrainOptions = {
  ...DEFAULT_TRAIN_OPTIONS,
  quoteBits: 12,
  quoteOrder: 2,
  documentBits: 12,
  documentOrder: 2,
  iterations: 15,
  longTextWords: 30,
  quoteMembers: DEFAULT_TRAIN_OPTIONS.quoteMembers.map((member) => ({ ...member, bits: 12 })),
};

export function sampleCorpora(): Corpora {
  const rt: Corpora['rt'] = [];
  for (let movie = 0; movie < 40; movie++) {
    for (let k = 0; k < 8; k++) {
      // Most movies lean one way, as real films do, so film pooling has something to learn.
      const fresh = (movie + k) % 8 < (movie % 2 === 0 ? 6 : 2);
      const phrase = (fresh ? PRAISE : PANS)[(movie * 3 + k) % 6]!;
      const rating = k % 4 === 3 ? '' : fresh ? `${3 + (k % 2)}/5` : `${1 + (k % 2)}/5`;
      const critic = ['Ann Example', 'Bo Sample', 'Cy Madeup'][k % 3]!;
      rt.push({ movie: String(movie), text: `${SUBJECTS[k % 6]} is ${phrase}.`, rating, fresh, critic, outlet: k % 2 ? 'The Daily Test' : 'Sample Weekly' });
    }
  }
  const imdb: Corpora['imdb'] = [];
  for (let i = 0; i < 60; i++) {
    const positive = i % 2 === 0;
    const words = positive ? PRAISE : PANS;
    const text = SUBJECTS.map((s, k) => `${s} is ${words[(i + k) % 6]}.`).join(' ');
    imdb.push({ split: i % 5 === 0 ? 'test' : 'train', text, positive });
  }
  const polarity = [...PRAISE.map((text) => ({ text, positive: true })), ...PANS.map((text) => ({ text, positive: false }))];
  return { rt, imdb, polarity, wordVectors: sampleWordVectors(), hashes: { rt: 'sample', imdb: 'sample', polarity: 'sample' } };
}

/**
 * Made-up 8-d vectors for the sample's words: the first coordinate leans with the phrase the word comes from
 * (praise +1, pans -1), the rest is a fixed pseudo-random spread, so the word-vector part has something to learn.
 */
function sampleWordVectors(): WordVectors {
  const dimensions = 8;
  const lean = new Map<string, number>();
  for (const [phrases, sign] of [[PRAISE, 1], [PANS, -1], [SUBJECTS, 0]] as const) {
    for (const phrase of phrases) for (const word of phrase.toLowerCase().match(/[a-z]+/g) ?? []) lean.set(word, (lean.get(word) ?? 0) + sign);
  }
  const words = [...lean.keys()].sort();
  const values = new Float32Array(words.length * dimensions);
  let state = 12345;
  words.forEach((word, w) => {
    values[w * dimensions] = Math.sign(lean.get(word)!);
    for (let d = 1; d < dimensions; d++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      values[w * dimensions + d] = state / 2 ** 32 - 0.5;
    }
  });
  // Through the file format, as real vectors are: on its int8 grid, so they round-trip through the model file.
  return decodeWordVectors(encodeWordVectors({ dimensions, words, values, source: { sample: true } }));
}
