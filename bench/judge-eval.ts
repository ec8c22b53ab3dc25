/**
 * Every figure the judge is held to, on the untouched test split (RT movies by the model's own seed, the IMDb test
 * half), with the peer libraries side by side and single-core speed. Writes nothing. With --dev, the same figures on
 * the dev split (RT dev movies, the IMDb train half's dev tenth) and no peers: that is the split to develop on; the
 * test split is for the final figures only.
 *
 *   npx tsx bench/judge-eval.ts [--dev] [--skip-cv] [--speed]
 *
 * --speed measures only the speed of ours and the peers (reads no label), for a re-run on a quiet machine.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { DEFAULT_MODEL_FILE, loadJudgeModel } from '../src/app.ts';
import type { RawDocument } from '../src/domain/document.ts';
import { evaluateJudge, type LabelledReview } from '../src/judge/evaluate.ts';
import { expectedCalibrationError } from '../src/judge/model/calibration.ts';
import { featuresOf } from '../src/judge/model/text-features.ts';
import { tokenize } from '../src/judge/model/tokenize.ts';
import { imdbSplit, movieSplit } from '../src/judge/train/corpora.ts';
import { fitLogistic, linearScore } from '../src/judge/train/fit-logistic.ts';
import { loadCorpora } from '../src/judge/train/load-data.ts';
import { toSparseSet } from '../src/judge/train/sparse-set.ts';
import type { TrainOptions } from '../src/judge/train/train-judge.ts';
import { processDocument } from '../src/pipeline/process-document.ts';
import { sharedPath } from '../test/shared-data.ts';
import { peers, throughput } from './judge-peers.ts';
import { machineLine } from './machine.ts';

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
console.log(`machine: ${machineLine()}`);

const modelArg = process.argv.indexOf('--model');
const modelFile = modelArg > 0 ? process.argv[modelArg + 1]! : DEFAULT_MODEL_FILE;
const loadStarted = performance.now();
const model = loadJudgeModel(modelFile);
const loadMs = performance.now() - loadStarted;
console.log(`model: ${model.version}, ${modelFile}, ${(statSync(modelFile).size / 1024 ** 2).toFixed(1)} MiB, loaded in ${loadMs.toFixed(0)} ms`);
const bytes = readFileSync(modelFile);
const header = JSON.parse(bytes.subarray(20, 20 + bytes.readUInt32LE(16)).toString('utf8')) as { training: { seed: number; options: TrainOptions } };
const { seed, options } = header.training;

const corpora = loadCorpora(sharedPath('data'));
const onDev = process.argv.includes('--dev');
const splitName = onDev ? 'dev' : 'test';
const rtTest: LabelledReview[] = corpora.rt
  .filter((r) => movieSplit(r.movie, seed) === splitName)
  .map((r) => ({
    text: r.text, positive: r.fresh, film: r.movie, ...(r.rating ? { rating: r.rating } : {}),
    ...(r.critic ? { critic: r.critic } : {}), ...(r.outlet ? { outlet: r.outlet } : {}),
  }));
const imdbTest = corpora.imdb.filter((d, i) => imdbSplit(d, i, seed) === splitName);

const quotes = rtTest.filter((r) => r.text !== '');
const quoteTexts = quotes.map((r) => r.text);
const longSample = imdbTest.slice(0, 2000).map((d) => d.text);

if (process.argv.includes('--speed')) {
  // Speed alone (no labels read): for re-measuring on a quiet machine without consulting the test split again.
  console.log(`\n== speed, one core, ${splitName} texts ==`);
  const qps = throughput(quoteTexts, (t) => model.predict(t));
  const lps = throughput(longSample, (t) => model.predict(t));
  console.log(`plaudit ${model.version}: ${Math.round(qps)} quotes/s, ${Math.round(lps)} full reviews/s (targets 20,000 and 1,000)`);
  for (const peer of peers()) {
    const pq = throughput(quoteTexts, (t) => peer.positive(t), 1);
    const pl = throughput(longSample.slice(0, 500), (t) => peer.positive(t), 1);
    console.log(`${peer.name}: ${Math.round(pq)} quotes/s (ours ${(qps / pq).toFixed(1)}x), ${Math.round(pl)} full reviews/s (ours ${(lps / pl).toFixed(1)}x)`);
  }
  process.exit(0);
}

console.log(`\n== RT critic reviews, ${splitName} split (seed ${seed}): ${new Set(rtTest.map((r) => r.film)).size} movies, ${rtTest.length} rows ==`);
const rt = evaluateJudge(rtTest, model);
console.log(`fresh/rotten from the quote text alone: ${pct(rt.textAccuracy)} on ${rt.withText} quotes (target >= 82%)`);
console.log(`with the explicit rating used where present: ${pct(rt.combinedAccuracy)} (target >= 92%); on the ${rt.withRating} rated rows ${pct(rt.ratedCombinedAccuracy)}, rating alone (60+) ${pct(rt.ratedRatingOnlyAccuracy)}`);
console.log(`every row with text or a rating (${rt.withTextOrRating}; rows with a rating and no quote judged by the rating alone): ${pct(rt.allRowsAccuracy)}`);
console.log(`calibration error (ECE, 10 bins) on quotes: ${rt.calibrationError.toFixed(4)} (target <= 0.03)`);
console.log(`text score vs normalised rating, MAE: ${rt.scoreMae.toFixed(2)} points on ${rt.withRating} rows, each review alone (target <= 12)`);
console.log(
  `read beside the film's other reviews (their text only): score MAE ${rt.contextScoreMae.toFixed(2)} points (target <= 12), verdict ${pct(rt.contextAccuracy)}`,
);
console.log(
  `text score spread (standard deviation) on the rated rows: ${rt.scoreSpread.toFixed(2)} alone, ${rt.contextScoreSpread.toFixed(2)} read in context, ` +
    `against the ratings' ${rt.ratingSpread.toFixed(2)} (target within 20%: ${(rt.contextScoreSpread / rt.ratingSpread).toFixed(3)} of it in context; bench/score-spread.ts)`,
);
console.log(`film level, ${rt.films} ${splitName} movies with 20+ reviews: percent positive from text alone, MAE ${rt.filmMae.toFixed(2)} points (target <= 4); 95% interval covers ${pct(rt.filmCoverage)}; sampling floor ${rt.filmSamplingFloor.toFixed(2)} points (the MAE if every pooled probability were exactly right)`);

console.log(`\n== IMDb ${onDev ? 'dev (a tenth of the train half)' : 'test'} split: ${imdbTest.length} reviews ==`);
const imdbPredictions = imdbTest.map((d) => ({ probability: model.predict(d.text).probability, positive: d.positive }));
const imdbAccuracy = imdbPredictions.filter((p) => p.probability >= 0.5 === p.positive).length / imdbTest.length;
console.log(`accuracy ${pct(imdbAccuracy)} (target >= 91%; NBSVM-bi 91.2%), ECE ${expectedCalibrationError(imdbPredictions).toFixed(4)}`);

if (!onDev && !process.argv.includes('--skip-cv')) {
  // The quote model's recipe trained on sentence-polarity alone, 10 folds by line number.
  const shape = { bits: options.quoteBits, order: options.quoteOrder, charGrams: options.quoteCharGrams, kind: 'words' as const, salt: 0 };
  const rows = corpora.polarity.map((p) => ({ features: featuresOf(tokenize(p.text), shape), positive: p.positive }));
  const foldAccuracy: number[] = [];
  for (let fold = 0; fold < 10; fold++) {
    const fit = fitLogistic(toSparseSet(rows.filter((_, i) => i % 10 !== fold)), {
      dimension: 2 ** shape.bits, l2: options.quoteL2, iterations: options.iterations, nbAlpha: 1,
    });
    const held = rows.filter((_, i) => i % 10 === fold);
    foldAccuracy.push(held.filter((r) => linearScore(fit, r.features) >= 0 === r.positive).length / held.length);
  }
  const mean = foldAccuracy.reduce((a, b) => a + b, 0) / 10;
  console.log(`\n== sentence-polarity, 10-fold cross-validation (the quote recipe on these snippets alone) ==\naccuracy ${pct(mean)} (folds ${foldAccuracy.map((a) => (100 * a).toFixed(1)).join(' ')}; NBSVM-bi 79.4%)`);
}

if (onDev) {
  const qps = throughput(quoteTexts, (t) => model.predict(t));
  const lps = throughput(longSample, (t) => model.predict(t));
  console.log(`\nspeed, one core: ${Math.round(qps)} quotes/s, ${Math.round(lps)} full reviews/s (targets 20,000 and 1,000)`);
  process.exit(0);
}

console.log('\n== peers, same test data (positive when the score is >= 0) ==');
const ours = {
  name: `plaudit ${model.version}`,
  rtAccuracy: rt.textAccuracy,
  imdbAccuracy,
  quotesPerSecond: throughput(quoteTexts, (t) => model.predict(t)),
  longPerSecond: throughput(longSample, (t) => model.predict(t)),
};
console.log(`${ours.name}: RT quotes ${pct(ours.rtAccuracy)}, IMDb ${pct(ours.imdbAccuracy)}, ${Math.round(ours.quotesPerSecond)} quotes/s, ${Math.round(ours.longPerSecond)} full reviews/s (targets 20,000 and 1,000, one core)`);
for (const peer of peers()) {
  const rtAcc = quotes.filter((r) => peer.positive(r.text) === r.positive).length / quotes.length;
  const imdbAcc = imdbTest.filter((d) => peer.positive(d.text) === d.positive).length / imdbTest.length;
  const qps = throughput(quoteTexts, (t) => peer.positive(t), 1);
  const lps = throughput(longSample.slice(0, 500), (t) => peer.positive(t), 1);
  console.log(
    `${peer.name}: RT quotes ${pct(rtAcc)} (ours ${(ours.rtAccuracy / rtAcc).toFixed(2)}x), IMDb ${pct(imdbAcc)} (ours ${(imdbAccuracy / imdbAcc).toFixed(2)}x), ` +
      `${Math.round(qps)} quotes/s (ours ${(ours.quotesPerSecond / qps).toFixed(1)}x), ${Math.round(lps)} full reviews/s (ours ${(ours.longPerSecond / lps).toFixed(1)}x)`,
  );
}

console.log('\n== the five seeds (Her Smell), through the real pipeline ==');
for (const file of readdirSync(sharedPath('seeds')).filter((f) => f.endsWith('.txt')).sort()) {
  const content = readFileSync(sharedPath('seeds', file), 'utf8');
  const document: RawDocument = { sourceName: file, sourceKey: file, format: 'text', content, contentHash: file, byteLength: content.length, filmHint: 'Her Smell' };
  const outcome = processDocument(document, model);
  if (outcome.kind !== 'review') throw new Error(`${file} was held: ${outcome.hold.reason}`);
  const { judgement } = outcome.review;
  console.log(`${file}: ${judgement.verdict} (p = ${judgement.probability.toFixed(3)}, score ${judgement.score}, from ${judgement.verdictSource})`);
}
