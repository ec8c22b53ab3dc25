/**
 * Search: names (films, critics, outlets, people) found despite typos and ranked by likeness, and review text
 * found word by word with the matches marked in a snippet.
 */
import { describe, expect, it } from 'vitest';
import type { FilmFact } from '../../domain/credits.ts';
import type { NameHit } from '../web-port.ts';
import { makeReview } from './make-review.ts';
import type { WebTargetHandle } from './web-target.ts';

const MARK_START = '\u0002';
const MARK_END = '\u0003';
const stars = (value: string): FilmFact => ({ kind: 'cast', value, source: 'prose', evidence: `${value} stars.` });
const hit = (hits: NameHit[], kind: NameHit['kind'], name: string) => hits.find((h) => h.kind === kind && h.name === name);

export function describeWebSearch(target: WebTargetHandle): void {
  describe('name search', () => {
    it('finds films, critics, outlets and people despite a typo, with their ids, best likeness first', async () => {
      const store = target.store;
      const [saved] = await store.saveReviews([
        makeReview({ sourceKey: 'a', film: { title: 'Her Smell', year: 2018 }, critic: 'Emily Yoshida', outlet: 'The New Yorker', facts: [stars('Elisabeth Moss')] }),
        makeReview({ sourceKey: 'b', film: { title: 'Top Gun', year: 1986 }, critic: 'Anthony Lane', outlet: 'Vulture' }),
      ]);
      const [critic] = await store.listNames('critic').then((names) => names.filter((name) => name.name === 'Emily Yoshida'));
      const [outlet] = await store.listNames('outlet').then((names) => names.filter((name) => name.name === 'The New Yorker'));

      const film = await store.searchNames('her smel', { limit: 10 });
      expect(film[0]).toMatchObject({ kind: 'film', id: saved?.filmId, name: 'Her Smell' });
      expect(film[0]?.similarity).toBeGreaterThan(0.5);
      expect(film[0]?.similarity).toBeLessThan(1);

      expect((await store.searchNames('yoshda', { limit: 10 }))[0]).toMatchObject({ kind: 'critic', id: critic?.id, name: 'Emily Yoshida' });
      expect((await store.searchNames('new yorkr', { limit: 10 }))[0]).toMatchObject({ kind: 'outlet', id: outlet?.id, name: 'The New Yorker' });
      const person = (await store.searchNames('elisabeth mos', { limit: 10 }))[0];
      expect(person).toMatchObject({ kind: 'person', name: 'Elisabeth Moss' });
      expect(Number.isInteger(person?.id)).toBe(true);
      // Nothing like the query is found at all.
      expect(hit(await store.searchNames('yoshda', { limit: 10 }), 'film', 'Top Gun')).toBeUndefined();
    });

    it('gives an exact name (in any case and accents) similarity 1, and orders hits by similarity', async () => {
      const store = target.store;
      await store.saveReviews([
        makeReview({ sourceKey: 'a', film: { title: 'Alien', year: 1979 }, critic: 'Alain Lien' }),
        makeReview({ sourceKey: 'b', film: { title: 'Aliens', year: 1986 } }),
        makeReview({ sourceKey: 'c', film: { title: 'Alien Nation', year: 1988 } }),
        makeReview({ sourceKey: 'd', film: { title: 'Amélie', year: 2001 } }),
      ]);
      const hits = await store.searchNames('ALIEN', { limit: 10 });
      expect(hits[0]).toMatchObject({ kind: 'film', name: 'Alien', similarity: 1 });
      const similarities = hits.map((h) => h.similarity);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
      expect(hits.every((h) => h.similarity > 0 && h.similarity <= 1)).toBe(true);
      expect(hit(hits, 'film', 'Aliens')).toBeDefined();
      expect(hit(hits, 'film', 'Alien Nation')).toBeDefined();
      expect((await store.searchNames('amelie', { limit: 10 }))[0]).toMatchObject({ name: 'Amélie', similarity: 1 });
      expect(await store.searchNames('ALIEN', { limit: 2 })).toEqual(hits.slice(0, 2));
    });

    it('names a person once however many reviews credit them', async () => {
      const store = target.store;
      await store.saveReviews([
        makeReview({ sourceKey: 'a', film: { title: 'One' }, facts: [stars('Tom Harrow')] }),
        makeReview({ sourceKey: 'b', film: { title: 'Two' }, facts: [stars('Tom Harrow')] }),
        makeReview({ sourceKey: 'c', film: { title: 'Two' }, facts: [stars('Tom Harrow')] }),
      ]);
      const people = (await store.searchNames('tom harow', { limit: 10 })).filter((h) => h.kind === 'person');
      expect(people.map((h) => h.name)).toEqual(['Tom Harrow']);
    });

    it('finds nothing for a query without three letters, in an empty store, or with search syntax in it', async () => {
      const store = target.store;
      expect(await store.searchNames('alien', { limit: 10 })).toEqual([]);
      await store.saveReviews([makeReview({ sourceKey: 'a', film: { title: 'Alien', year: 1979 } })]);
      expect(await store.searchNames('al', { limit: 10 })).toEqual([]);
      expect(await store.searchNames('   ', { limit: 10 })).toEqual([]);
      expect(await store.searchNames('"', { limit: 10 })).toEqual([]);
      expect((await store.searchNames('alien" OR "x', { limit: 10 }))[0]).toMatchObject({ name: 'Alien' });
    });

    it('leaves out a film merged into another', async () => {
      const store = target.store;
      const [from, into] = await store.saveReviews([
        makeReview({ sourceKey: 'a', film: { title: 'The Salt Road', year: 2001 } }),
        makeReview({ sourceKey: 'b', film: { title: 'Salt Road', year: 2001 } }),
      ]);
      await store.mergeFilms({ fromFilmId: from?.filmId as number, intoFilmId: into?.filmId as number }, { actor: 'cli:compliance', reason: '' });
      const films = (await store.searchNames('the salt road', { limit: 10 })).filter((h) => h.kind === 'film');
      expect(films.map((h) => h.id)).toEqual([into?.filmId]);
    });
  });

  describe('review text search', () => {
    it('finds reviews holding every word, the last as a prefix, with the matches marked in the snippet', async () => {
      const store = target.store;
      const saved = await store.saveReviews([
        makeReview({ sourceKey: 'a', text: 'A haunting lead performance carries the whole film.', critic: 'Ann', outlet: 'Post' }),
        makeReview({ sourceKey: 'b', text: 'The performance is fine but the haunting score is better.', film: { title: 'Other' } }),
        makeReview({ sourceKey: 'c', text: 'A haunting film with nothing else to it.' }),
      ]);
      const hits = await store.searchReviewText('haunting perfor', { limit: 10 });
      expect(hits.map((h) => h.reviewId).sort((a, b) => a - b)).toEqual([saved[0]?.reviewId, saved[1]?.reviewId]);
      const first = hits.find((h) => h.reviewId === saved[0]?.reviewId);
      expect(first).toMatchObject({ filmId: saved[0]?.filmId, critic: 'Ann', outlet: 'Post' });
      expect(first?.snippet).toContain(`${MARK_START}haunting${MARK_END}`);
      expect(first?.snippet).toContain(`${MARK_START}performance${MARK_END}`);
      expect(hits.find((h) => h.reviewId === saved[1]?.reviewId)).toMatchObject({ critic: null, outlet: null });
      expect(await store.searchReviewText('haunting', { limit: 2 })).toHaveLength(2);
    });

    it("searches only each review's current text", async () => {
      const store = target.store;
      const [saved] = await store.saveReviews([makeReview({ sourceKey: 'a', text: 'An old verdict about lighthouses.' })]);
      await store.saveReviews([makeReview({ sourceKey: 'a', text: 'A new verdict about keepers.' })]);
      expect(await store.searchReviewText('lighthouses', { limit: 10 })).toEqual([]);
      expect((await store.searchReviewText('keepers', { limit: 10 })).map((h) => h.reviewId)).toEqual([saved?.reviewId]);
    });

    it('searches operators and quotes as words, and finds nothing for a query without words', async () => {
      const store = target.store;
      const [saved] = await store.saveReviews([makeReview({ sourceKey: 'a', text: 'Not bad or good, near enough.' })]);
      expect((await store.searchReviewText('NOT bad OR', { limit: 10 })).map((h) => h.reviewId)).toEqual([saved?.reviewId]);
      expect(await store.searchReviewText('"bad', { limit: 10 })).toHaveLength(1);
      expect(await store.searchReviewText('NEAR(good', { limit: 10 })).toHaveLength(1);
      expect(await store.searchReviewText('  ?! ', { limit: 10 })).toEqual([]);
      expect(await store.searchReviewText('missing', { limit: 10 })).toEqual([]);
    });

    it('leaves a removed review out of the text search', async () => {
      const store = target.store;
      const [saved] = await store.saveReviews([makeReview({ sourceKey: 'a', text: 'Spam about cheap pills.' })]);
      const state = { verdict: null, score: null, note: '', removed: true, removedReason: 'spam', version: 1 };
      await store.putReviewCorrection(saved?.reviewId as number, state, {
        actor: 'cli:compliance',
        action: 'review.remove',
        targetKind: 'review',
        targetId: saved?.reviewId as number,
        filmId: saved?.filmId as number,
        reason: '',
        before: null,
        after: state,
      });
      expect(await store.searchReviewText('pills', { limit: 10 })).toEqual([]);
    });
  });
}
