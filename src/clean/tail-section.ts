/**
 * The end of a page: the critic's signature, the author's bio (and the name printed above it), and a reader
 * comments section. Signature and bio are dropped but kept whole in `dropped`, where extraction reads the critic
 * and outlet. Only the last few kept lines are examined, so a sentence mid-review that looks like a bio survives.
 */
import type { Line, LineMark } from './lines.ts';
import { keptIndexes } from './lines.ts';
import { comparisonKey, wordCount } from './normalize-text.ts';

const SIGNATURE_WINDOW = 3;
const BIO_WINDOW = 5;

// A person's name: one to four capitalised words ("Matt Taylor", "A.O. Scott", "Mary-Jo O’Neil").
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|di|la|le)){0,3}`;
const SIGNATURE = new RegExp(
  String.raw`^[-–—―~]{1,2}\s*(${NAME})(?:\s*[,/|–—-]\s*([^.!?]{2,80}))?\s*$`,
  'u',
);
// A closing byline: "By Omar Castellanos for Northern Screen", "Reviewed by Ana Lima, The Film Desk".
const CLOSING_BYLINE = new RegExp(
  String.raw`^(?:(?:Reviewed|Review|Written)\s+)?[Bb]y\s+(${NAME})(?:\s*(?:,|\||\sfor\s)\s*([^.!?]{2,80}))?\s*$`,
  'u',
);
const BIO_START = new RegExp(
  String.raw`^(?:[Aa]bout the author:?\s*)?(${NAME})\s+(?:is|was|has been|has written|writes|covers|reviews|serves)\b`,
  'u',
);
// A job at an outlet: "the TV editor at The Pop Break", "a film critic for Variety".
const ROLE_AT_OUTLET =
  /\b(?:critic|editor|writer|contributor|journalist|reporter|columnist|blogger|correspondent|freelancer?|staffer)s?\b(?:\s+\S+){0,3}?\s+(?:at|for|of|with)\s+(?:the\s+)?\p{Lu}/u;
const WRITES_FOR = /\bwrites (?:about [\p{L}\s,]{1,40} )?for (?:the )?\p{Lu}/u;
// Things only a bio says: a social handle, where the writer is based, where their work has appeared.
const BIO_CUES =
  /\b(?:follow (?:him|her|them|me) (?:on|at)\b|twitter|instagram|bluesky|letterboxd|based in|(?:his|her|their) (?:work|writing) has appeared|contributing (?:writer|editor|critic) (?:at|for|to)|staff writer)\b|(?:^|\s)@\w{2,}/iu;

/**
 * Marks a closing signature ("-Emily Yoshida, New York Magazine", "By Omar Castellanos for Northern Screen") among
 * the last kept lines.
 */
export function markSignature(lines: readonly Line[], marks: LineMark[]): void {
  for (const index of keptIndexes(marks).slice(-SIGNATURE_WINDOW)) {
    const text = (lines[index] as Line).text;
    const match = SIGNATURE.exec(text) ?? CLOSING_BYLINE.exec(text);
    if (match && wordCount(match[2] ?? '') <= 8) marks[index] = 'signature';
  }
}

/** Marks an author bio among the last kept lines, with the name lines and "About the author" printed above it. */
export function markAuthorBio(lines: readonly Line[], marks: LineMark[]): void {
  const kept = keptIndexes(marks);
  const window = kept.slice(-BIO_WINDOW);
  for (const index of window) {
    const text = (lines[index] as Line).text;
    const name = bioSubject(text, precedingText(lines, kept, index));
    if (name === null) continue;
    marks[index] = 'author-bio';
    markNameLinesAbove(lines, marks, kept, index, name);
  }
}

/** The person a bio is about, or null when the text is not a bio. */
export function bioSubject(text: string, previous = ''): string | null {
  const match = BIO_START.exec(text);
  const name = match?.[1];
  if (!name) return null;
  const opening = text.split(/\s+/).slice(0, 30).join(' ');
  const nameAbove = comparisonKey(previous) === comparisonKey(name);
  return ROLE_AT_OUTLET.test(opening) || WRITES_FOR.test(opening) || BIO_CUES.test(text) || nameAbove ? name : null;
}

function precedingText(lines: readonly Line[], kept: readonly number[], index: number): string {
  const position = kept.indexOf(index);
  const previous = position > 0 ? kept[position - 1] : undefined;
  return previous === undefined ? '' : (lines[previous] as Line).text;
}

function markNameLinesAbove(
  lines: readonly Line[],
  marks: LineMark[],
  kept: readonly number[],
  bioIndex: number,
  name: string,
): void {
  const nameKey = comparisonKey(name);
  for (let position = kept.indexOf(bioIndex) - 1; position >= 0; position -= 1) {
    const index = kept[position] as number;
    if (marks[index] !== 'keep') break;
    const key = comparisonKey((lines[index] as Line).text);
    const isNameLine =
      key === nameKey ||
      key === `about ${nameKey}` ||
      key === `by ${nameKey}` ||
      key === `written by ${nameKey}` ||
      key === 'about the author' ||
      key === 'author';
    if (!isNameLine) break;
    marks[index] = 'author-bio';
  }
}

// Headers that open a reader comments section: "12 Comments", "3 thoughts on “Her Smell”", "Reader comments".
// Not a bare "Comment", which is also a column name in a table.
const COMMENTS_HEADER = /^(?:(?:\d+|one)\s+(?:comments?|responses?|replies|thoughts on\b.*)|(?:reader )?comments|leave a (?:comment|reply))\s*:?$/i;

/**
 * After a comments header in the second half of the page, whatever no other rule claimed is readers' comments.
 * The header itself is marked by the line rules already.
 */
export function markCommentsSection(lines: readonly Line[], marks: LineMark[]): void {
  const start = lines.findIndex((line, index) => index >= lines.length / 2 && COMMENTS_HEADER.test(line.text));
  if (start < 0) return;
  for (let index = start + 1; index < lines.length; index += 1) {
    if (marks[index] === 'keep') marks[index] = 'comments';
  }
}
