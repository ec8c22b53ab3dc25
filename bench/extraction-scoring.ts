/**
 * The scoring scheme of trafilatura's evaluation (tests/eval_common.py in adbar/trafilatura, the one behind the
 * published 2026 table): per page, each `with` snippet found in the output is a true positive (else a false
 * negative), each `without` snippet found is a false positive (else a true negative); a page whose extractor threw
 * counts as a full miss. "Found" is a case-sensitive substring test after both sides are whitespace-normalised
 * with Python's `re.sub(r"\s+", " ", text).strip()`. Scores are computed over the summed counts of all pages.
 */

/** One page's annotation in evaldata.json. */
export interface EvalItem {
  file: string;
  with: string[];
  without: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

// Python 3's `\s` on str is every character for which str.isspace() holds. JavaScript's `\s` differs: it lacks
// U+001C-U+001F and U+0085 and adds U+FEFF, so the class is spelled out to compare text exactly as the published
// scores did.
const PYTHON_WHITESPACE = /[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const PYTHON_STRIP = /^[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/** `re.sub(r"\s+", " ", text).strip()`. */
export function normalizeForScoring(text: string): string {
  return text.replace(PYTHON_WHITESPACE, ' ').replace(PYTHON_STRIP, '');
}

/** Counts for one page; `result` null means the extractor threw (every snippet then counts as not found). */
export function countItem(item: EvalItem, result: string | null): Counts {
  let tp = 0;
  let fp = 0;
  if (result !== null) {
    const text = normalizeForScoring(result);
    tp = item.with.filter((snippet) => text.includes(normalizeForScoring(snippet))).length;
    fp = item.without.filter((snippet) => text.includes(normalizeForScoring(snippet))).length;
  }
  return { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
}

export function addCounts(total: Counts, counts: Counts): Counts {
  return { tp: total.tp + counts.tp, fp: total.fp + counts.fp, fn: total.fn + counts.fn, tn: total.tn + counts.tn };
}

export const NO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };

export interface Scores {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

/** Precision, recall, accuracy and F1 over summed counts; each 0 when its denominator is empty, as upstream. */
export function scoresOf(counts: Counts): Scores {
  const { tp, fp, fn, tn } = counts;
  const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    accuracy: ratio(tp + tn, tp + fp + fn + tn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}
