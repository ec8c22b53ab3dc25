/**
 * Reading a film's text-judged reviews beside one another on save (the use-case layer's FilmsChangedHook): from five of them, always from
 * each review's reading alone, in the saving transaction, and undone when a film falls below five.
 */
import { describe, expect, it } from 'vitest';
import type { StoredReview } from '../../domain/film.ts';
import { readInFilmContext, type JudgedReview } from '../../judge/film-context.ts';
import { FULL_REVIEW_CHARS } from '../../judge/film-estimate.ts';
import { sigmoid } from '../../judge/model/calibration.ts';
import { filmRereader, readFilmsInContext } from '../../use-cases/read-films-in-context.ts';
import { makeReview, type ReviewFixture } from './make-review.ts';
import type { TargetHandle } from './target.ts';

/** The real reading, with round numbers: the film's mean log-odds counts as much as the review's own. */
const READER = {
  filmPooling: { ownWeight: 1, filmWeight: 1, intercept: 0, modelVariance: 0.001 },
  raterScore: (z: number) => Math.round(100 * sigmoid(z)),
};
/** The use-case layer's reading in context, as the composition root hands it to a store. */
export const READ_IN_CONTEXT = readFilmsInContext(filmRereader(READER));

const FILM = { title: 'Context Film', year: 2010 };
const byText = (key: string, probability: number, extra: Partial<ReviewFixture> = {}): ReviewFixture => ({
  sourceKey: key,
  film: FILM,
  probability,
  verdict: probability >= 0.5 ? 'positive' : 'negative',
  score: Math.round(probability * 100),
  ...extra,
});
/** An ambiguous pan and four clear praises. */
const FIVE = [byText('c1', 0.4), byText('c2', 0.9), byText('c3', 0.85), byText('c4', 0.9), byText('c5', 0.8)];

async function filmReviews(target: TargetHandle): Promise<StoredReview[]> {
  const [film] = await target.store.findFilms('Context Film');
  return (await target.store.filmReviews(film!.id)).sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
}

/** What the reader makes of these readings alone: the figures the store must hold. */
function expectedReading(alone: readonly JudgedReview[]): JudgedReview[] {
  return readInFilmContext(alone, READER).reviews;
}

const aloneOf = (fixture: ReviewFixture): JudgedReview => ({
  verdict: fixture.verdict!,
  probability: fixture.probability!,
  score: fixture.score!,
  verdictSource: fixture.judgedBy ?? 'text',
  scoreSource: fixture.judgedBy ?? 'text',
});

export function describeReadingInContext(target: TargetHandle): void {
  describe('saveReviews with a film reader', () => {
    it('keeps fewer than five text-judged reviews as each was read alone', async () => {
      await target.store.saveReviews(FIVE.slice(0, 4).map(makeReview));
      const stored = await filmReviews(target);
      expect(stored.map((r) => r.readInContext)).toEqual([null, null, null, null]);
      expect(stored[0]).toMatchObject({ verdict: 'negative', probability: 0.4, score: 40 });
    });

    it('reads five text-judged reviews beside one another, and keeps what each text said alone', async () => {
      await target.store.saveReviews(FIVE.slice(0, 4).map(makeReview));
      await target.store.saveReviews([makeReview(FIVE[4]!)]);
      const stored = await filmReviews(target);
      const expected = expectedReading(FIVE.map(aloneOf));
      stored.forEach((review, i) => {
        expect(review).toMatchObject({ verdict: expected[i]!.verdict, score: expected[i]!.score, readInContext: { reviews: 5 } });
        expect(review.probability).toBeCloseTo(expected[i]!.probability!, 12);
        expect(review.readInContext!.alone).toEqual({ verdict: FIVE[i]!.verdict, probability: FIVE[i]!.probability, score: FIVE[i]!.score });
      });
      // The ambiguous pan turns with the four praises beside it.
      expect(stored[0]!.verdict).toBe('positive');
    });

    it('reads a full-length review by the lighter full-review pooling, from the length of its stored text', async () => {
      const long = (fixture: ReviewFixture): ReviewFixture => ({ ...fixture, text: `${fixture.sourceKey}: ${'A full review, paragraph after paragraph. '.repeat(20)}` });
      const full = FIVE.map(long);
      await target.store.saveReviews(full.map(makeReview));
      const stored = await filmReviews(target);
      const expected = expectedReading(full.map((f) => ({ ...aloneOf(f), textLength: f.text!.length })));
      expect(full[0]!.text!.length).toBeGreaterThanOrEqual(FULL_REVIEW_CHARS);
      stored.forEach((review, i) => expect(review.probability).toBeCloseTo(expected[i]!.probability!, 12));
      // Not the quotes' pooling: each full review keeps more of its own reading.
      const asQuotes = expectedReading(full.map(aloneOf));
      expect(stored[1]!.probability).toBeLessThan(asQuotes[1]!.probability! - 0.001);
    });

    it('starts every reading from the readings alone, so saving more gives what reading them all at once gives', async () => {
      await target.store.saveReviews(FIVE.map(makeReview));
      const rated = byText('c6', 0.1, { judgedBy: 'rating' });
      const sixth = byText('c7', 0.3);
      await target.store.saveReviews([makeReview(rated), makeReview(sixth)]);
      await target.store.saveReviews(FIVE.map(makeReview));
      const stored = await filmReviews(target);
      const all = [...FIVE, rated, sixth];
      const expected = expectedReading(all.map(aloneOf));
      stored.forEach((review, i) => {
        expect(review.verdict, review.sourceKey).toBe(expected[i]!.verdict);
        expect(review.probability, review.sourceKey).toBeCloseTo(expected[i]!.probability!, 12);
        expect(review.score, review.sourceKey).toBe(expected[i]!.score);
      });
      // The rated review is counted as it is and never read in context.
      expect(stored[5]).toMatchObject({ verdict: 'negative', probability: 0.1, readInContext: null });
      expect(stored.filter((r) => r.readInContext?.reviews === 6)).toHaveLength(6);
    });

    it('keeps a film read in context when a document with one of its keys names another film', async () => {
      await target.store.saveReviews(FIVE.map(makeReview));
      await target.store.saveReviews([makeReview({ ...FIVE[4]!, film: { title: 'Another Film', year: 2011 }, text: 'Of another film.' })]);
      const stored = await filmReviews(target);
      expect(stored.map((r) => r.readInContext?.reviews)).toEqual([5, 5, 5, 5, 5]);
    });
  });
}
