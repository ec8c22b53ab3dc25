/**
 * Pull quotes as a publicist would choose them (issue 18), on the five Her Smell seeds through the real clean and
 * extract stages and the shipped text model: the verdicts and superlatives lead, a performance singled out is
 * offered, and neither a minor craft, a typo, nor a plot summary is. The lines are matched by a few words each, so
 * the review text stays in ../shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { loadJudgeModel } from '../../../app.ts';
import { cleanDocument } from '../../../clean/clean-document.ts';
import { extractReview } from '../../../extract/extract-review.ts';
import { document } from '../../../../test/fixtures/credits/credit-fixtures.ts';
import { describeWithShared, sharedPath } from '../../../../test/shared-data.ts';
import { textSections } from '../text-sections.ts';
import type { PullQuotes } from './pull-quotes.ts';

describeWithShared(['seeds'], 'pull quotes of Her Smell from the five seeds', () => {
  let quotes: PullQuotes;
  const film = () => quotes.film.map((q) => q.quote);

  beforeAll(() => {
    const dir = sharedPath('seeds');
    const reviews = readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file, index) => {
        const doc = document(file, readFileSync(join(dir, file), 'utf8'), 'text');
        const draft = extractReview(doc, cleanDocument(doc));
        return { id: index + 1, text: draft.text, headline: draft.headline, verdict: 'positive' as const, critic: draft.critic?.value ?? null, outlet: draft.outlet?.value ?? null };
      });
    quotes = textSections(reviews, { model: loadJudgeModel(), title: 'Her Smell' }).pullQuotes;
  });

  it('leads with a verdict on the film: "one of the best movies of the year"', () => {
    expect(film()[0]).toMatch(/one of the best movies of the year/);
  });

  it("offers The Pop Break's own headline among the top 4, credited as its headline", () => {
    const headline = quotes.film.slice(0, 4).find((q) => q.quote === 'A Punk Rock Masterpiece');
    expect(headline).toMatchObject({ outlet: 'The Pop Break', fromHeadline: true, sentenceIndex: -1, sentence: 'A Punk Rock Masterpiece' });
  });

  it('offers the performance singled out and the masterful opening among the four quotes a film page shows', () => {
    expect(film().slice(0, 4).join('\n')).toMatch(/the best performance of her career/);
    expect(film().slice(0, 3).join('\n')).toMatch(/masterful introductory scene/);
  });

  it('refuses no praise for a negation that is praise itself ("never lets you go")', () => {
    expect(quotes.flagged.map((q) => q.quote).join('\n')).not.toMatch(/masterful introductory scene/);
  });

  it('puts no minor craft first, and offers no typo, doubled quotation marks or plot summary', () => {
    expect(film()[0]).not.toMatch(/costume|sound design/i);
    for (const quote of film()) {
      expect(quote).not.toMatch(/\p{L},\p{L}/u);
      expect(quote).not.toMatch(/^[…\s]*["“]/u);
      expect(quote).not.toMatch(/\bfollows an? [\p{L}-]+/u);
    }
  });

  it("gives each review's own lines no plot summary, role introduction or piece of a cast list", () => {
    const own = Object.values(quotes.byReview).flat().map((q) => q.quote);
    expect(own.length).toBeGreaterThan(5);
    for (const quote of own) {
      expect(quote).not.toMatch(/\bfollows an? [\p{L}-]+|\bplays [\p{Lu}]/u);
      // A cut that starts inside brackets is the tail of a cast list.
      expect(quote).not.toMatch(/^[^(]*\)/u);
    }
  });
});
