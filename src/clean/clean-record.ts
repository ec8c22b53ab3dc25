/**
 * A row of a JSONL/CSV export -> paragraphs. Export text is the review itself (no page around it), so no
 * boilerplate rule runs; only line breaks, including the `<br />` some exports (IMDb's) use, split paragraphs.
 */
import type { CleanDocument, RawDocument } from '../domain/document.ts';
import { CLEAN_VERSION } from './clean-version.ts';
import { normalizeSpace } from './normalize-text.ts';

export function cleanRecord(doc: RawDocument): CleanDocument {
  const text = doc.record ? (doc.record.text ?? '') : doc.content;
  const paragraphs = text
    .replace(/<br\s*\/?>/gi, '\n')
    .split(/\r?\n/)
    .map(normalizeSpace)
    .filter((paragraph) => paragraph !== '');
  return { paragraphs, headings: [], dropped: [], meta: {}, version: CLEAN_VERSION };
}
