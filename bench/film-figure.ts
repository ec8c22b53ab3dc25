/**
 * The film figure shown (issue 18): for films judged from their text alone, how far the percent positive a film
 * page shows is from the truth, now that a verdict read from the text counts by its probability
 * (aggregate/expected-positive.ts), against the count of hard verdicts it showed before.
 *
 * The RT test split of the judge's own train/test split by movie (src/judge/train/corpora.ts; the model never saw
 * these films) is read as text only: no labels, no ratings. Each review is judged alone with the shipped model
 * (judgeReview, as the pipeline judges it), each film's reviews are read together as the store reads them
 * (readInFilmContext), and the headline is computed by the profile's own function (summariseScores), with the
 * interval it shows. Truth: the film's label-based percent positive. Films with 20+ reviews with text; the dev
 * films of the same split are printed beside, as a check that nothing was tuned on test.
 *
 *   npx tsx bench/film-figure.ts
 */
import { loadJudgeModel } from '../src/app.ts';
import { summariseScores } from '../src/aggregate/profile/scores.ts';
import { readInFilmContext, type JudgedReview } from '../src/judge/film-context.ts';
import { judgeReview } from '../src/judge/judge-review.ts';
import { movieSplit } from '../src/judge/train/corpora.ts';
import { loadCorpora } from '../src/judge/train/load-data.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';
import { shippedSplitSeed, textOnlyDraft } from './text-only.ts';

const MIN_REVIEWS = 20;
const model = loadJudgeModel();
const reader = model.filmReader;
if (!reader) throw new Error('the shipped model has no film reader; the store would not read films in context either');
const splitSeed = shippedSplitSeed();

type Review = JudgedReview & { positive: boolean };
const t0 = performance.now();
const corpora = loadCorpora(sharedPath('data'));
const splits = { dev: new Map<string, Review[]>(), test: new Map<string, Review[]>() };
for (const row of corpora.rt) {
  const split = movieSplit(row.movie, splitSeed);
  if (row.text.trim() === '' || (split !== 'dev' && split !== 'test')) continue;
  const judged = judgeReview(textOnlyDraft(row.text, row.critic, row.outlet), model);
  const review: Review = {
    verdict: judged.verdict, probability: judged.probability, score: judged.score, verdictSource: 'text', scoreSource: 'text',
    critic: row.critic || null, outlet: row.outlet || null, positive: row.fresh,
  };
  const films = splits[split];
  films.set(row.movie, [...(films.get(row.movie) ?? []), review]);
}

interface Row { films: number; reviews: number; shown: number; count: number; covered: number; width: number; bias: number }
function measure(films: Map<string, Review[]>): Row {
  const row: Row = { films: 0, reviews: 0, shown: 0, count: 0, covered: 0, width: 0, bias: 0 };
  for (const reviews of films.values()) {
    if (reviews.length < MIN_REVIEWS) continue;
    const truth = (100 * reviews.filter((r) => r.positive).length) / reviews.length;
    const read = readInFilmContext(reviews, reader!).reviews;
    const shown = summariseScores(read, reader!.filmPooling.modelVariance);
    const count = Math.round((100 * read.filter((r) => r.verdict === 'positive').length) / read.length);
    row.films++;
    row.reviews += reviews.length;
    row.shown += Math.abs(shown.percentPositive - truth);
    row.bias += shown.percentPositive - truth;
    row.count += Math.abs(count - truth);
    const { low, high } = shown.percentPositiveInterval;
    row.covered += truth >= low && truth <= high ? 1 : 0;
    row.width += high - low;
  }
  return row;
}

const results = { dev: measure(splits.dev), test: measure(splits.test) };
console.log(`the film figure shown, model ${model.version}, RT split by movie (seed ${splitSeed}), text only, films with ${MIN_REVIEWS}+ reviews with text;`
  + ` judged and read in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log('split  films  reviews  shown MAE  (bias)  count of verdicts MAE  shown / count  95% interval covers  mean width');
for (const [name, r] of Object.entries(results)) {
  const f = r.films;
  console.log(
    `${name.padEnd(5)}  ${String(f).padStart(5)}  ${String(r.reviews).padStart(7)}  ${(r.shown / f).toFixed(2).padStart(9)}  ${(r.bias / f).toFixed(2).padStart(6)}`
      + `  ${(r.count / f).toFixed(2).padStart(21)}  ${(r.shown / r.count).toFixed(2).padStart(13)}  ${`${((100 * r.covered) / f).toFixed(0)}%`.padStart(19)}`
      + `  ${(r.width / f).toFixed(1).padStart(10)}`,
  );
}
const test = results.test;
console.log(`target: shown MAE <= 5 points on the test films: ${test.shown / test.films <= 5 ? 'met' : 'not met'} (${(test.shown / test.films).toFixed(2)})`);
console.log(machineLine());
