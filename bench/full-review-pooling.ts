/**
 * Full-length reviews read beside their film's other reviews (issue 18): is the pooling of a film's text-judged
 * reviews right for a full review, and not only for the short quotes it was fitted on? IMDb's 50,000 full-length
 * reviews (../shared/data/imdb-reviews.jsonl.gz) are grouped by film (the title id in each review's url; the data's
 * train and test splits hold different films). Each review is judged alone as the pipeline judges it (judgeReview,
 * text only), then each film with 5+ reviews is read in context by the store's own function (readInFilmContext):
 *   - alone:               no pooling;
 *   - quotes' pooling:     every review pooled as a quote (the model's filmPooling, fitted on RT quotes), as before;
 *   - full-review pooling: what the store does now, a review of FULL_REVIEW_CHARS or more pooled lightly
 *                          (its own log-odds + FULL_REVIEW_FILM_WEIGHT × the film's mean).
 * It reports verdict accuracy against the user's label, log-loss and calibration error (ECE, ten bins) of the
 * probability, and the film's expected percent positive against its share of positive labels. The model was trained
 * on IMDb's train split (its readings there are near certain), so only the test split's films are used: alternate
 * films in the file's order form a fitting half and a measured half.
 *
 *   npx tsx bench/full-review-pooling.ts [--fit]
 *
 * --fit also fits the film weight by log-loss (Newton's method, one parameter) on the fitting half and prints it;
 * FULL_REVIEW_FILM_WEIGHT in src/judge/film-estimate.ts is that value, rounded. IMDb keeps no review rated 5 or 6 of
 * 10, so its reviews are surer than critics' and the score (on critics' scales) is not compared here.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadJudgeModel } from '../src/app.ts';
import { readInFilmContext, MIN_REVIEWS_TO_POOL, type JudgedReview } from '../src/judge/film-context.ts';
import { FULL_REVIEW_CHARS, FULL_REVIEW_FILM_WEIGHT } from '../src/judge/film-estimate.ts';
import { judgeReview } from '../src/judge/judge-review.ts';
import { logit, sigmoid } from '../src/judge/model/calibration.ts';
import { hasShared, sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';
import { textOnlyDraft } from './text-only.ts';

const FILE = 'data/imdb-reviews.jsonl.gz';
if (!hasShared(FILE)) {
  console.error(`${sharedPath(FILE)} is missing: this benchmark needs ../shared beside the repository.`);
  process.exit(1);
}
const model = loadJudgeModel();
const reader = model.filmReader;
if (!reader) throw new Error('the shipped model has no film reader; the store would not read films in context either');

type Review = JudgedReview & { probability: number; positive: boolean };
const started = performance.now();
// The model was trained on IMDb's train split (its readings there are near certain), so only the test split's films
// are read, alternately in the file's order as a fitting half and a measured half.
const films = new Map<string, Review[]>();
let long = 0;
let total = 0;
for (const line of gunzipSync(readFileSync(sharedPath(FILE))).toString('utf8').split('\n')) {
  if (line.trim() === '') continue;
  const row = JSON.parse(line) as { split: string; label: string; url: string; text: string };
  const film = /tt\d+/.exec(row.url)?.[0];
  if (row.split !== 'test' || !film) continue;
  const text = row.text.replace(/<br\s*\/?>/g, '\n');
  const judged = judgeReview(textOnlyDraft(text, null, null), model);
  total++;
  if (text.length >= FULL_REVIEW_CHARS) long++;
  const review: Review = {
    verdict: judged.verdict, probability: judged.probability, score: judged.score, verdictSource: 'text', scoreSource: 'text',
    textLength: text.length, positive: row.label === 'pos',
  };
  films.set(film, [...(films.get(film) ?? []), review]);
}

/** The film weight with the least log-loss on these films: own log-odds + w × the film's mean. */
function fitWeight(list: Review[][]): number {
  const rows = list.flatMap((reviews) => {
    const zs = reviews.map((r) => logit(r.probability));
    const mean = zs.reduce((a, b) => a + b, 0) / zs.length;
    return reviews.map((r, i) => ({ z: zs[i]!, mean, y: r.positive ? 1 : 0 }));
  });
  let w = 0;
  for (let step = 0; step < 50; step++) {
    let gradient = 0;
    let curvature = 1e-9;
    for (const { z, mean, y } of rows) {
      const p = sigmoid(z + w * mean);
      gradient += (y - p) * mean;
      curvature += p * (1 - p) * mean * mean;
    }
    const move = gradient / curvature;
    w += move;
    if (Math.abs(move) < 1e-9) break;
  }
  return w;
}

interface Figures { reviews: number; films: number; accuracy: number; logLoss: number; ece: number; filmMae: number; filmBias: number; covered: number }
function measure(list: Review[][], variant: 'alone' | 'quotes' | 'full'): Figures {
  let correct = 0;
  let loss = 0;
  let n = 0;
  let filmError = 0;
  let filmBias = 0;
  let covered = 0;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const reviews of list) {
    const input = variant === 'full' ? reviews : reviews.map((r) => ({ ...r, textLength: variant === 'quotes' ? 0 : r.textLength }));
    const reading = readInFilmContext(input, reader!);
    const read = variant === 'alone' ? input : reading.reviews;
    read.forEach((r, i) => {
      const y = reviews[i]!.positive;
      const p = Math.min(1 - 1e-12, Math.max(1e-12, r.probability!));
      n++;
      if (p >= 0.5 === y) correct++;
      loss -= Math.log(y ? p : 1 - p);
      const bin = bins[Math.min(9, Math.floor(p * 10))]!;
      bin.n++;
      bin.p += p;
      bin.y += y ? 1 : 0;
    });
    const expected = (100 * read.reduce((a, r) => a + r.probability!, 0)) / read.length;
    const truth = (100 * reviews.filter((r) => r.positive).length) / reviews.length;
    filmError += Math.abs(expected - truth);
    filmBias += expected - truth;
    // The interval the page shows with the figure (the alone row has none: it is what a film under 5 reviews shows).
    if (variant !== 'alone' && reading.estimate && truth >= reading.estimate.low && truth <= reading.estimate.high) covered++;
  }
  const ece = bins.reduce((a, b) => a + (b.n === 0 ? 0 : Math.abs(b.p - b.y)), 0) / n;
  return { reviews: n, films: list.length, accuracy: correct / n, logLoss: loss / n, ece, filmMae: filmError / list.length, filmBias: filmBias / list.length, covered: covered / list.length };
}

console.log(machineLine());
console.log(`model ${model.version}; IMDb test split: ${total} reviews judged alone in ${((performance.now() - started) / 1000).toFixed(0)} s, ${((100 * long) / total).toFixed(1)}% of them ${FULL_REVIEW_CHARS}+ characters`);
const test = [...films.values()].filter((reviews) => reviews.length >= MIN_REVIEWS_TO_POOL);
const fitHalf = test.filter((_, i) => i % 2 === 0);
const measureHalf = test.filter((_, i) => i % 2 === 1);
if (process.argv.includes('--fit')) {
  console.log(`fitted on the fitting half's ${fitHalf.length} films: film weight ${fitWeight(fitHalf).toFixed(3)} (shipped ${FULL_REVIEW_FILM_WEIGHT})`);
}
for (const [name, list] of [['fitting half (test split, alternate films)', fitHalf], ['measured half (test split, the other films)', measureHalf]] as const) {
  const reviews = list.reduce((a, l) => a + l.length, 0);
  console.log(`\n${name}: ${list.length} films with ${MIN_REVIEWS_TO_POOL}+ reviews, ${reviews} reviews`);
  console.log(`${'reading'.padEnd(44)}${'accuracy'.padEnd(11)}${'log-loss'.padEnd(11)}${'ECE'.padEnd(9)}film % positive: MAE, bias, 95% interval covers`);
  for (const [label, variant] of [
    ['alone', 'alone'],
    ["every review pooled as a quote (before)", 'quotes'],
    [`full reviews pooled lightly (${FULL_REVIEW_FILM_WEIGHT}, shipped)`, 'full'],
  ] as const) {
    const f = measure(list, variant);
    console.log(`${label.padEnd(44)}${(100 * f.accuracy).toFixed(2).padEnd(11)}${f.logLoss.toFixed(4).padEnd(11)}${f.ece.toFixed(4).padEnd(9)}${f.filmMae.toFixed(2)}, ${f.filmBias >= 0 ? '+' : ''}${f.filmBias.toFixed(2)}, ${variant === 'alone' ? '-' : `${(100 * f.covered).toFixed(0)}%`}`);
  }
}
console.log(`\nrun time ${((performance.now() - started) / 1000).toFixed(0)} s`);
