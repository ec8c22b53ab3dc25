/** Flattened page text (or plain text) -> the review's paragraphs, with boilerplate dropped and explained. */
import type { CleanDocument } from '../domain/document.ts';
import { cleanLines } from './clean-lines.ts';
import { CLEAN_VERSION } from './clean-version.ts';
import { splitLines } from './split-lines.ts';

export interface CleanTextOptions {
  /** A film title forced by the user: a line repeating it is a caption, not review text. */
  filmHint?: string;
}

/**
 * @example
 * cleanText('Her Smell Review\n\nMoss is ferocious.\n\nComments are closed.').paragraphs
 * // ['Moss is ferocious.']
 */
export function cleanText(text: string, options: CleanTextOptions = {}): CleanDocument {
  const cleaned = cleanLines(splitLines(text), { filmTitle: options.filmHint });
  return { ...cleaned, meta: {}, version: CLEAN_VERSION };
}
