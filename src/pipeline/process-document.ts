/**
 * One document through the pure stages: clean, extract (the review's fields, then the facts it states about the
 * film), judge. Throws a PlauditError the pipeline records.
 */
import { cleanDocument } from '../clean/clean-document.ts';
import type { RawDocument } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import type { TextModel } from '../domain/verdict.ts';
import { extractFilmFacts } from '../extract/credits/extract-film-facts.ts';
import { extractReview } from '../extract/extract-review.ts';
import { judgeReview } from '../judge/judge-review.ts';
import type { ProcessedReview } from '../store/port.ts';

export function processDocument(document: RawDocument, model: TextModel): ProcessedReview {
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
  if (!draft.film) {
    throw new PlauditError(
      'unknown-film',
      `${name}: could not tell which film this reviews; name it with --film "TITLE" (or map a film column).`,
    );
  }
  const facts = extractFilmFacts({ clean, draft });
  return { document, clean, draft, judgement: judgeReview(draft, model), facts };
}
