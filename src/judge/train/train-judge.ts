/**
 * Trains the judge from the corpora (pure: the data is handed in, the model data comes out). It coordinates:
 * the movie split of the RT reviews; the quote model (RT train quotes plus the sentence-polarity snippets that are
 * not held-out RT quotes); the document model (IMDb train); then the small fits on the dev split (calibration,
 * long-text mix, score map, rating combination, film pooling). The RT test split is never read here.
 */
import { parseRating } from '../../extract/normalise-rating.ts';
import { splitSentences } from '../../text/sentences.ts';
import { applyPlatt } from '../model/calibration.ts';
import type { LinearPart, ModelData } from '../model/model-data.ts';
import { closingMean, documentTokens, featuresOf, linearLogit } from '../model/text-features.ts';
import { tokenize } from '../model/tokenize.ts';
import { imdbSplit, movieSplit, snippetKey, type Corpora, type RtReview } from './corpora.ts';
import { fitLogistic } from './fit-logistic.ts';
import { fitFilmPooling, fitLongMix, fitPlatt, fitRatingCombination, fitScoreMap, ratingCombinationAccuracy } from './fit-small-parts.ts';
import { toSparseSet, type LabelledRow } from './sparse-set.ts';

export interface TrainOptions {
  seed: number;
  quoteBits: number;
  quoteOrder: number;
  /** Character n-grams inside words for the quote model (0 for none). */
  quoteCharGrams: number;
  quoteL2: number;
  documentBits: number;
  documentOrder: number;
  documentL2: number;
  /** L-BFGS iterations for the two linear parts. */
  iterations: number;
  longTextWords: number;
  /** How much one sentence-polarity snippet counts against one RT quote. */
  polarityWeight: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  seed: 1,
  quoteBits: 22,
  quoteOrder: 3,
  quoteCharGrams: 4,
  quoteL2: 1e-4,
  documentBits: 22,
  documentOrder: 3,
  documentL2: 1e-4,
  iterations: 60,
  longTextWords: 80,
  polarityWeight: 1,
};

export const MODEL_VERSION = 'nbsvm-1';
/** Films with at least this many reviews count for the film-level interval fit and figures. */
export const FILM_MIN_REVIEWS = 20;

export type TrainLog = (message: string) => void;

export function trainJudge(corpora: Corpora, options: TrainOptions = DEFAULT_TRAIN_OPTIONS, log: TrainLog = () => {}): ModelData {
  const split = (r: RtReview) => movieSplit(r.movie, options.seed);
  const rtTrain = corpora.rt.filter((r) => r.text !== '' && split(r) === 'train');
  const rtDev = corpora.rt.filter((r) => r.text !== '' && split(r) === 'dev');
  // The snippets come from Rotten Tomatoes too: drop any that is also a held-out quote, so nothing leaks.
  const heldOut = new Set(corpora.rt.filter((r) => split(r) !== 'train').map((r) => snippetKey(r.text)));
  const polarity = corpora.polarity.filter((p) => !heldOut.has(snippetKey(p.text)));
  const quoteShape = { bits: options.quoteBits, order: options.quoteOrder, charGrams: options.quoteCharGrams };
  const documentShape = { bits: options.documentBits, order: options.documentOrder, charGrams: 0 };

  log(`quote model: ${rtTrain.length} RT quotes + ${polarity.length} snippets`);
  const quoteRows: LabelledRow[] = [
    ...rtTrain.map((r) => ({ features: featuresOf(tokenize(r.text), quoteShape), positive: r.fresh })),
    ...polarity.map((p) => ({ features: featuresOf(tokenize(p.text), quoteShape), positive: p.positive, weight: options.polarityWeight })),
  ];
  const quote: LinearPart = {
    ...quoteShape,
    ...fitLogistic(toSparseSet(quoteRows), { dimension: 2 ** options.quoteBits, l2: options.quoteL2, iterations: options.iterations, nbAlpha: 1 }),
  };

  const imdbTrain = corpora.imdb.filter((d, i) => imdbSplit(d, i, options.seed) === 'train');
  const imdbDev = corpora.imdb.filter((d, i) => imdbSplit(d, i, options.seed) === 'dev');
  log(`document model: ${imdbTrain.length} IMDb reviews`);
  const docTokens = (text: string) => splitSentences(text).map((s) => tokenize(s));
  const documentRows = imdbTrain.map((d) => ({ features: featuresOf(documentTokens(docTokens(d.text)), documentShape), positive: d.positive }));
  const document: LinearPart = {
    ...documentShape,
    ...fitLogistic(toSparseSet(documentRows), { dimension: 2 ** options.documentBits, l2: options.documentL2, iterations: options.iterations, nbAlpha: 1 }),
  };

  log(`dev fits: ${rtDev.length} RT quotes, ${imdbDev.length} IMDb reviews`);
  const longRows = imdbDev.map((d) => {
    const tokens = docTokens(d.text);
    return {
      document: linearLogit(document, featuresOf(documentTokens(tokens), document)),
      closing: closingMean(tokens.map((t) => linearLogit(quote, featuresOf(t, quote)))),
      positive: d.positive,
    };
  });
  const longText = fitLongMix(longRows);
  const rawDev = rtDev.map((r) => ({ review: r, z: linearLogit(quote, featuresOf(tokenize(r.text), quote)), positive: r.fresh }));
  const quoteCalibration = fitPlatt(rawDev);
  const dev = rawDev.map((r) => ({ ...r, z: applyPlatt(quoteCalibration, r.z) }));
  const rated = dev.flatMap((r) => {
    const rating = r.review.rating ? parseRating(r.review.rating) : null;
    return rating ? [{ score: rating.score, z: r.z, positive: r.positive }] : [];
  });
  const score = fitScoreMap(rated);
  const rating = fitRatingCombination(rated);
  const films = new Map<string, { logits: number[]; labels: boolean[] }>();
  for (const r of dev) {
    const film = films.get(r.review.movie) ?? { logits: [], labels: [] };
    film.logits.push(r.z);
    film.labels.push(r.positive);
    films.set(r.review.movie, film);
  }
  const film = fitFilmPooling([...films.values()].sort((a, b) => a.logits.length - b.logits.length), FILM_MIN_REVIEWS);

  const accuracy = (rows: { z: number; positive: boolean }[]) => rows.filter((r) => r.z >= 0 === r.positive).length / Math.max(1, rows.length);
  const longMixed = longRows.map((r) => ({ z: longText.documentWeight * r.document + longText.closingWeight * r.closing + longText.intercept, positive: r.positive }));
  const training = {
    seed: options.seed,
    options,
    data: corpora.hashes,
    rows: { rtTrain: rtTrain.length, rtDev: rtDev.length, polarity: polarity.length, imdbTrain: imdbTrain.length, imdbDev: imdbDev.length },
    dev: {
      quoteAccuracy: round4(accuracy(dev)),
      imdbAccuracy: round4(accuracy(longMixed)),
      ratingCombinationAccuracy: round4(ratingCombinationAccuracy(rating, rated)),
    },
  };
  log(`dev: ${JSON.stringify(training.dev)}`);
  return { version: MODEL_VERSION, longTextWords: options.longTextWords, quote, document, quoteCalibration, longText, score, rating, film, training };
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
