import { describe, expect, it } from 'vitest';
import { embeddingLogit, GROUPS, pooledMeans, projectEmbedding } from './embedding-part.ts';
import { tokenize } from './tokenize.ts';
import { decodeWordVectors, encodeWordVectors } from './word-vectors.ts';

// Two dimensions: "good" points one way, "dull" the other, "film" sideways.
const vectors = { dimensions: 2, words: ['good', 'dull', 'film'], values: Float32Array.from([1, 0, -1, 0, 0, 1]) };

describe('pooledMeans', () => {
  it('pools plain, negated and after-contrast words apart', () => {
    // plain: good, film; negated (after "not", itself after "but"): dull; after contrast: only "not", which has no vector.
    expect(Array.from(pooledMeans(vectors, tokenize('A good film, but not dull.')))).toEqual([0.5, 0.5, -1, 0, 0, 0]);
  });

  it('is all zeros when no word has a vector', () => {
    expect(Array.from(pooledMeans(vectors, tokenize('Quite something!')))).toEqual(Array(GROUPS * 2).fill(0));
  });
});

describe('embeddingLogit', () => {
  it('equals the network applied to the pooled means, through the stored projections', () => {
    // Two hidden units over the 6 pooled values.
    const network = { inputWeights: [1, 0, -1, 0, 0.5, 0.5, 0, 1, 0, 0, 0, -1], hiddenBias: [0.1, -0.2], outputWeights: [2, -1], outputBias: 0.3 };
    const part = projectEmbedding(vectors, network);
    for (const text of ['A good film, but not dull.', 'Dull.', 'Good, but the film is dull.', 'Nothing here.']) {
      const x = pooledMeans(vectors, tokenize(text));
      let z = network.outputBias;
      for (let k = 0; k < 2; k++) {
        let a = network.hiddenBias[k]!;
        for (let j = 0; j < x.length; j++) a += network.inputWeights[k * x.length + j]! * x[j]!;
        z += network.outputWeights[k]! * Math.tanh(a);
      }
      expect(embeddingLogit(part, tokenize(text))).toBeCloseTo(z, 2);
    }
  });
});

describe('word-vector file', () => {
  it('round-trips to within the int8 step of each word, and refuses a truncated file', () => {
    const values = Float32Array.from([0.5, -0.25, 3, 1, 0, 0]);
    const bytes = encodeWordVectors({ dimensions: 2, words: ['a', 'b', 'c'], values, source: { test: true } });
    const decoded = decodeWordVectors(bytes);
    expect(decoded.words).toEqual(['a', 'b', 'c']);
    expect(decoded.source).toEqual({ test: true });
    values.forEach((v, i) => expect(Math.abs(decoded.values[i]! - v)).toBeLessThanOrEqual(3 / 127 / 2 + 1e-6));
    expect(Array.from(decodeWordVectors(encodeWordVectors(decoded)).values)).toEqual(Array.from(decoded.values));
    expect(() => decodeWordVectors(bytes.subarray(0, bytes.length - 1))).toThrow(/corrupt/);
  });
});
