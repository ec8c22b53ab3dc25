/** The unit every clean rule works on: one candidate paragraph and where it came from. */
import type { DropReason } from '../domain/document.ts';

/**
 * What the source said a line is. Text sources only give 'text'; HTML tells headings (h1-h6) and figure
 * captions apart, which the rules use instead of guessing.
 */
export type LineKind = 'text' | 'heading' | 'caption';

export interface Line {
  text: string;
  /**
   * Lines that shared a block (no blank line between them in text) have the same number; a headline stack and its
   * standfirst usually do, the review body usually does not.
   */
  block: number;
  kind: LineKind;
  /** HTML only: share of the line's characters that are link text (a menu or a related-articles list is all links). */
  linkShare?: number;
  /** HTML only: the line is (part of) a list item. */
  listItem?: boolean;
  /** HTML only: the line is in a review's rating or verdict box (review-boxes.ts), which the rules keep. */
  reviewBox?: 'rating' | 'verdict';
}

/** What the rules decided for one line: kept as review text, kept apart as a heading, or dropped with a reason. */
export type LineMark = 'keep' | 'heading' | DropReason;

/** Indexes of the lines still kept, in document order. */
export function keptIndexes(marks: readonly LineMark[]): number[] {
  const kept: number[] = [];
  marks.forEach((mark, index) => {
    if (mark === 'keep') kept.push(index);
  });
  return kept;
}
