/**
 * The check queue's figure (issue 15): how much of the film-level percent-positive error an editor removes by
 * correcting the top k% of each film's check queue, against correcting k% picked at random.
 *
 * The RT test split of the judge's own train/test split by movie (src/judge/train/corpora.ts; the model never saw
 * these reviews) is read as text only: no labels, no ratings, so every verdict is the text model's. Each review is
 * judged alone with the shipped model (judgeReview, as the pipeline judges it), then each film's reviews are read
 * together the way the store reads them (readInFilmContext, as app.ts's filmRereaderOf does). That is the direct
 * path the issue allows instead of ingesting into SQLite: the same two functions, without the store's I/O.
 *
 * The editor is simulated by the RT labels: a corrected review takes its label as the editor's verdict and keeps
 * the probability the text model gave it alone, as the store (sql/film-readings.ts) hands its corrected reviews to the
 * reader; the film is read in context again, and the corrections say how far the model misreads this film
 * (readInFilmContext's offset, film-estimate.ts filmOffset, its prior fitted on dev films). Percent
 * positive is recomputed as the profile computes it (below) and compared with the film's label-based percent
 * positive, over films with 20+ reviews with text.
 *
 *   npx tsx bench/check-queue.ts [--seeds 5] [--sequential] [--prior-variance 0.4] [--count]
 *
 * --sequential re-ranks the queue after each correction (an editor working down a live queue) instead of taking
 * the top k% of the queue as first ranked. --prior-variance replaces the film offset's prior variance
 * (FILM_OFFSET_PRIOR_VARIANCE); 0 turns the offset off (the corrections then only count, and stay in the mean).
 * The error is that of the figure the profile shows (summariseScores): since issue 18 a corrected review counts by
 * its verdict and every other text-judged one by its probability read in context. --count measures instead the count
 * of hard verdicts the profile showed before, round(100 × positive / reviews) (check-queue-1 was ranked for it).
 * --fit-prior prints instead how FILM_OFFSET_PRIOR_VARIANCE was fitted: the marginal log-likelihood of the labels of
 * the DEV films of the same split (5+ reviews with text, the offset integrated out) for a range of prior variances.
 */
import { loadJudgeModel } from '../src/app.ts';
import { rankCheckQueue, type QueueReview } from '../src/aggregate/check-queue.ts';
import { summariseScores } from '../src/aggregate/profile/scores.ts';
import { MIN_REVIEWS_TO_POOL, readInFilmContext } from '../src/judge/film-context.ts';
import { FILM_OFFSET_PRIOR_VARIANCE, pooledLogits } from '../src/judge/film-estimate.ts';
import { logit, sigmoid } from '../src/judge/model/calibration.ts';
import { judgeReview } from '../src/judge/judge-review.ts';
import { movieSplit } from '../src/judge/train/corpora.ts';
import { loadCorpora } from '../src/judge/train/load-data.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';
import { shippedSplitSeed, textOnlyDraft } from './text-only.ts';

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SEEDS = argValue('--seeds', 5);
const SEQUENTIAL = process.argv.includes('--sequential');
const PRIOR_VARIANCE = argValue('--prior-variance', FILM_OFFSET_PRIOR_VARIANCE);
const KS = [0, 5, 10, 20];
const MIN_REVIEWS = 20;

const model = loadJudgeModel();
const shipped = model.filmReader;
const reader = shipped ? { ...shipped, offsetPriorVariance: PRIOR_VARIANCE } : null;
if (!reader) throw new Error('the shipped model has no film reader; the store would not read films in context either');
const splitSeed = shippedSplitSeed();

interface BenchReview extends QueueReview {
  positive: boolean;
  alone: { probability: number; score: number; verdict: 'positive' | 'negative' };
  critic: string | null;
  outlet: string | null;
  scoreSource: 'text' | 'label';
  modelProbability?: number;
}

/** The film as the store would hold it: the corrected reviews with their labels, the rest read in context. */
function readFilm(reviews: readonly BenchReview[], correctedIds: ReadonlySet<number>): BenchReview[] {
  const current = reviews.map((r): BenchReview => {
    if (correctedIds.has(r.id)) {
      const verdict = r.positive ? 'positive' : 'negative';
      // As the store (sql/film-readings.ts) hands its corrected reviews to the reader: the editor's verdict, and the
      // probability the text model gave alone, which is evidence of how it misreads the film.
      return { ...r, verdict, probability: r.positive ? 1 : 0, modelProbability: r.alone.probability, verdictSource: 'editor', scoreSource: 'label', readInContext: null };
    }
    return { ...r, ...r.alone, verdictSource: 'text', scoreSource: 'text', readInContext: null };
  });
  const read = readInFilmContext(current, reader!);
  return read.reviews.map((r) => (r.verdictSource === 'text' && read.pooled > 0 ? { ...r, readInContext: { reviews: read.pooled, alone: r.alone } } : r));
}

const percentPositive = (reviews: readonly { verdict: string }[]) =>
  Math.round((100 * reviews.filter((r) => r.verdict === 'positive').length) / reviews.length);
/** The figure the profile shows (issue 18): a corrected review by its verdict, a text-judged one by its probability read in context. */
const shownPercent = (reviews: readonly BenchReview[]) => summariseScores(reviews).percentPositive;
const SHOWN = process.argv.includes('--count') ? percentPositive : shownPercent;

/** A small seeded generator (mulberry32), so the random strategy is repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function queuePicks(reviews: readonly BenchReview[], count: number): Set<number> {
  if (!SEQUENTIAL) return new Set(rankCheckQueue(readFilm(reviews, new Set())).entries.slice(0, count).map((e) => e.review.id));
  const picked = new Set<number>();
  while (picked.size < count) {
    const next = rankCheckQueue(readFilm(reviews, picked)).entries[0];
    if (!next) break;
    picked.add(next.review.id);
  }
  return picked;
}

function randomPicks(reviews: readonly BenchReview[], count: number, next: () => number): Set<number> {
  const ids = reviews.map((r) => r.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return new Set(ids.slice(0, count));
}

/**
 * The ceiling: an editor who knows the labels and looks only at wrong verdicts on the side the film errs, in the
 * order of the queue. No ranking from the judge's probabilities can beat it; it says how far the targets are. With
 * the film offset it is a loose ceiling: picking only wrong verdicts also tells the offset which way to go.
 */
function oraclePicks(reviews: readonly BenchReview[], count: number, filmIndex: number): Set<number> {
  const picked = new Set<number>();
  for (let i = 0; i < count; i++) {
    const read = readFilm(reviews, picked);
    const lean = Math.sign(SHOWN(read) - truth[filmIndex]!);
    const next = rankCheckQueue(read).entries.find((e) => {
      const wrong = (e.review.verdict === 'positive') !== reviews.find((r) => r.id === e.review.id)!.positive;
      return wrong && lean !== 0 && (e.review.verdict === 'positive' ? 1 : -1) === lean;
    });
    if (!next) break;
    picked.add(next.review.id);
  }
  return picked;
}

/**
 * log ∫ Π P(label | σ(z + δ)) N(δ; 0, v) dδ summed over the dev films, on a grid of δ: the prior variance that
 * makes the dev films' labels likeliest is the offset's spread beyond chance. Dev films only, never the test split.
 */
function fitPrior(): void {
  const dev = new Map<string, { logits: number[]; labels: boolean[] }>();
  for (const row of corpora.rt) {
    if (row.text.trim() === '' || movieSplit(row.movie, splitSeed) !== 'dev') continue;
    const film = dev.get(row.movie) ?? { logits: [], labels: [] };
    film.logits.push(logit(judgeReview(textOnlyDraft(row.text, row.critic, row.outlet), model).probability));
    film.labels.push(row.fresh);
    dev.set(row.movie, film);
  }
  const films = [...dev.values()].filter((film) => film.logits.length >= MIN_REVIEWS_TO_POOL);
  const pooled = films.map((film) => pooledLogits(film.logits, reader!.filmPooling));
  const grid = Array.from({ length: 601 }, (_, i) => -6 + i * 0.02);
  const logLikelihood = (variance: number) => films.reduce((total, film, f) => {
    const terms = grid.map((offset) => pooled[f]!.reduce(
      (sum, z, i) => sum + Math.log(film.labels[i] ? sigmoid(z + offset) : 1 - sigmoid(z + offset)),
      -(offset ** 2) / (2 * variance) - 0.5 * Math.log(2 * Math.PI * variance),
    ));
    const top = Math.max(...terms);
    return total + top + Math.log(terms.reduce((sum, t) => sum + Math.exp(t - top), 0) * 0.02);
  }, 0);
  console.log(`film offset prior variance, fitted on the dev films of the judge's split (seed ${splitSeed}): ${films.length} films with ${MIN_REVIEWS_TO_POOL}+ reviews with text`);
  for (const variance of [0.05, 0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.75, 1]) {
    console.log(`  ${variance.toFixed(2).padStart(5)}  marginal log-likelihood ${logLikelihood(variance).toFixed(1)}${variance === FILM_OFFSET_PRIOR_VARIANCE ? '  (shipped)' : ''}`);
  }
  console.log(machineLine());
}

const t0 = performance.now();
const corpora = loadCorpora(sharedPath('data'));
if (process.argv.includes('--fit-prior')) {
  fitPrior();
  process.exit(0);
}
const byFilm = new Map<string, BenchReview[]>();
let nextId = 1;
for (const row of corpora.rt) {
  if (row.text.trim() === '' || movieSplit(row.movie, splitSeed) !== 'test') continue;
  const judged = judgeReview(textOnlyDraft(row.text, row.critic, row.outlet), model);
  const alone = { verdict: judged.verdict, probability: judged.probability, score: judged.score };
  const review: BenchReview = {
    id: nextId++, ...alone, verdictSource: 'text', scoreSource: 'text', duplicateOf: null, readInContext: null, correction: null,
    positive: row.fresh, alone, critic: row.critic || null, outlet: row.outlet || null,
  };
  const film = byFilm.get(row.movie);
  if (film) film.push(review);
  else byFilm.set(row.movie, [review]);
}
const films = [...byFilm.values()].filter((reviews) => reviews.length >= MIN_REVIEWS);
const judgedSeconds = (performance.now() - t0) / 1000;

const truth = films.map((reviews) => percentPositive(reviews.map((r) => ({ verdict: r.positive ? 'positive' : 'negative' }))));
const errorOf = (picks: (reviews: BenchReview[], count: number, filmIndex: number) => Set<number>, k: number) => {
  let sum = 0;
  films.forEach((reviews, i) => {
    const count = Math.round((k / 100) * reviews.length);
    sum += Math.abs(SHOWN(readFilm(reviews, picks(reviews, count, i))) - truth[i]!);
  });
  return sum / films.length;
};

const rows = KS.map((k) => {
  const queue = errorOf((reviews, count) => queuePicks(reviews, count), k);
  let randomSum = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const next = random(seed * 7919 + k);
    randomSum += errorOf((reviews, count) => randomPicks(reviews, count, next), k);
  }
  const oracle = errorOf((reviews, count, i) => oraclePicks(reviews, count, i), k);
  return { k, queue, random: randomSum / SEEDS, oracle };
});

const reviewCount = films.reduce((sum, reviews) => sum + reviews.length, 0);
console.log(`check queue (${rankCheckQueue([]).version}), ${SEQUENTIAL ? 're-ranked after each correction' : 'ranked once'}; model ${model.version}, RT test split (seed ${splitSeed});`
  + ` film offset prior variance ${PRIOR_VARIANCE}${PRIOR_VARIANCE === FILM_OFFSET_PRIOR_VARIANCE ? ' (shipped)' : ''}`);
console.log(`${films.length} films with ${MIN_REVIEWS}+ reviews with text, ${reviewCount} reviews, text only; judged and read in ${judgedSeconds.toFixed(1)} s`);
console.log(`${SHOWN === percentPositive ? 'the count of verdicts (--count)' : 'the percent positive shown (expected share)'}: error, mean absolute, points, against the labels:`);
console.log(`   k   queue  random(${SEEDS} seeds)  random/queue  queue/k=0  error removed, queue/random  oracle (knows the labels)`);
const base = rows[0]!.queue;
for (const row of rows) {
  const ratio = row.k === 0 ? '-' : (row.random / row.queue).toFixed(2);
  const removed = row.k === 0 ? '-' : ((base - row.queue) / (base - row.random)).toFixed(2);
  console.log(
    `${String(row.k).padStart(3)}%  ${row.queue.toFixed(2).padStart(6)}  ${row.random.toFixed(2).padStart(14)}  ${ratio.padStart(12)}`
      + `  ${(row.queue / base).toFixed(2).padStart(9)}  ${removed.padStart(28)}  ${row.oracle.toFixed(2).padStart(25)}`,
  );
}
const at = (k: number) => rows.find((r) => r.k === k)!;
console.log(`targets: k=10% error <= half of k=0: ${at(10).queue <= base / 2 ? 'met' : 'not met'} (${(at(10).queue / base).toFixed(2)});`
  + ` queue beats random by 1.5x at k=5: ${at(5).random / at(5).queue >= 1.5 ? 'met' : 'not met'}, at k=10: ${at(10).random / at(10).queue >= 1.5 ? 'met' : 'not met'}`);
console.log(machineLine());
