/**
 * Version of the clean stage's output. Bump it whenever a rule change can change paragraphs, headings or dropped
 * lines, so the pipeline knows which documents to clean again.
 */
export const CLEAN_VERSION = 'clean-2';
