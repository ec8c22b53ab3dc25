/**
 * Files processed documents: each review goes under its film, or onto the held list when the evidence does not
 * say which film (film-matching/match-film.ts, with the candidates the store finds); each document the gate
 * turned away goes onto the held list. Reviews are saved in one transaction per call and holds in another; when
 * the store refuses the batch, reviews are saved one by one so a bad one costs only itself.
 */
import type { RawDocument } from '../domain/document.ts';
import { toDocumentFailure, type DocumentFailure } from '../domain/errors.ts';
import type { Hold } from '../domain/held.ts';
import { matchFilm } from '../film-matching/match-film.ts';
import { nameKey } from '../store/name-key.ts';
import type { HoldRequest, HoldResult, ProcessedReview, ReviewStore, SaveResult } from '../store/port.ts';
import type { ProcessOutcome } from './process-document.ts';

export type Filed =
  | { kind: 'saved'; result: SaveResult }
  | { kind: 'held'; document: RawDocument; hold: Hold; result: HoldResult }
  | { kind: 'failed'; failure: DocumentFailure };

export async function fileOutcomes(store: ReviewStore, outcomes: readonly ProcessOutcome[]): Promise<Filed[]> {
  const reviews = outcomes.flatMap((outcome, index) => (outcome.kind === 'review' ? [{ index, review: outcome.review }] : []));
  const holds: { index: number; request: HoldRequest }[] = outcomes.flatMap((outcome, index) =>
    outcome.kind === 'held' ? [{ index, request: { document: outcome.document, hold: outcome.hold } }] : [],
  );
  const matched = await matchFilms(store, reviews.map((r) => r.review));
  const toSave: { index: number; review: ProcessedReview }[] = [];
  matched.forEach((match, i) => {
    const { index } = reviews[i]!;
    if (match.kind === 'hold') holds.push({ index, request: { document: match.review.document, hold: match.hold } });
    else toSave.push({ index, review: match.review });
  });
  const filed: Filed[] = new Array(outcomes.length);
  for (const [i, result] of (await saveAll(store, toSave.map((s) => s.review))).entries()) filed[toSave[i]!.index] = result;
  const held = await store.holdDocuments(holds.map((h) => h.request));
  held.forEach((result, i) => {
    const { index, request } = holds[i]!;
    filed[index] = { kind: 'held', document: request.document, hold: request.hold, result };
  });
  return filed;
}

type Matched = { kind: 'file'; review: ProcessedReview } | { kind: 'hold'; review: ProcessedReview; hold: Hold };

/** Each review's film decided, where a stored film competes for it; the drafts of decided ones carry the film id. */
async function matchFilms(store: ReviewStore, reviews: readonly ProcessedReview[]): Promise<Matched[]> {
  const refs = reviews.map((review) => review.draft.film?.value ?? {});
  const candidates = reviews.length === 0 ? [] : await store.filmCandidates(refs);
  const blocked = reviews.length === 0 ? new Map<string, string>() : await store.blockedOutlets();
  return reviews.map((review, i) => {
    const outletHold = blockedOutletHold(review, blocked);
    if (outletHold !== null) return { kind: 'hold', review, hold: outletHold };
    const ref = refs[i]!;
    const competing = candidates[i] ?? [];
    // No stored film competes (every row of a keyed export): the store's rules decide, and the text is not joined.
    if (ref.filmId === undefined && competing.length === 0) return { kind: 'file', review };
    const text = [...review.clean.headings, review.draft.text].join('\n');
    const match = matchFilm({ ref, text, candidates: competing });
    if (match.kind === 'hold') return { kind: 'hold', review, hold: match.hold };
    if (match.kind === 'store' || ref.filmId === match.filmId) return { kind: 'file', review };
    const film = review.draft.film!;
    const draft = { ...review.draft, film: { ...film, value: { ...film.value, filmId: match.filmId } } };
    return { kind: 'file', review: { ...review, draft } };
  });
}

/** A review from an outlet an editor blocked is held, whatever its film, with the editor's reason. */
function blockedOutletHold(review: ProcessedReview, blocked: ReadonlyMap<string, string>): Hold | null {
  const outlet = review.draft.outlet?.value;
  const reason = outlet === undefined ? undefined : blocked.get(nameKey(outlet));
  if (outlet === undefined || reason === undefined) return null;
  const line = `outlet ${outlet} is blocked${reason === '' ? '' : `: ${reason}`}`;
  return { code: 'blocked-outlet', reason: line, reasons: [line], candidates: [] };
}

async function saveAll(store: ReviewStore, reviews: readonly ProcessedReview[]): Promise<Filed[]> {
  if (reviews.length === 0) return [];
  try {
    return (await store.saveReviews(reviews)).map((result) => ({ kind: 'saved', result }));
  } catch {
    // The batch rolled back as a whole; write one at a time so one bad document costs only itself.
    const filed: Filed[] = [];
    for (const review of reviews) {
      try {
        const [result] = await store.saveReviews([review]);
        filed.push({ kind: 'saved', result: result! });
      } catch (error) {
        filed.push({ kind: 'failed', failure: toDocumentFailure(review.document.sourceName, error) });
      }
    }
    return filed;
  }
}
