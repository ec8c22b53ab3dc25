/**
 * Do text scores spread like the critics' own ratings (issue 18)? On the RT split by movie (the model's own seed),
 * the rated rows with a quote: the error of the text score against the normalised rating and the standard deviation
 * of each, for the score of a review read alone and read beside its film's other reviews (what the store keeps).
 * Then the five Her Smell seeds through the real pipeline, alone and read together as the store reads them, with
 * the profile's band for each score; last, critics' full reviews read alone (../shared/data/pull-quotes/dev.jsonl:
 * 259 reviews by four critics with their ratings on a 0-1 scale), in the halves of the pull-quote bench. Writes
 * nothing.
 *
 *   npx tsx bench/score-spread.ts [--dev] [--model FILE] [--tilt-sweep]
 *
 * Without --dev it reports on the test split (for final figures only). --tilt-sweep (dev only: it is how the
 * setting is chosen) re-scores dev with other values of the lean within a side (RaterScales.tilt).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { DEFAULT_MODEL_FILE } from '../src/app.ts';
import { BANDS } from '../src/aggregate/profile/scores.ts';
import type { RawDocument } from '../src/domain/document.ts';
import { evaluateJudge, type EvalFigures, type LabelledReview } from '../src/judge/evaluate.ts';
import { readInFilmContext } from '../src/judge/film-context.ts';
import { judgeReview } from '../src/judge/judge-review.ts';
import { decodeModel } from '../src/judge/model/model-file.ts';
import type { ModelData } from '../src/judge/model/model-data.ts';
import { createTrainedModel, type TrainedTextModel } from '../src/judge/model/trained-model.ts';
import { movieSplit } from '../src/judge/train/corpora.ts';
import { loadCorpora } from '../src/judge/train/load-data.ts';
import { processDocument } from '../src/pipeline/process-document.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';
import { inTuningHalf, judgedText, loadPairs } from './pull-quote-pairs.ts';
import { textOnlyDraft } from './text-only.ts';

const onDev = process.argv.includes('--dev');
const sweep = process.argv.includes('--tilt-sweep');
if (sweep && !onDev) throw new Error('--tilt-sweep chooses a setting: dev only (add --dev)');
const modelArg = process.argv.indexOf('--model');
const modelFile = modelArg > 0 ? process.argv[modelArg + 1]! : DEFAULT_MODEL_FILE;
const data = decodeModel(readFileSync(modelFile));
const model = createTrainedModel(data);
const seed = (data.training as { seed: number }).seed;
const splitName = onDev ? 'dev' : 'test';

console.log(`machine: ${machineLine()}`);
console.log(`model: ${data.version}, ${modelFile}, tilt ${data.raters?.tilt ?? 'none (plain score map)'}`);

const rows: LabelledReview[] = loadCorpora(sharedPath('data'))
  .rt.filter((r) => movieSplit(r.movie, seed) === splitName && r.text.trim() !== '')
  .map((r) => ({
    text: r.text, positive: r.fresh, film: r.movie, ...(r.rating ? { rating: r.rating } : {}),
    ...(r.critic ? { critic: r.critic } : {}), ...(r.outlet ? { outlet: r.outlet } : {}),
  }));

const ratio = (spread: number, f: EvalFigures) => spread / f.ratingSpread;
function report(f: EvalFigures, label = ''): void {
  const line = (name: string, mae: number, spread: number) =>
    `${label}${name}: MAE ${mae.toFixed(2)} (target <= 10), spread ${spread.toFixed(2)} = ${ratio(spread, f).toFixed(3)} of the ratings' (target 0.8-1.2)`;
  console.log(line('read in context (stored)', f.contextScoreMae, f.contextScoreSpread));
  console.log(line('each review alone       ', f.scoreMae, f.scoreSpread));
}

const figures = evaluateJudge(rows, model);
console.log(`\n== RT ${splitName} split (seed ${seed}): ${new Set(rows.map((r) => r.film)).size} movies, ${figures.withRating} rated quotes ==`);
console.log(`normalised ratings: spread (standard deviation) ${figures.ratingSpread.toFixed(2)} points`);
report(figures);

if (sweep) {
  console.log('\n== the lean within a side (tilt), dev ==');
  for (const tilt of [0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2]) {
    const raters = data.raters ? { ...data.raters, tilt } : undefined;
    const variant: ModelData = { ...data, ...(raters ? { raters } : {}) };
    report(evaluateJudge(rows, createTrainedModel(variant)), `tilt ${tilt.toFixed(1)}, `);
  }
}

console.log('\n== the five seeds (Her Smell): score alone, read together (as the store keeps it), band ==');
seedScores(model);
fullReviewScores(model);

function bandOf(score: number): string {
  if (score >= BANDS.positive[0]) return 'positive';
  return score >= BANDS.mixed[0] ? 'mixed' : 'negative';
}

function seedScores(judge: TrainedTextModel): void {
  const files = readdirSync(sharedPath('seeds')).filter((f) => f.endsWith('.txt')).sort();
  const reviews = files.map((file) => {
    const content = readFileSync(sharedPath('seeds', file), 'utf8');
    const document: RawDocument = { sourceName: file, sourceKey: file, format: 'text', content, contentHash: file, byteLength: content.length, filmHint: 'Her Smell' };
    const outcome = processDocument(document, judge);
    if (outcome.kind !== 'review') throw new Error(`${file} was held: ${outcome.hold.reason}`);
    const { judgement, draft } = outcome.review;
    // The stored text's length, as the store reads it: a full review is pooled lightly (film-estimate.ts).
    return { ...judgement, critic: draft.critic?.value, outlet: draft.outlet?.value, textLength: draft.text.length };
  });
  const together = readInFilmContext(reviews, judge.filmReader).reviews;
  files.forEach((file, i) => {
    const alone = reviews[i]!;
    const read = together[i]!;
    console.log(`${file}: p = ${alone.probability.toFixed(3)}, alone ${alone.score} (${bandOf(alone.score)}), together ${read.score} (${bandOf(read.score)})`);
  });
}

/**
 * Critics' full reviews, each read alone (one review per film, so nothing to read beside it), the critic named as the
 * pipeline names it, handed to the judge as bench/pull-quotes.ts hands them (pull-quote-pairs.ts).
 */
function fullReviewScores(judge: TrainedTextModel): void {
  const rows = loadPairs().map((pair) => ({
    rating: 100 * pair.rating,
    score: judgeReview(textOnlyDraft(judgedText(pair), pair.critic, null), judge).score,
    tuning: inTuningHalf(pair),
  }));
  const spread = (xs: number[]) => {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  };
  console.log(`\n== critics' full reviews read alone (pull-quotes/dev.jsonl, ${rows.length} reviews, four critics) ==`);
  for (const [name, part] of [['even scaledata_id', rows.filter((r) => r.tuning)], ['odd scaledata_id', rows.filter((r) => !r.tuning)]] as const) {
    const mae = part.reduce((a, r) => a + Math.abs(r.score - r.rating), 0) / part.length;
    const mixed = part.filter((r) => r.rating >= BANDS.mixed[0] && r.rating < BANDS.positive[0]);
    const mixedIn = mixed.filter((r) => bandOf(r.score) === 'mixed').length;
    console.log(
      `${name}: ${part.length} reviews, score MAE ${mae.toFixed(2)}, spread ${spread(part.map((r) => r.score)).toFixed(2)} against the ratings' ${spread(part.map((r) => r.rating)).toFixed(2)}` +
        ` (${(spread(part.map((r) => r.score)) / spread(part.map((r) => r.rating))).toFixed(3)}); rated mixed: ${mixedIn} of ${mixed.length} scored mixed`,
    );
  }
}
