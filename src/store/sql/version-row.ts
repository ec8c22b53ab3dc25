/** How one processed review becomes a review_versions row (and its dropped lines rows). */
import type { Insertable } from 'kysely';
import type { ReviewDraft, Sourced } from '../../domain/document.ts';
import { isHttpUrl } from '../../text/http-url.ts';
import type { ProcessedReview } from '../port.ts';
import type { DroppedLinesTable, ReviewFactsTable, ReviewVersionsTable } from './tables.ts';

export interface VersionRefs {
  reviewId: number;
  /** The review this version's text nearly duplicates, found by the store at save time. */
  duplicateOf: number | null;
  version: number;
  documentId: number;
  criticId: number | null;
  outletId: number | null;
  createdAt: string;
}

export function versionRow(item: ProcessedReview, refs: VersionRefs): Insertable<ReviewVersionsTable> {
  const { draft, judgement } = item;
  const rating = draft.rating?.value ?? null;
  return {
    review_id: refs.reviewId,
    version: refs.version,
    document_id: refs.documentId,
    critic_id: refs.criticId,
    outlet_id: refs.outletId,
    published_at: draft.publishedAt?.value ?? null,
    rating_raw: rating?.raw ?? null,
    rating_score: rating?.score ?? null,
    rating_scale: rating?.scale ?? null,
    label: draft.label,
    verdict: judgement.verdict,
    probability: judgement.probability,
    score: judgement.score,
    verdict_source: judgement.verdictSource,
    score_source: judgement.scoreSource,
    text: draft.text,
    first_sentence: draft.firstSentence,
    top_critic: draft.topCritic ? 1 : 0,
    url: isHttpUrl(draft.url) ? draft.url : null,
    evidence: JSON.stringify(judgement.evidence),
    stage_versions: JSON.stringify(stageVersions(item)),
    provenance: JSON.stringify(provenance(draft)),
    created_at: refs.createdAt,
    duplicate_of_review_id: refs.duplicateOf,
    alone_verdict: judgement.verdict,
    alone_probability: judgement.probability,
    alone_score: judgement.score,
    context_reviews: null,
    language: item.language?.code ?? null,
    // Not part of "is this version unchanged" (the document's content hash) nor of the near-duplicate test (the
    // text): the same review syndicated under another headline is still the same review, and a page whose headline
    // changed has a new hash anyway.
    headline: draft.headline,
  };
}

export function factRows(item: ProcessedReview, versionId: number): Insertable<ReviewFactsTable>[] {
  return (item.facts?.facts ?? []).map((fact, position) => ({
    review_version_id: versionId,
    position,
    kind: fact.kind,
    value: fact.value,
    character: fact.character ?? null,
    source: fact.source,
    evidence: fact.evidence,
  }));
}

/** The credits stage joins the others only when it ran, so fixtures without facts keep their stage list. */
function stageVersions(item: ProcessedReview): Record<string, string> {
  const { clean, draft, judgement, facts } = item;
  const stages: Record<string, string> = { clean: clean.version, extract: draft.version, judge: judgement.version };
  if (facts !== undefined) stages['credits'] = facts.version;
  if (item.language !== undefined) stages['language'] = item.language.version;
  return stages;
}

export function droppedLineRows(item: ProcessedReview, versionId: number): Insertable<DroppedLinesTable>[] {
  return item.clean.dropped.map((line, position) => ({
    review_version_id: versionId,
    position,
    text: line.text,
    reason: line.reason,
  }));
}

/** Where each extracted field came from, so a stored value can still say why it is what it is. */
function provenance(draft: ReviewDraft): Record<string, Omit<Sourced<unknown>, 'value'>> {
  const fields: Record<string, Sourced<unknown> | null> = {
    film: draft.film,
    critic: draft.critic,
    outlet: draft.outlet,
    publishedAt: draft.publishedAt,
    rating: draft.rating,
  };
  const out: Record<string, Omit<Sourced<unknown>, 'value'>> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field === null) continue;
    out[name] =
      field.evidence === undefined ? { source: field.source } : { source: field.source, evidence: field.evidence };
  }
  return out;
}
