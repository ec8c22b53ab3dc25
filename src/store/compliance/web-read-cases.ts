/**
 * The web reads: critics and outlets with their counts, reviews by film, critic, outlet or id in publication order,
 * what a removed review or a blocked outlet leaves out, a person's films, and the data version caches key on.
 */
import { describe, expect, it } from 'vitest';
import type { FilmFact } from '../../domain/credits.ts';
import type { CorrectionState } from '../../domain/correction.ts';
import type { WebStore } from '../web-port.ts';
import { makeReview } from './make-review.ts';
import type { WebTargetHandle } from './web-target.ts';

const author = { actor: 'cli:compliance', reason: 'a compliance case' };

/** Marks a review removed (or sets its verdict) the way use-cases/corrections does: the state and its audit entry. */
async function correct(store: WebStore, reviewId: number, filmId: number, change: Partial<CorrectionState>): Promise<void> {
  const state: CorrectionState = { verdict: null, score: null, note: '', removed: false, removedReason: null, version: 1, ...change };
  await store.putReviewCorrection(reviewId, state, {
    actor: author.actor,
    action: state.removed ? 'review.remove' : 'review.set',
    targetKind: 'review',
    targetId: reviewId,
    filmId,
    reason: author.reason,
    before: null,
    after: state,
  });
}

const counts = (names: { name: string; reviewCount: number; positiveCount: number }[]) =>
  names.map(({ name, reviewCount, positiveCount }) => ({ name, reviewCount, positiveCount }));

export function describeWebReading(target: WebTargetHandle): void {
  describe('web reads', () => {
    it('lists critics and outlets with current reviews, most reviews first then by name, counting positive verdicts', async () => {
      const store = target.store;
      await store.saveReviews([
        makeReview({ sourceKey: 'a', critic: 'Bea Stone', outlet: 'The Post', verdict: 'positive' }),
        makeReview({ sourceKey: 'b', critic: 'Bea Stone', outlet: 'The Post', verdict: 'negative', film: { title: 'Other' } }),
        makeReview({ sourceKey: 'c', critic: 'Al Reed', outlet: 'Daily Reel', verdict: 'positive' }),
        makeReview({ sourceKey: 'd', critic: 'Cy Moss', outlet: 'The Post', verdict: 'positive', film: { title: 'Third' } }),
        makeReview({ sourceKey: 'e', verdict: 'positive', film: { title: 'Nameless' } }),
      ]);
      // A new version counts once, with its own verdict.
      await store.saveReviews([makeReview({ sourceKey: 'c', text: 'Second thoughts.', critic: 'Al Reed', outlet: 'Daily Reel', verdict: 'negative' })]);
      const critics = await store.listNames('critic');
      expect(critics.every((name) => name.kind === 'critic')).toBe(true);
      expect(counts(critics)).toEqual([
        { name: 'Bea Stone', reviewCount: 2, positiveCount: 1 },
        { name: 'Al Reed', reviewCount: 1, positiveCount: 0 },
        { name: 'Cy Moss', reviewCount: 1, positiveCount: 1 },
      ]);
      const outlets = await store.listNames('outlet');
      expect(outlets.every((name) => name.kind === 'outlet')).toBe(true);
      expect(counts(outlets)).toEqual([
        { name: 'The Post', reviewCount: 3, positiveCount: 2 },
        { name: 'Daily Reel', reviewCount: 1, positiveCount: 0 },
      ]);
      for (const name of [...critics, ...outlets]) expect(await store.getName(name.kind, name.id)).toEqual(name);
    });

    it('reads a name whose reviews all moved on with no counts, and no name for an unknown id', async () => {
      const store = target.store;
      await store.saveReviews([makeReview({ sourceKey: 'a', text: 'First.', critic: 'Old Byline', outlet: 'The Post' })]);
      const [old] = await store.listNames('critic');
      await store.saveReviews([makeReview({ sourceKey: 'a', text: 'Second.', critic: 'New Byline', outlet: 'The Post' })]);
      expect(counts(await store.listNames('critic'))).toEqual([{ name: 'New Byline', reviewCount: 1, positiveCount: 1 }]);
      expect(await store.getName('critic', old?.id as number)).toEqual({ kind: 'critic', id: old?.id, name: 'Old Byline', reviewCount: 0, positiveCount: 0 });
      expect(await store.getName('critic', 987_654)).toBeNull();
      expect(await store.getName('outlet', 987_654)).toBeNull();
      expect(await store.listNames('outlet')).toHaveLength(1);
    });

    it("counts an editor's verdict instead of the judged one, and leaves a removed review out of the counts", async () => {
      const store = target.store;
      const saved = await store.saveReviews([
        makeReview({ sourceKey: 'a', critic: 'Ann', outlet: 'Post', verdict: 'positive' }),
        makeReview({ sourceKey: 'b', critic: 'Ann', outlet: 'Post', verdict: 'positive', film: { title: 'Other' } }),
        makeReview({ sourceKey: 'c', critic: 'Ann', outlet: 'Post', verdict: 'negative', film: { title: 'Third' } }),
      ]);
      const [a, b] = saved as [(typeof saved)[0], (typeof saved)[0]];
      await correct(store, a.reviewId, a.filmId, { verdict: 'negative' });
      await correct(store, b.reviewId, b.filmId, { removed: true, removedReason: 'not a review' });
      expect(counts(await store.listNames('critic'))).toEqual([{ name: 'Ann', reviewCount: 2, positiveCount: 0 }]);
      expect(counts(await store.listNames('outlet'))).toEqual([{ name: 'Post', reviewCount: 2, positiveCount: 0 }]);
    });

    it('reads the current reviews of a film, critic, outlet or id, newest publication first, undated last, then by id', async () => {
      const store = target.store;
      const film = { title: 'Ordered', year: 2020 };
      const saved = await store.saveReviews([
        makeReview({ sourceKey: 'undated-1', film, critic: 'Ann', outlet: 'Post' }),
        makeReview({ sourceKey: 'old', film, critic: 'Ann', outlet: 'Reel', publishedAt: '2001-05-01' }),
        makeReview({ sourceKey: 'new', film, critic: 'Bob', outlet: 'Post', publishedAt: '2023-01-15' }),
        makeReview({ sourceKey: 'undated-2', film, outlet: 'Post' }),
        makeReview({ sourceKey: 'same-day-1', film, critic: 'Ann', publishedAt: '2010-03-03' }),
        makeReview({ sourceKey: 'same-day-2', film, critic: 'Bob', outlet: 'Post', publishedAt: '2010-03-03' }),
        makeReview({ sourceKey: 'elsewhere', film: { title: 'Elsewhere' }, critic: 'Ann', outlet: 'Post', publishedAt: '2024-06-01' }),
      ]);
      await store.saveReviews([makeReview({ sourceKey: 'old', text: 'Revised.', film, critic: 'Ann', outlet: 'Reel', publishedAt: '2001-05-01' })]);
      const filmId = saved[0]?.filmId as number;
      const keys = async (scope: Parameters<WebStore['webReviews']>[0]) => (await store.webReviews(scope)).map((review) => review.sourceKey);
      expect(await keys({ filmId })).toEqual(['new', 'same-day-1', 'same-day-2', 'old', 'undated-1', 'undated-2']);

      const reviews = await store.webReviews({ filmId });
      const ann = reviews.find((review) => review.critic === 'Ann')?.criticId as number;
      const post = reviews.find((review) => review.outlet === 'Post')?.outletId as number;
      expect(await store.getName('critic', ann)).toMatchObject({ name: 'Ann' });
      expect(await store.getName('outlet', post)).toMatchObject({ name: 'Post' });
      for (const review of reviews) {
        expect(review.criticId === null).toBe(review.critic === null);
        expect(review.outletId === null).toBe(review.outlet === null);
      }
      expect(reviews.find((review) => review.sourceKey === 'old')).toMatchObject({ version: 2, text: 'Revised.' });
      // The web read is the film's review list with the ids added.
      expect(reviews.map(({ criticId: _c, outletId: _o, ...rest }) => rest)).toEqual(await store.filmReviews(filmId));

      expect(await keys({ criticId: ann })).toEqual(['elsewhere', 'same-day-1', 'old', 'undated-1']);
      expect(await keys({ outletId: post })).toEqual(['elsewhere', 'new', 'same-day-2', 'undated-1', 'undated-2']);
      const newest = saved[2]?.reviewId as number;
      expect(await store.webReviews({ reviewId: newest })).toEqual([reviews[0]]);
    });

    it('reads nothing for an unknown film, critic, outlet or review', async () => {
      const store = target.store;
      await store.saveReviews([makeReview({ sourceKey: 'a', critic: 'Ann', outlet: 'Post' })]);
      for (const scope of [{ filmId: 987_654 }, { criticId: 987_654 }, { outletId: 987_654 }, { reviewId: 987_654 }]) {
        expect(await store.webReviews(scope)).toEqual([]);
      }
    });

    it('leaves a removed review out of every list but reads it by id, marked removed', async () => {
      const store = target.store;
      const film = { title: 'Removal', year: 2022 };
      const [kept, removed] = await store.saveReviews([
        makeReview({ sourceKey: 'kept', film, critic: 'Ann', outlet: 'Post' }),
        makeReview({ sourceKey: 'spam', film, critic: 'Ann', outlet: 'Post' }),
      ]);
      const [ann] = await store.listNames('critic');
      const [post] = await store.listNames('outlet');
      await correct(store, removed?.reviewId as number, removed?.filmId as number, { removed: true, removedReason: 'spam' });
      const ids = async (scope: Parameters<WebStore['webReviews']>[0]) => (await store.webReviews(scope)).map((review) => review.id);
      expect(await ids({ filmId: kept?.filmId as number })).toEqual([kept?.reviewId]);
      expect(await ids({ criticId: ann?.id as number })).toEqual([kept?.reviewId]);
      expect(await ids({ outletId: post?.id as number })).toEqual([kept?.reviewId]);
      const [byId] = await store.webReviews({ reviewId: removed?.reviewId as number });
      expect(byId).toMatchObject({ id: removed?.reviewId, sourceKey: 'spam', criticId: ann?.id, outletId: post?.id });
      expect(byId?.correction).toMatchObject({ removed: true, removedReason: 'spam' });
    });

    it("leaves a blocked outlet's reviews out of their films' lists and keeps them on the outlet's own", async () => {
      const store = target.store;
      const film = { title: 'Blocked', year: 2022 };
      const [good, bad] = await store.saveReviews([
        makeReview({ sourceKey: 'good', film, critic: 'Ann', outlet: 'Good Post' }),
        makeReview({ sourceKey: 'bad', film, critic: 'Ann', outlet: 'Content Farm' }),
      ]);
      const farm = (await store.listNames('outlet')).find((outlet) => outlet.name === 'Content Farm');
      await store.setOutletBlocked(farm?.id as number, 'copies reviews', author);
      expect((await store.webReviews({ filmId: good?.filmId as number })).map((review) => review.id)).toEqual([good?.reviewId]);
      expect((await store.webReviews({ outletId: farm?.id as number })).map((review) => review.id)).toEqual([bad?.reviewId]);
      expect((await store.webReviews({ reviewId: bad?.reviewId as number })).map((review) => review.id)).toEqual([bad?.reviewId]);
    });

    it("reads a person's films by exact name with the roles credited, most reviews first, current versions only", async () => {
      const store = target.store;
      const directs = (value: string): FilmFact => ({ kind: 'director', value, source: 'info-box', evidence: `Director: ${value}` });
      const stars = (value: string): FilmFact => ({ kind: 'cast', value, source: 'prose', evidence: `${value} stars.` });
      const one = { title: 'One', year: 2001 };
      const two = { title: 'Two', year: 2002 };
      const three = { title: 'Three', year: 2003 };
      const saved = await store.saveReviews([
        makeReview({ sourceKey: 'one-a', film: one, facts: [directs('Ada Quill')] }),
        makeReview({ sourceKey: 'two-a', film: two, facts: [directs('Ada Quill'), stars('Ada Quill')] }),
        makeReview({ sourceKey: 'two-b', film: two, facts: [stars('Ada Quill')] }),
        makeReview({ sourceKey: 'three-a', text: 'First.', film: three, facts: [stars('Ada Quill')] }),
        makeReview({ sourceKey: 'other', film: one, facts: [stars('Ada Quillon')] }),
      ]);
      // The only review of Three no longer credits her in its current version.
      await store.saveReviews([makeReview({ sourceKey: 'three-a', text: 'Second.', film: three, facts: [stars('Tom Harrow')] })]);
      const films = await store.personFilms('Ada Quill');
      expect(films.map((film) => ({ ...film, roles: [...film.roles].sort() }))).toEqual([
        { filmId: saved[1]?.filmId, roles: ['cast', 'director'], reviews: 2 },
        { filmId: saved[0]?.filmId, roles: ['director'], reviews: 1 },
      ]);
      expect(await store.personFilms('Tom Harrow')).toEqual([{ filmId: saved[3]?.filmId, roles: ['cast'], reviews: 1 }]);
      expect(await store.personFilms('Nobody At All')).toEqual([]);
    });

    it('keeps the data version while only reading, and moves it on every write this store commits', async () => {
      const store = target.store;
      const versions = new Set<number>([await store.dataVersion()]);
      const moved = async (what: string) => {
        const version = await store.dataVersion();
        expect(versions.has(version), `${what} moved the data version`).toBe(false);
        versions.add(version);
      };
      await store.listFilms();
      await store.listNames('critic');
      await store.searchNames('anything', { limit: 5 });
      expect(await store.dataVersion()).toBe([...versions][0]);

      const [saved] = await store.saveReviews([makeReview({ sourceKey: 'a', critic: 'Ann', outlet: 'Post' })]);
      const filmId = saved?.filmId as number;
      const reviewId = saved?.reviewId as number;
      await moved('saveReviews');
      await store.saveReviews([makeReview({ sourceKey: 'a', text: 'Edited.', critic: 'Ann', outlet: 'Post' })]);
      await moved('a new version');
      await store.importCatalog([{ title: 'Test Film', year: 2001, ids: {}, runtimeMinutes: 90 }]);
      await moved('importCatalog');
      const [held] = await store.holdDocuments([
        { document: makeReview({ sourceKey: 'held' }).document, hold: { code: 'not-a-film-review', reason: 'news', reasons: ['news'], candidates: [] } },
      ]);
      await moved('holdDocuments');
      await store.resolveHeld(held?.heldId as number, { status: 'dismissed' });
      await moved('resolveHeld');
      await correct(store, reviewId, filmId, { verdict: 'negative' });
      await moved('putReviewCorrection');
      const [ann] = await store.listNames('critic');
      await store.setCriticTop(ann?.id as number, true, author);
      await moved('setCriticTop');
      await store.editFilm(filmId, { addAliases: ['The Test'] }, author);
      await moved('editFilm');
      const [other] = await store.saveReviews([makeReview({ sourceKey: 'b', film: { title: 'Other Film' } })]);
      await moved('saveReviews of another film');
      await store.moveReview(reviewId, other?.filmId as number, {
        actor: author.actor,
        action: 'review.move',
        targetKind: 'review',
        targetId: reviewId,
        filmId,
        reason: author.reason,
        before: { filmId },
        after: { filmId: other?.filmId },
      });
      await moved('moveReview');
      await store.mergeFilms({ fromFilmId: filmId, intoFilmId: other?.filmId as number }, author);
      await moved('mergeFilms');
    });

    it('moves the data version when another connection commits a write', async (context) => {
      const openAnother = target.openAnother;
      if (openAnother === undefined) context.skip();
      const store = target.store;
      await store.saveReviews([makeReview({ sourceKey: 'a' })]);
      const before = await store.dataVersion();
      const other = await (openAnother as () => Promise<WebStore>)();
      try {
        expect(await store.dataVersion()).toBe(before);
        await other.saveReviews([makeReview({ sourceKey: 'b' })]);
        const after = await store.dataVersion();
        expect(after).not.toBe(before);
        expect((await store.listFilms())[0]?.reviewCount).toBe(2);
        await other.listFilms();
        expect(await store.dataVersion()).toBe(after);
      } finally {
        await other.close();
      }
    });
  });
}
