/**
 * The text side of a profile on short reviews written for this test: performers found from "(Name)"
 * introductions, crafts judged per clause, a consensus whose every clause rests on two reviews, and pull quotes.
 */
import { describe, expect, it } from 'vitest';
import { loadJudgeModel } from '../../app.ts';
import { analyseReviews } from './analyse-reviews.ts';
import { findPerformers } from './people/performers.ts';
import { textSections } from './text-sections.ts';

const review = (id: number, text: string) => ({ id, text, verdict: 'positive' as const, critic: `Critic ${id}`, outlet: `Outlet ${id}` });

const reviews = [
  review(1, 'Jane Doe (Ann Example) runs a bakery in a small town. Example gives a wonderful, fearless performance. The first half is tense and relentless. The score is gorgeous.'),
  review(2, 'Ann Example is superb as Jane. The opening act is tense and never lets up. The final act is quiet and moving. The music is lovely. The film is hard to watch at times.'),
  review(3, 'Example’s performance is brilliant. The final act is quiet and calm. The film is often hard to watch. Directed by Sam Maker. With Ann Example and Bo Other.'),
];

describe('textSections', () => {
  const sections = textSections(reviews, { model: loadJudgeModel(), title: 'The Bakery' });

  it('finds performers from bracketed introductions and credit lines, crew left out', () => {
    expect(sections.performers.map((p) => p.name)).toEqual(['Ann Example', 'Bo Other']);
    expect(findPerformers(analyseReviews(reviews), ['Bo Other']).performers.map((p) => p.name)).toEqual(['Bo Other']);
  });

  it('judges acting and music positive, with counts and the best sentence', () => {
    const acting = sections.aspects.aspects.find((a) => a.aspect === 'acting')!;
    expect(acting).toMatchObject({ verdict: 'positive', reviews: { positive: 3, negative: 0 } });
    expect(acting.best.positive?.sentence).toMatch(/Example/);
    expect(sections.aspects.aspects.find((a) => a.aspect === 'music')?.verdict).toBe('positive');
    expect(sections.aspects.aspects.find((a) => a.aspect === 'editing')?.verdict).toBe('not-mentioned');
  });

  it('writes a consensus whose every clause rests on sentences of at least two reviews', () => {
    const c = sections.consensus!;
    expect(c.text).toMatch(/^All 3 critics are positive, singling out Ann Example's performance/);
    expect(c.text).toMatch(/tense[^.]* first half that gives way to a quiet[^.]* final act/);
    expect(c.text).toMatch(/find it hard to watch/);
    for (const clause of c.sentences.flatMap((s) => s.clauses)) {
      expect(new Set(clause.evidence.map((e) => e.reviewId)).size, clause.text).toBeGreaterThanOrEqual(2);
      for (const e of clause.evidence) expect(reviews.find((r) => r.id === e.reviewId)!.text).toContain(e.sentence);
    }
  });

  it('offers attributed pull quotes of at most 25 words', () => {
    const quotes = sections.pullQuotes.film;
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of quotes) {
      expect(q.words).toBeLessThanOrEqual(25);
      expect(q.critic).toMatch(/^Critic \d$/);
    }
  });
});
