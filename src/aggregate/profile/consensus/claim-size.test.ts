/**
 * Consensus claims sized by the reviews behind them (issue 18): "most" only above half, the count itself below,
 * a description of a character is no complaint about the film, nor is a warning that some viewers may struggle. Reviews written for this test, read with the
 * shipped text model.
 */
import { describe, expect, it } from 'vitest';
import { loadJudgeModel } from '../../../app.ts';
import { analyseReviews, createPolarity } from '../analyse-reviews.ts';
import { judgeAspects } from '../aspects/judge-aspects.ts';
import { findPerformers } from '../people/performers.ts';
import type { TextReview } from '../types.ts';
import { buildConsensus } from './build-consensus.ts';
import { findComplaints } from './complaints.ts';
import { criticsPhrase } from './phrasing.ts';

describe('criticsPhrase', () => {
  it('says "most" only above half, and the count otherwise', () => {
    expect(criticsPhrase(5, 5)).toBe('all 5 critics');
    expect(criticsPhrase(2, 2)).toBe('both critics');
    expect(criticsPhrase(3, 5)).toBe('most critics (3 of 5)');
    expect(criticsPhrase(2, 5)).toBe('two of five critics');
    expect(criticsPhrase(2, 4)).toBe('two of four critics');
    expect(criticsPhrase(4, 12)).toBe('some critics (4 of 12)');
  });
});

const review = (id: number, text: string): TextReview => ({ id, text, verdict: 'positive' });
const reviews = [
  review(1, 'Nora Vale (Ann Example) sings in a band. The film is hard to watch for its first hour. Ann Example is superb.'),
  review(2, 'Nora Vale (Ann Example) is someone that is hard to like at first. The film is often hard to watch. Example is wonderful.'),
  review(3, 'The protagonist is thoroughly unlikeable, and Example makes her riveting. The final act is calm.'),
  review(4, 'A bracing, brilliant portrait of a musician. Some viewers may find it hard to watch. Ann Example is magnificent.'),
  review(5, 'Example holds every scene. The ending is tender and lovely.'),
];

describe('complaints and their wording', () => {
  const analysed = analyseReviews(reviews);
  const polarity = createPolarity(loadJudgeModel());
  const people = findPerformers(analysed);

  it('does not take a character described as hard to like, or a warning on others’ behalf, for a complaint', () => {
    const words = findComplaints(analysed, polarity, people.pattern).map((c) => c.text);
    expect(words).toContain('hard to watch');
    expect(words).not.toContain('unlikeable');
    const hardToWatch = findComplaints(analysed, polarity, people.pattern).find((c) => c.text === 'hard to watch')!;
    expect(hardToWatch.evidence.map((e) => e.reviewId)).toEqual([1, 2]);
  });

  it('says two of five critics, not "many", for a complaint of two reviews, and keeps its sentences', () => {
    const aspects = judgeAspects(analysed, polarity, { performerPattern: people.pattern, model: 'test' });
    const consensus = buildConsensus({ reviews: analysed, polarity, aspects, people, model: 'test' })!;
    const faults = consensus.sentences.find((s) => s.clauses.some((c) => c.kind === 'complaint'))!;
    expect(faults.text).toBe('Two of five critics find it hard to watch.');
    const [complaint] = faults.clauses;
    expect(complaint).toMatchObject({ text: 'hard to watch', reviews: 2 });
    expect(complaint!.evidence.map((e) => [e.reviewId, e.sentenceIndex])).toEqual([[1, 1], [2, 1]]);
  });
});
