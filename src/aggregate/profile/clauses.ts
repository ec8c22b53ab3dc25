/**
 * Clauses of one sentence, with offsets. Critics hinge verdicts on clause boundaries ("wonderful performances, but
 * it fails"), so polarity read per clause is both what an aspect judgement needs (the clause that names the score,
 * not the whole sentence) and what the honesty check compares.
 */

export interface Clause {
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** The clause opens with a contrast ("but", "yet", "however"...) or is the main clause after a concession. */
  contrast: boolean;
}

export const CONTRAST_WORDS = ['but', 'yet', 'however', 'although', 'though', 'whereas', 'except', 'only'] as const;
const CONTRAST = new RegExp(`^(?:and\\s+)?(?:${CONTRAST_WORDS.join('|')})\\b`, 'i');

/**
 * Boundaries: semicolons and colons, dashes set off by spaces (or an em dash), and a comma or space before a
 * conjunction that opens a new clause. Commas alone are not boundaries: most separate list items.
 */
const BOUNDARY =
  /\s*[;:]\s+|\s+[–—-]\s+|\s*—\s*|\s*\.{3}\s*|\s*…\s*|,\s+(?=(?:and|but|yet|although|though|while|whereas|however|except|only to)\b)|\s+(?=(?:but|yet|whereas|while)\s)/gi;
/** A sentence that opens with a concession: the main clause follows the first comma. */
const CONCESSION = /^(?:although|though|even though|while|despite|for all|if)\b[^,]{3,}?,\s+/i;

export function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  const concession = CONCESSION.exec(sentence);
  // The concession ("Although the cast is superb,") is not a contrast; the clause after it is the verdict.
  const mainAfter = concession ? concession[0].length : -1;
  let start = 0;
  const push = (from: number, to: number): void => {
    const raw = sentence.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[,;:]$/, '');
    if (text === '') return;
    const contrast = from === mainAfter || (from !== 0 || mainAfter < 0 ? CONTRAST.test(text) : false);
    clauses.push({ text, start: from + lead, end: from + lead + text.length, contrast });
  };
  for (const m of sentence.matchAll(BOUNDARY)) {
    // ", and yet" matches twice; a lone conjunction is no clause, so it stays with what follows.
    if (m.index > start && /^(?:and|but|or|so)$/i.test(sentence.slice(start, m.index).trim())) continue;
    if (mainAfter > 0 && m.index >= mainAfter && start < mainAfter) {
      push(start, mainAfter);
      start = mainAfter;
    }
    push(start, m.index);
    start = m.index + m[0].length;
  }
  if (mainAfter > 0 && start < mainAfter) {
    push(start, mainAfter);
    start = mainAfter;
  }
  push(start, sentence.length);
  return clauses;
}

/** The clause that holds the character at `offset`. */
export function clauseAt(clauses: readonly Clause[], offset: number): Clause | undefined {
  return clauses.find((c) => offset >= c.start && offset < c.end) ?? clauses[clauses.length - 1];
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? []).length;
}
