/**
 * The gate (src/gate/) measured: on the real pages of ../shared/data/extraction, labelled by hand
 * (test/fixtures/gate/extraction-labels.tsv), how many non-reviews it would let the pipeline store, split into the
 * development half the weights were tuned on and the held-out half; on every film review we have (the seeds,
 * examples/, the test pages, the reviews written for the gate), how many it refuses; on the 259 lowercased,
 * untitled pull-quote reviews, its verdict and the vocabulary's balance alone; and its own time per document.
 *
 *   npx tsx bench/gate.ts [--scores]
 *
 * --scores also prints every labelled non-review the gate passes or nearly passes, with its score.
 */
import { ACCEPT_AT } from '../src/gate/film-review-gate.ts';
import { countWords, vocabularyEvidence } from '../src/gate/vocabulary.ts';
import { cleanDocument } from '../src/clean/clean-document.ts';
import { labelKey, readLabels, unpackCorpora, type CorpusName } from '../test/fixtures/gate/corpus-pages.ts';
import { addOutcome, emptyTally, gateOutcome, storedShare, type GateOutcome, type Tally } from '../test/fixtures/gate/gate-measure.ts';
import {
  exampleDocuments, pullQuoteDocuments, repositoryReviewPages, seedDocuments, writtenDocuments, WRITTEN_EXPECTED,
} from '../test/fixtures/gate/review-sets.ts';
import { machineLine } from './machine.ts';

const showScores = process.argv.includes('--scores');
const gateTimes: number[] = [];

function record(outcome: GateOutcome): GateOutcome {
  gateTimes.push(outcome.gateMs);
  return outcome;
}

function printTally(name: string, pages: number, tally: Tally): void {
  const share = (storedShare(tally) * 100).toFixed(1);
  console.log(
    `${name.padEnd(34)} pages ${String(pages).padStart(4)}  labelled: ${tally.nonReviews} non-review, ${tally.filmReviews} film review, ${tally.unsure} unsure` +
      `  | non-reviews stored ${tally.stored.length} (${share}%)  film reviews refused ${tally.refused.length}`,
  );
}

function printOutcomes(title: string, outcomes: GateOutcome[]): void {
  for (const o of outcomes) {
    console.log(`  ${title} ${o.name} (film: ${o.filmTitle ?? 'none'}, score ${o.decision.score}): ${o.decision.reasons.slice(0, 3).join('; ')}`);
  }
}

function extractionPages(): void {
  const labels = readLabels();
  const { pages, remove } = unpackCorpora();
  try {
    const tallies = new Map<string, { pages: number; tally: Tally }>();
    const near: GateOutcome[] = [];
    for (const page of pages) {
      const label = labels.get(labelKey(page));
      if (!label) throw new Error(`${page.corpus}/${page.name} has no label in extraction-labels.tsv`);
      const outcome = record(gateOutcome(page.read()));
      for (const key of [page.corpus, `${page.corpus} (${page.dev ? 'dev' : 'held-out'})`, page.dev ? 'all (dev)' : 'all (held-out)', 'all']) {
        const entry = tallies.get(key) ?? { pages: 0, tally: emptyTally() };
        entry.pages += 1;
        addOutcome(entry.tally, outcome, label);
        tallies.set(key, entry);
      }
      if (label === 'not-film-review' && outcome.filmTitle !== null && outcome.decision.score >= ACCEPT_AT - 2) near.push(outcome);
    }
    for (const corpus of ['trafilatura', 'readability'] as CorpusName[]) {
      for (const key of [corpus, `${corpus} (dev)`, `${corpus} (held-out)`]) {
        const entry = tallies.get(key);
        if (entry) printTally(key, entry.pages, entry.tally);
      }
    }
    for (const key of ['all (dev)', 'all (held-out)', 'all']) {
      const entry = tallies.get(key);
      if (entry) printTally(key, entry.pages, entry.tally);
    }
    printOutcomes('stored:', tallies.get('all')?.tally.stored ?? []);
    if (showScores) printOutcomes('near:', near.filter((o) => !o.stored));
  } finally {
    remove();
  }
}

async function filmReviews(): Promise<void> {
  const sets = [
    { name: 'seeds (../shared/seeds)', documents: seedDocuments() },
    { name: 'examples/', documents: await exampleDocuments() },
    { name: 'test pages (credits fixtures)', documents: repositoryReviewPages() },
    {
      name: 'written for the gate: reviews',
      documents: writtenDocuments().filter((d) => WRITTEN_EXPECTED[d.sourceName]?.verdict === 'film-review'),
    },
  ];
  for (const set of sets) {
    const tally = emptyTally();
    for (const document of set.documents) addOutcome(tally, record(gateOutcome(document)), 'film-review');
    printTally(set.name, set.documents.length, tally);
    printOutcomes('refused:', tally.refused);
    const lowest = set.documents.map((d) => gateOutcome(d)).filter((o) => !o.decision.vouched).sort((a, b) => a.decision.score - b.decision.score)[0];
    if (lowest) console.log(`  lowest score: ${lowest.decision.score} (${lowest.name})`);
    const vouched = set.documents.filter((d) => gateOutcome(d).decision.vouched).length;
    if (vouched > 0) console.log(`  (${vouched} of them vouched for by a mapped film column or --film)`);
  }
  const lookAlikes = emptyTally();
  const written = writtenDocuments().filter((d) => WRITTEN_EXPECTED[d.sourceName]?.verdict === 'not-a-film-review');
  for (const document of written) addOutcome(lookAlikes, record(gateOutcome(document)), 'not-film-review');
  printTally('written for the gate: look-alikes', written.length, lookAlikes);
  printOutcomes('stored:', lookAlikes.stored);
}

/** The pull quotes name no film, so the whole gate refuses them by design; the vocabulary balance is the measure. */
function pullQuotes(): void {
  const documents = pullQuoteDocuments();
  let passed = 0;
  let filmLeaning = 0;
  for (const document of documents) {
    const outcome = record(gateOutcome(document));
    if (!outcome.refused) passed += 1;
    const clean = cleanDocument(document);
    const balance = vocabularyEvidence(countWords(clean.paragraphs.join('\n')))[0];
    if (balance && balance.weight > 0) filmLeaning += 1;
  }
  console.log(
    `pull-quotes dev.jsonl (no titles)        reviews ${documents.length}  gate passes ${passed} (names no film, so refusal is expected)` +
      `  | vocabulary balance leans film on ${filmLeaning} (${((filmLeaning / documents.length) * 100).toFixed(1)}%)`,
  );
}

function timing(): void {
  const sorted = [...gateTimes].sort((a, b) => a - b);
  const mean = sorted.reduce((s, t) => s + t, 0) / sorted.length;
  const p = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  console.log(`gate time per document (${sorted.length} documents, clean and extract excluded): mean ${mean.toFixed(3)} ms, median ${p(0.5).toFixed(3)} ms, p99 ${p(0.99).toFixed(3)} ms, max ${p(1).toFixed(3)} ms`);
}

console.log(machineLine());
console.log(`gate accepts at score >= ${ACCEPT_AT}`);
extractionPages();
await filmReviews();
pullQuotes();
timing();
