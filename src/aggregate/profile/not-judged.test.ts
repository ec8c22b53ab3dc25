import { describe, expect, it } from 'vitest';
import { buildFilmProfile } from '../film-profile.ts';
import { notJudged, notJudgedLine } from './not-judged.ts';
import type { ScoredReview } from './types.ts';

const FILM = { id: 1, key: 'title:x:', title: 'X', year: null };
const judged = (verdict: 'positive' | 'negative', score: number): ScoredReview => ({ verdict, score, verdictSource: 'text', language: 'eng' });
const unjudged = (language: string | null): ScoredReview => ({ verdict: 'negative', score: 50, verdictSource: 'none', language });

describe('reviews nothing judged', () => {
  const reviews = [judged('positive', 80), judged('positive', 70), judged('negative', 30), unjudged('spa'), unjudged('fra'), unjudged('spa')];

  it('are counted apart, by language, most first, with the reason', () => {
    expect(notJudged(reviews)).toEqual({
      reviewCount: 3,
      languages: [
        { code: 'spa', name: 'Spanish', reviewCount: 2, reason: expect.stringContaining('reads English only') },
        { code: 'fra', name: 'French', reviewCount: 1, reason: expect.stringContaining('no rating or label') },
      ],
    });
    expect(notJudgedLine(notJudged(reviews)!)).toMatch(/^3 reviews not counted: 2 in Spanish, 1 in French \(/);
    expect(notJudged(reviews.slice(0, 3))).toBeNull();
  });

  it('are in no figure of the profile: their placeholder verdicts and scores do not count', () => {
    const profile = buildFilmProfile(FILM, reviews, { minReviews: 1 });
    expect(profile).toMatchObject({ reviewCount: 3, positiveCount: 2, negativeCount: 1 });
    expect(profile.scores?.percentPositive).toBe(67);
    expect(profile.notJudged?.reviewCount).toBe(3);
  });

  it('count an undetermined or unknown language as such', () => {
    expect(notJudged([unjudged(null)])?.languages[0]).toMatchObject({ code: 'und', name: 'undetermined' });
  });
});

describe('the text sections of a profile', () => {
  it('quote no sentence of a review in another language, even one its rating judged', async () => {
    const { DEFAULT_MODEL_FILE, loadJudgeModel } = await import('../../app.ts');
    const model = loadJudgeModel(DEFAULT_MODEL_FILE);
    // Written for this test.
    const spanish = 'Una interpretación brillante y una fotografía preciosa: la mejor película del año, sin duda alguna.';
    const english = ['A brilliant performance and gorgeous photography.', 'A brilliant, moving performance at its heart.'];
    const reviews: ScoredReview[] = [
      ...english.map((text, i) => ({ id: i + 1, verdict: 'positive' as const, score: 80, verdictSource: 'text' as const, language: 'eng', text })),
      { id: 3, verdict: 'positive', score: 90, verdictSource: 'rating', language: 'spa', text: spanish },
    ];
    const profile = buildFilmProfile(FILM, reviews, { minReviews: 1, model });
    expect(profile.reviewCount).toBe(3);
    expect(JSON.stringify(profile)).not.toContain('fotografía');
  });
});
