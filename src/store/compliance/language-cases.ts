/**
 * Reviews in another language (domain/language.ts): the store keeps each version's language, and a review nothing
 * judged (verdict source 'none') is listed but in no count, nor read beside the film's text-judged reviews.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageReading } from '../../domain/language.ts';
import { makeReview, type ReviewFixture } from './make-review.ts';
import type { TargetHandle } from './target.ts';

const SPANISH: LanguageReading = { code: 'spa', textJudged: false, reason: 'written in Spanish', version: 'language-test-1' };
const ENGLISH: LanguageReading = { code: 'eng', textJudged: true, reason: 'written in English', version: 'language-test-1' };
const FILM = { title: 'Language Film', year: 2012 };

const english = (key: string, probability: number): ReviewFixture => ({
  sourceKey: key, film: FILM, language: ENGLISH, probability, verdict: probability >= 0.5 ? 'positive' : 'negative', score: Math.round(probability * 100),
});
/** Not judged: placeholder verdict and score, as pipeline/judge-by-language.ts gives them. */
const unjudged: ReviewFixture = { sourceKey: 'es', film: FILM, language: SPANISH, judgedBy: 'none', verdict: 'negative', probability: 0.5, score: 50 };

async function reviews(target: TargetHandle) {
  const [film] = await target.store.findFilms(FILM.title);
  return { film: film!, reviews: await target.store.filmReviews(film!.id) };
}

export function describeLanguages(target: TargetHandle): void {
  describe('languages', () => {
    it("keeps each review's language, and null for one stored without a reading", async () => {
      await target.store.saveReviews([makeReview(english('en', 0.9)), makeReview(unjudged), makeReview({ sourceKey: 'old', film: FILM })]);
      const byKey = Object.fromEntries((await reviews(target)).reviews.map((r) => [r.sourceKey, r]));
      expect(byKey['en']).toMatchObject({ language: 'eng', verdictSource: 'text', stageVersions: { language: 'language-test-1' } });
      expect(byKey['es']).toMatchObject({ language: 'spa', verdictSource: 'none', scoreSource: 'none' });
      expect(byKey['old']!.language).toBeNull();
    });

    it('lists a review nothing judged with its film but leaves it out of the counts', async () => {
      await target.store.saveReviews([makeReview(english('en1', 0.9)), makeReview(english('en2', 0.2)), makeReview(unjudged)]);
      const { film, reviews: listed } = await reviews(target);
      expect(listed).toHaveLength(3);
      expect(film).toMatchObject({ reviewCount: 2, positiveCount: 1 });
    });
  });
}

export function describeLanguagesInContext(target: TargetHandle): void {
  describe('languages, reading films in context', () => {
    it('does not read a review nothing judged beside the text-judged ones', async () => {
      const five = [0.4, 0.9, 0.85, 0.9, 0.8].map((p, i) => makeReview(english(`c${i}`, p)));
      await target.store.saveReviews([...five, makeReview(unjudged)]);
      const listed = (await reviews(target)).reviews;
      expect(listed.filter((r) => r.readInContext?.reviews === 5)).toHaveLength(5);
      expect(listed.find((r) => r.sourceKey === 'es')).toMatchObject({ verdictSource: 'none', probability: 0.5, score: 50, readInContext: null });
    });
  });
}
