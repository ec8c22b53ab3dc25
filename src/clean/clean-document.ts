/**
 * The clean stage: a RawDocument -> the review's paragraphs without page boilerplate, the headings above them,
 * the dropped lines with their reasons, and page metadata. Pure: no I/O, no clock. Dispatches on the format.
 */
import type { CleanDocument, RawDocument } from '../domain/document.ts';
import { cleanHtml } from './clean-html.ts';
import { cleanRecord } from './clean-record.ts';
import { cleanText } from './clean-text.ts';
import { markdownToText } from './strip-markdown.ts';

export { CLEAN_VERSION } from './clean-version.ts';

/**
 * @example
 * const clean = cleanDocument(raw);
 * if (clean.paragraphs.length === 0) {
 *   // the pipeline reports "no review text"
 * }
 */
export function cleanDocument(doc: RawDocument): CleanDocument {
  const options = { filmHint: doc.filmHint };
  switch (doc.format) {
    case 'html':
      return cleanHtml(doc.content, options);
    case 'markdown':
      return cleanText(markdownToText(doc.content), options);
    case 'text':
      return cleanText(doc.content, options);
    case 'record':
      return cleanRecord(doc);
  }
}
