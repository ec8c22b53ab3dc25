/**
 * Dev only: what the word-vector part adds to the quote ensemble. The part is trained on the training quotes as
 * `plaudit train` trains it (seed 1); the other parts' logits come from a model file (by default the shipped one, read
 * without its own word-vector part); then the log-odds mix is cross-validated by movie inside the dev split
 * (5 folds), with and without the part. The RT test split is never read.
 *
 *   npx tsx bench/judge-embed-cv.ts [--model FILE]
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_MODEL_FILE } from '../src/app.ts';
import { embeddingLogit, pooledMeans, projectEmbedding } from '../src/judge/model/embedding-part.ts';
import { decodeModel } from '../src/judge/model/model-file.ts';
import { featuresOf, linearLogit } from '../src/judge/model/text-features.ts';
import { tokenize } from '../src/judge/model/tokenize.ts';
import { quoteSplits } from '../src/judge/train/corpora.ts';
import { fitMlp } from '../src/judge/train/fit-mlp.ts';
import { fitQuoteMix } from '../src/judge/train/fit-small-parts.ts';
import { loadCorpora } from '../src/judge/train/load-data.ts';
import { DEFAULT_TRAIN_OPTIONS } from '../src/judge/train/train-judge.ts';
import { sharedPath } from '../test/shared-data.ts';

const modelArg = process.argv.indexOf('--model');
const data = decodeModel(readFileSync(modelArg > 0 ? process.argv[modelArg + 1]! : DEFAULT_MODEL_FILE));
const corpora = loadCorpora(sharedPath('data'));
const vectors = corpora.wordVectors!;
const { rtTrain, rtDev, polarity } = quoteSplits(corpora, 1);
const train = [...rtTrain.map((r) => ({ tokens: tokenize(r.text), positive: r.fresh })), ...polarity.map((p) => ({ tokens: tokenize(p.text), positive: p.positive }))];
const dev = rtDev.map((r) => ({ tokens: tokenize(r.text), positive: r.fresh, movie: r.movie }));
console.log(`train ${train.length} quotes, dev ${dev.length} quotes, ${vectors.words.length} word vectors`);

const started = performance.now();
const network = fitMlp(train.map((r) => ({ x: pooledMeans(vectors, r.tokens), y: r.positive ? 1 : 0 })), { ...DEFAULT_TRAIN_OPTIONS.embedding, seed: 1 });
const part = projectEmbedding(vectors, network);
const embedding = dev.map((r) => embeddingLogit(part, r.tokens));
const alone = dev.filter((r, i) => embedding[i]! >= 0 === r.positive).length / dev.length;
console.log(`word-vector part trained in ${((performance.now() - started) / 1000).toFixed(0)} s; alone on dev ${(100 * alone).toFixed(2)}%`);

const base = dev.map((r) => [data.quote, data.document, ...data.quoteMembers].map((p) => linearLogit(p, featuresOf(r.tokens, p))));
const foldOf = (movie: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < movie.length; i++) h = Math.imul(h ^ movie.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 5;
};
const crossValidate = (parts: number[][], withEmbedding: boolean) => {
  let correct = 0;
  let loss = 0;
  for (let f = 0; f < 5; f++) {
    const mix = fitQuoteMix(dev.flatMap((r, i) => (foldOf(r.movie) !== f ? [{ parts: parts[i]!, positive: r.positive }] : [])), withEmbedding);
    dev.forEach((r, i) => {
      if (foldOf(r.movie) !== f) return;
      const p = parts[i]!;
      const members = mix.members.reduce((a, w, k) => a + w * p[k + 2]!, 0);
      const z = mix.intercept + mix.quote * p[0]! + mix.document * p[1]! + members + (withEmbedding ? mix.embedding! * p[p.length - 1]! : 0);
      if (z >= 0 === r.positive) correct++;
      const q = 1 / (1 + Math.exp(-z));
      loss -= Math.log(Math.max(1e-15, r.positive ? q : 1 - q));
    });
  }
  return `${((100 * correct) / dev.length).toFixed(2)}%, log-loss ${(loss / dev.length).toFixed(4)}`;
};
console.log(`5-fold by movie inside dev: without ${crossValidate(base, false)}; with the word-vector part ${crossValidate(base.map((p, i) => [...p, embedding[i]!]), true)}`);
