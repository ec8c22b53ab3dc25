import { describe, expect, it } from 'vitest';
import type { AnalysedReview } from '../types.ts';
import { findPerformers } from './performers.ts';

const review = (id: number, ...sentences: string[]): AnalysedReview => ({ review: { id, text: sentences.join(' '), verdict: 'positive' }, sentences });

describe('findPerformers', () => {
  it('reads "Ms. Stewart" as Kristen Stewart when she is the one Stewart, and counts her mentions once', () => {
    const reviews = [
      review(1, 'Saul (Viggo Mortensen) and Timlin (Kristen Stewart) meet.', 'Stewart is a delight.'),
      review(2, 'The bureaucrat (Ms. Stewart) steals the film.'),
      review(3, 'Caprice (Léa Seydoux) is the surgeon.', 'Ms. Seydoux is steely.'),
    ];
    const { performers, performerOf } = findPerformers(reviews);
    expect(performers.map((p) => [p.name, p.shortName, p.reviews])).toEqual([
      ['Kristen Stewart', 'Stewart', 2],
      ['Léa Seydoux', 'Seydoux', 1],
      ['Viggo Mortensen', 'Mortensen', 1],
    ]);
    expect(performerOf('Stewart’s')?.name).toBe('Kristen Stewart');
  });

  it('merges a cast list that spells one person twice, and does not shorten a surname two performers share', () => {
    const reviews = [review(1, 'Lea Seydoux and Jason Schwartzman are fine.', 'Schwartzman is funny.', 'Robert Schwartzman sings.')];
    const { performers } = findPerformers(reviews, ['Léa Seydoux', 'Lea Seydoux', 'Jason Schwartzman', 'Robert Schwartzman', 'Schwartzman']);
    expect(performers.map((p) => [p.name, p.shortName])).toEqual([
      ['Jason Schwartzman', null],
      ['Léa Seydoux', 'Seydoux'],
      ['Robert Schwartzman', null],
      ['Schwartzman', null],
    ]);
  });
});
