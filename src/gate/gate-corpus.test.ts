/**
 * The targets for the gate, on the 1,120 real pages of ../shared/data/extraction labelled by hand
 * (test/fixtures/gate/extraction-labels.tsv): at most 5% of the non-reviews would be stored, and no film review
 * is refused. Every page goes through clean and extract first, as in the pipeline: about 40 s on two cores, so
 * the pages are read once, in one test. Figures per corpus and per half: `npx tsx bench/gate.ts`.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithShared } from '../../test/shared-data.ts';
import { labelKey, readLabels, unpackCorpora, type UnpackedCorpora } from '../../test/fixtures/gate/corpus-pages.ts';
import { addOutcome, emptyTally, gateOutcome, storedShare } from '../../test/fixtures/gate/gate-measure.ts';

const MAX_STORED_SHARE = 0.05;

describeWithShared(['data', 'extraction'], 'gate: the labelled real pages of ../shared/data/extraction', () => {
  let corpora: UnpackedCorpora | undefined;

  beforeAll(() => {
    corpora = unpackCorpora();
  });

  afterAll(() => corpora?.remove());

  it(`stores at most ${MAX_STORED_SHARE * 100}% of the non-reviews and refuses no film review`, () => {
    const labels = readLabels();
    const tally = emptyTally();
    for (const page of corpora?.pages ?? []) {
      const label = labels.get(labelKey(page));
      expect(label, `${page.corpus}/${page.name} has a label`).toBeDefined();
      addOutcome(tally, gateOutcome(page.read()), label ?? 'unsure');
    }
    expect(tally.nonReviews).toBeGreaterThan(1000);
    const stored = tally.stored.map((o) => `${o.name}: ${o.decision.reasons.slice(0, 2).join('; ')}`);
    expect(storedShare(tally), stored.join('\n')).toBeLessThanOrEqual(MAX_STORED_SHARE);
    expect(tally.refused.map((o) => o.name)).toEqual([]);
  }, 300_000);
});
