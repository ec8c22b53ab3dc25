/**
 * Runs the boilerplate rules over candidate paragraphs, in an order where each rule sees what the earlier ones
 * left: furniture lines first (so they do not end the head zone), then the head (headline, info box), the comments
 * section and the tail (signature, bio), captions (which need the headings), and copies last (a copy of a dropped
 * line does not count). Shared by the text and HTML cleaners; lines from HTML also carry their link share and
 * list and review-box membership, which the HTML-only rules (link lines, trailing labels, emptied sections, review
 * boxes) read.
 */
import type { DroppedLine } from '../domain/document.ts';
import { markCaptions } from './captions.ts';
import { markHead } from './head-section.ts';
import { markEmptySections } from './empty-sections.ts';
import { classifyLine } from './line-rules.ts';
import type { Line, LineMark } from './lines.ts';
import { markLinkLines } from './link-lines.ts';
import { comparisonKey, hasLetters } from './normalize-text.ts';
import { markRepeats } from './repeated-paragraphs.ts';
import { markAuthorBio, markCommentsSection, markSignature } from './tail-section.ts';
import { markTrailingLabels } from './trailing-labels.ts';

export interface CleanHints {
  /** Headlines known from outside the text (HTML h1 and og:title): listed first in `headings`. */
  headlines?: readonly string[];
  /** A film title known from outside (the user's hint): matched like a headline, not listed. */
  filmTitle?: string;
}

export interface CleanedLines {
  paragraphs: string[];
  headings: string[];
  dropped: DroppedLine[];
}

export function cleanLines(lines: readonly Line[], hints: CleanHints = {}): CleanedLines {
  const headlines = hints.headlines ?? [];
  const titles = hints.filmTitle ? [...headlines, hints.filmTitle] : headlines;
  const marks: LineMark[] = lines.map((line) => classifyLine(line.text) ?? (line.kind === 'caption' ? 'caption' : 'keep'));
  const html = lines.some((line) => line.linkShare !== undefined);
  if (html) markLinkLines(lines, marks);
  markHead(lines, marks, titles);
  markCommentsSection(lines, marks);
  markSignature(lines, marks);
  markAuthorBio(lines, marks);
  if (html) {
    markTrailingLabels(lines, marks);
    markEmptySections(lines, marks);
  }
  const headings = lines.filter((_, index) => marks[index] === 'heading').map((line) => line.text);
  markCaptions(lines, marks, [...titles, ...headings]);
  markRepeats(lines, marks, [...headlines, ...headings]);
  if (html) keepReviewBoxes(lines, marks);
  return assemble(lines, marks, headlines);
}

/** A review's rating and verdict are the critic's words wherever the page put them; only a copy goes. */
function keepReviewBoxes(lines: readonly Line[], marks: LineMark[]): void {
  lines.forEach((line, index) => {
    const mark = marks[index];
    if (line.reviewBox === undefined || mark === 'keep' || mark === 'repeated-paragraph' || mark === 'repeated-pull-quote') return;
    if (mark === 'heading' && line.kind === 'heading') return;
    if (hasLetters(line.text) || /[★✭✮⭐\d]/.test(line.text)) marks[index] = 'keep';
  });
}

function assemble(lines: readonly Line[], marks: readonly LineMark[], headlines: readonly string[]): CleanedLines {
  const result: CleanedLines = { paragraphs: [], headings: [], dropped: [] };
  const headingKeys = new Set<string>();
  const addHeading = (text: string): void => {
    const key = comparisonKey(text);
    if (key === '' || headingKeys.has(key)) return;
    headingKeys.add(key);
    result.headings.push(text);
  };
  headlines.forEach(addHeading);
  lines.forEach((line, index) => {
    const mark = marks[index] ?? 'keep';
    if (mark === 'keep') result.paragraphs.push(line.text);
    else if (mark === 'heading') addHeading(line.text);
    else result.dropped.push({ text: line.text, reason: mark });
  });
  return result;
}
