/**
 * A review's own lines follow its verdict (verdict-lines.ts), through the shipped text model and the real
 * candidates, ranking and honesty check: a pan is quoted by its criticism, never by its faint praise; a mixed
 * review by its balanced line; a fresh one by its praise. The film's pull quotes stay praise. The reviews are
 * written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadJudgeModel } from '../../../app.ts';
import { analyseReviews, createPolarity } from '../analyse-reviews.ts';
import type { Polarity, TextReview } from '../types.ts';
import { buildPullQuotes, type PullQuotes } from './pull-quotes.ts';
import { quoteCandidates } from './candidates.ts';
import { leaningOf, verdictLines } from './verdict-lines.ts';

const PAN =
  'The film is a tedious, lifeless mess that wastes a talented cast on a script with nothing to say. The costumes are nice enough, and the opening credits look fine. Its plot makes no sense, the jokes fall flat, and the two hours drag like four. It is a dull, joyless slog from start to finish.';
const MIXED =
  'The cast is superb and the photography is lovely, but the script is thin and the last hour drags. The film opens in a small town in winter. The performances are wonderful, the best thing in it. The plot is muddled and predictable.';
const FRESH = 'The film is a dull, joyless slog for its first ten minutes. The supporting cast is superb and the story is moving.';

describe('a review\'s own lines state its verdict', () => {
  let polarity: Polarity;
  let quotes: PullQuotes;
  const reviews: TextReview[] = [
    { id: 1, text: PAN, verdict: 'negative', score: 20 },
    { id: 2, text: MIXED, verdict: 'positive', score: 52 },
    { id: 3, text: FRESH, verdict: 'positive', score: 80 },
  ];
  const own = (id: number) => quotes.byReview[String(id)]!.map((q) => q.quote);

  beforeAll(() => {
    const model = loadJudgeModel();
    polarity = createPolarity(model);
    quotes = buildPullQuotes(analyseReviews(reviews), polarity, { model: model.version });
  });

  it('reads the leaning from the verdict and the score band', () => {
    expect(reviews.map(leaningOf)).toEqual(['criticism', 'balance', 'praise']);
    expect(leaningOf({ verdict: 'negative' })).toBe('criticism');
  });

  it("quotes a pan by its criticism, not by a line of faint praise", () => {
    expect(own(1)[0]).toMatch(/tedious, lifeless mess/);
    for (const line of own(1)) {
      expect(line).not.toMatch(/costumes/);
      expect(polarity(line)).toBeLessThan(0.35);
    }
  });

  it("quotes a mixed review by its balanced line, praise and criticism together", () => {
    expect(own(2)[0]).toMatch(/superb .*, but the script is thin/);
  });

  it('quotes a fresh review by its praise, never its criticism', () => {
    expect(own(3)).toEqual([expect.stringMatching(/supporting cast is superb/)]);
  });

  it("keeps the film's pull quotes to praise, the pan's faint praise included", () => {
    for (const q of quotes.film) expect(polarity(q.quote)).toBeGreaterThanOrEqual(0.75);
    expect(quotes.film.map((q) => q.quote).join('\n')).not.toMatch(/tedious|muddled/);
  });

  it('refuses criticism the critic turns into praise, as praise turned into a put-down is refused', () => {
    const text = 'The first hour of the film is a slow and clumsy mess. But the rest of the film is wonderful, moving and funny. The ending is a dull letdown.';
    const [review] = analyseReviews([{ id: 4, text, verdict: 'negative', score: 30 }]);
    const criticism = (q: { display: string }) => polarity(q.display) <= 0.35;
    // Without the check the turned line would lead: it is a candidate, and the first line of the review.
    expect(quoteCandidates(review!, polarity, null, (p) => p <= 0.35).map((c) => c.display)).toContain(
      'The first hour of the film is a slow and clumsy mess.',
    );
    const lines = verdictLines(review!, polarity, null, 'criticism');
    expect(lines.every(criticism)).toBe(true);
    expect(lines.map((q) => q.display)).toEqual(['The ending is a dull letdown.']);
  });

  it("offers the same words once in the film's pull quotes, however many reviews carry them", () => {
    const line = 'A warm, funny and beautifully acted comedy about a party that never ends.';
    const copies: TextReview[] = [5, 6, 7].map((id) => ({ id, text: `${line} The music is lovely, take ${id}.`, verdict: 'positive', score: 80 }));
    const film = buildPullQuotes(analyseReviews(copies), polarity, { model: 'test' }).film.map((q) => q.quote);
    expect(film.filter((quote) => quote.includes('beautifully acted comedy'))).toHaveLength(1);
  });
});
