/**
 * Pull quotes against the lines critics' quotes were actually pulled from (issue 18): for each of the 259 pairs in
 * ../shared/data/pull-quotes/dev.jsonl (a review, lowercased and tokenised, and the line Rotten Tomatoes quoted from
 * it), is the quoted line among the review's own top 3 lines? Rotten Tomatoes quotes a review by its verdict, so the
 * measure is the per-review picker (`byReview` of buildPullQuotes, verdict-lines.ts), which follows the review's
 * verdict and score band as Plaudit's judge reads them from the text alone (no rating, the critic named); the
 * critic's own rating only splits the figures. The film list's quotes (praise only, for publicists) are shown
 * beside them, which is what this bench measured before the per-review lines followed the verdict.
 *
 *   npx tsx bench/pull-quotes.ts [--misses]
 *
 * The pairs are split by scaledata_id parity: even ids are the tuning half (the only one looked at while tuning the
 * ranking; --misses prints its misses), odd ids the held-out half. Figures are given for all reviews, for positive
 * ones (the critic's own rating ≥ 0.6), the rest, those whose quoted line is itself praise (the text model reads it
 * at ≥ 0.65, the profile's POSITIVE_AT), and by the judge's leaning; last, how many quoted lines are among all of
 * a review's honest lines at any rank, the most that ranking alone could reach.
 *
 * A hit compares words, not characters (the aggregator sometimes cuts words or joins parts with "..."): a picked
 * quote and the quoted line share a run of at least 5 words (or all of the shorter one). The text is split into
 * sentences on its own sentence-final tokens, as the data's sentence_index was, and lightly detokenised
 * ("word ," to "word,"); it stays lowercased, so the ranking is measured without capitalisation cues.
 */
import { loadJudgeModel } from '../src/app.ts';
import { createPolarity } from '../src/aggregate/profile/analyse-reviews.ts';
import { POSITIVE_AT } from '../src/aggregate/profile/types.ts';
import { buildPullQuotes } from '../src/aggregate/profile/pull-quotes/pull-quotes.ts';
import { leaningOf, verdictLines, type Leaning } from '../src/aggregate/profile/pull-quotes/verdict-lines.ts';
import { judgeReview } from '../src/judge/judge-review.ts';
import { machineLine } from './machine.ts';
import { inTuningHalf, judgedText, loadPairs, sentencesOf, type Pair } from './pull-quote-pairs.ts';
import { textOnlyDraft } from './text-only.ts';


const TOP = 3;
const MIN_RUN = 5;
const POSITIVE_RATING = 0.6;

const started = Date.now();
const pairs = loadPairs();
const model = loadJudgeModel();
const polarity = createPolarity(model);
const showMisses = process.argv.includes('--misses');

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/** Longest run of words the two share, in order. */
function longestRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      diagonal = above;
    }
  }
  return best;
}

interface Outcome {
  pair: Pair;
  /** The quoted line among the review's own top lines (byReview, which follow the judge's verdict). */
  hit: boolean;
  /** The same among the film list's quotes, praise only (the publicists' section), for comparison. */
  praiseHit: boolean;
  /** The quoted line among all the review's honest lines for its leaning, whatever their rank: what ranking can reach. */
  reachable: boolean;
  leaning: Leaning;
  picked: string[];
}

/**
 * The review as the pipeline would judge it: text only, no rating, critic named (the rater's scale). The judge reads
 * the bench's own sentences, a blank line apart: on lowercased text the pipeline's splitter finds no sentence start,
 * so the whole review would be read as one sentence and its log-odds doubled in spread (the bench prints both: 9.61 against 4.85),
 * which a real review, with its capitals, never is.
 */
function judged(pair: Pair) {
  return judgeReview(textOnlyDraft(judgedText(pair), pair.critic, null), model);
}

const outcomes: Outcome[] = pairs.map((pair, index) => {
  const judgement = judged(pair);
  const review = {
    review: { id: index + 1, text: pair.text, verdict: judgement.verdict, score: judgement.score },
    sentences: sentencesOf(pair.text),
  };
  const quotes = buildPullQuotes([review], polarity, { model: model.version, limit: TOP, perReview: TOP });
  const own = quotes.byReview[String(index + 1)] ?? [];
  const target = words(pair.quote);
  const found = (list: readonly { quote: string }[]) =>
    list.some((q) => {
      const picked = words(q.quote);
      return longestRun(picked, target) >= Math.min(MIN_RUN, picked.length, target.length);
    });
  const leaning = leaningOf(review.review);
  const every = verdictLines(review, polarity, null, leaning, Number.POSITIVE_INFINITY).map((q) => ({ quote: q.display }));
  return { pair, hit: found(own), praiseHit: found(quotes.film), reachable: found(every), leaning, picked: own.map((q) => q.quote) };
});

const share = (rows: readonly Outcome[], hitOf: (o: Outcome) => boolean = (o) => o.hit) => {
  const hits = rows.filter(hitOf).length;
  return `${((100 * hits) / Math.max(1, rows.length)).toFixed(1)}% (${hits}/${rows.length})`;
};
const tuning = inTuningHalf;
const halves: Array<[string, (p: Pair) => boolean]> = [
  ['tuning (even scaledata_id)', tuning],
  ['held-out (odd scaledata_id)', (p) => !tuning(p)],
  ['both', () => true],
];
const positive = (o: Outcome) => o.pair.rating >= POSITIVE_RATING;
const praise = (o: Outcome) => polarity(o.pair.quote) >= POSITIVE_AT;

console.log(machineLine());
console.log(`model ${model.version}; quoted line among the top ${TOP} lines of its review (shared run ≥ ${MIN_RUN} words)`);
console.log(`${'part'.padEnd(30)}${'all reviews'.padEnd(21)}${'positive (rating ≥ 0.6)'.padEnd(26)}${'rest (rating < 0.6)'.padEnd(21)}${'quoted line is praise'.padEnd(24)}film list (praise only)`);
for (const [name, inPart] of halves) {
  const rows = outcomes.filter((o) => inPart(o.pair));
  const rest = rows.filter((o) => !positive(o));
  console.log(
    `${name.padEnd(30)}${share(rows).padEnd(21)}${share(rows.filter(positive)).padEnd(26)}${share(rest).padEnd(21)}${share(rows.filter(praise)).padEnd(24)}${share(rows, (o) => o.praiseHit)}`,
  );
}
console.log('by the judge\'s leaning (praise: verdict positive; criticism: negative; balance: score 40-60):');
for (const [name, inPart] of halves) {
  const rows = outcomes.filter((o) => inPart(o.pair));
  const parts = (['praise', 'criticism', 'balance'] as const).map((l) => `${l} ${share(rows.filter((o) => o.leaning === l))}`);
  console.log(`  ${name.padEnd(28)}${parts.join('   ')}`);
}
console.log('quoted line among all honest lines of its leaning, at any rank (what ranking alone could reach):');
for (const [name, inPart] of halves) console.log(`  ${name.padEnd(28)}${share(outcomes.filter((o) => inPart(o.pair)), (o) => o.reachable)}`);
{
  // Why the judge reads the split sentences (judged, above): the spread of its log-odds either way.
  const spread = (values: number[]) => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  };
  const whole = spread(pairs.map((p) => model.logit(p.text)));
  const split = spread(pairs.map((p) => model.logit(judgedText(p))));
  console.log(`judge's log-odds, standard deviation: the lowercased text as one piece ${whole.toFixed(2)}, its sentences split ${split.toFixed(2)}`);
}
console.log(`run time ${((Date.now() - started) / 1000).toFixed(1)} s`);

if (showMisses) {
  // Tuning half only: the held-out half is not read while tuning.
  for (const o of outcomes.filter((o) => !o.hit && tuning(o.pair))) {
    console.log(`\n#${o.pair.scaledata_id} ${o.pair.critic} ${o.pair.rating} ${o.leaning}\n  wanted: ${o.pair.quote}`);
    for (const p of o.picked) console.log(`  picked: ${p}`);
  }
}
