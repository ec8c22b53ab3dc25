/**
 * The check queue, for every face (issue 15): the text-judged reviews most worth an editor's look, for one film or
 * across all, each with what a look is expected to change and the command that corrects it. The ranking is
 * aggregate/check-queue.ts's; this reads the films from the store and merges their queues.
 */
import { CHECK_QUEUE_VERSION, rankCheckQueue, type CheckQueueEntry } from '../aggregate/check-queue.ts';
import type { FilmSummary, StoredReview } from '../domain/film.ts';
import type { ReviewStore } from '../store/port.ts';

export type CheckQueueStore = Pick<ReviewStore, 'listFilms' | 'filmReviews'>;

export interface CheckQueueItem {
  film: FilmSummary;
  entry: CheckQueueEntry<StoredReview>;
  /** Its place in its film's own queue, from 1. */
  place: number;
}

export interface CheckQueueResult {
  version: string;
  /** Every entry there is, before the limit. */
  total: number;
  items: CheckQueueItem[];
}

export interface CheckQueueOptions {
  /** One film (resolved by the face with findFilm); else every film, ranked by expected change overall. */
  film?: FilmSummary;
  /** At most this many items; 0 or absent for all. */
  limit?: number;
}

/**
 * @example
 * const { items } = await checkQueue(app.store, { limit: 20 });
 * items[0]?.entry.reasons[0]; // "flipping it to negative would move the film from 60% to 57% positive"
 */
export async function checkQueue(store: CheckQueueStore, options: CheckQueueOptions = {}): Promise<CheckQueueResult> {
  const films = options.film ? [options.film] : await store.listFilms();
  const ranked: { item: CheckQueueItem; key: number }[] = [];
  for (const film of films) {
    const queue = rankCheckQueue(await store.filmReviews(film.id));
    // The benefit is in points of a film's percent positive, so films of every size compare on one scale.
    queue.entries.forEach((entry, i) => ranked.push({ item: { film, entry, place: i + 1 }, key: entry.benefit }));
  }
  ranked.sort((a, b) => b.key - a.key || a.item.film.id - b.item.film.id || a.item.place - b.item.place);
  const items = ranked.map((r) => r.item);
  const limit = options.limit ?? 0;
  return { version: CHECK_QUEUE_VERSION, total: items.length, items: limit > 0 ? items.slice(0, limit) : items };
}

/** The command that corrects an entry's review, as the CLI takes it. */
export function correctionCommand(item: CheckQueueItem): string {
  return `plaudit review set ${item.entry.review.id} --verdict ${item.entry.suggested}`;
}

/** The first words of the review, for a reader to recognise it. */
export function openingWords(review: Pick<StoredReview, 'text' | 'firstSentence'>, words = 12): string {
  const all = (review.firstSentence || review.text).trim().split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
