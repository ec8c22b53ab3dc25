/**
 * One document through the pure stages: clean, extract (the review's fields), the gate (is it a review of a film
 * at all?), the facts it states about the film, its language, and judge (the text only when it may be English).
 * A document the gate turns away comes back as a hold with the gate's reasons, before any judging; other faults
 * throw a PlauditError the pipeline records.
 */
import { cleanDocument } from '../clean/clean-document.ts';
import type { RawDocument } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import type { Hold } from '../domain/held.ts';
import type { JudgeModel } from '../judge/judge-model.ts';
import { extractFilmFacts } from '../extract/credits/extract-film-facts.ts';
import { extractReview } from '../extract/extract-review.ts';
import { detectLanguage } from '../extract/detect-language.ts';
import { gateDocument } from '../gate/film-review-gate.ts';
import { judgeByLanguage } from './judge-by-language.ts';
import type { ProcessedReview } from '../store/port.ts';

export type ProcessOutcome =
  | { kind: 'review'; review: ProcessedReview }
  /** Not to be stored as a review: kept on the held list for a person, with the reasons. */
  | { kind: 'held'; document: RawDocument; hold: Hold };

export function processDocument(document: RawDocument, model: JudgeModel): ProcessOutcome {
  const clean = cleanDocument(document);
  const name = document.sourceName;
  if (document.format !== 'record' && clean.paragraphs.length === 0) {
    throw new PlauditError(
      'no-review-text',
      `${name}: no review text is left after cleaning (${clean.dropped.length} line(s) dropped as page boilerplate).`,
    );
  }
  const draft = extractReview(document, clean);
  if (document.format === 'record' && draft.text === '' && !draft.label && !draft.rating && !draft.recordedJudgement) {
    throw new PlauditError('no-review-text', `${name}: the row has no review text, rating or verdict label.`);
  }
  if (document.vouchedBy === undefined) {
    const gate = gateDocument({ document, clean, draft });
    // A film review that names no film is not held as "not a film review": the error below asks for its film.
    if (gate.verdict === 'not-a-film-review' && (draft.film !== null || !gate.readsAsFilmReview)) {
      const reasons = gate.reasons;
      const hold: Hold = { code: 'not-a-film-review', reason: `not a film review: ${reasons[0] ?? 'the gate found no sign of one'}`, reasons, candidates: [] };
      return { kind: 'held', document, hold };
    }
  }
  if (!draft.film) {
    throw new PlauditError(
      'unknown-film',
      `${name}: could not tell which film this reviews; name it with --film "TITLE" (or map a film column).`,
    );
  }
  const facts = extractFilmFacts({ clean, draft });
  // Decided before the judge is called: the English text model reads only text that is (or may be) English.
  const language = detectLanguage({ text: draft.text, declared: clean.meta.lang });
  const judgement = judgeByLanguage(draft, language, model);
  return { kind: 'review', review: { document, clean, draft, judgement, facts, ...(language ? { language } : {}) } };
}
