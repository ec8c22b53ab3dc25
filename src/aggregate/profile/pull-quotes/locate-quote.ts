/**
 * Where a quote's words sit in its source sentence. A quote may be the whole sentence, one stretch of it, or
 * several stretches joined by ellipses; the honesty rules need each stretch's place and the words left out between
 * and around them.
 */

export interface QuoteContext {
  /** The quote as it would be printed; "…" or "..." marks words left out. */
  quote: string;
  /** The whole sentence the quote comes from. */
  sentence: string;
  /** The sentence after it in the review, if any. */
  next?: string;
}

export interface LocatedQuote extends QuoteContext {
  /** The quote's stretches, without ellipses. */
  parts: string[];
  /** Each stretch's offsets in the sentence; empty when the words are not found there. */
  spans: Array<{ start: number; end: number }>;
}

const ELLIPSIS = /\s*(?:\.\s?\.\s?\.|…)\s*/g;

export function locateQuote(context: QuoteContext): LocatedQuote {
  const parts = context.quote
    .split(ELLIPSIS)
    .map((p) => p.trim().replace(/^["“‘']+|["”’']+$/g, '').trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  const lower = context.sentence.toLowerCase();
  const spans: LocatedQuote['spans'] = [];
  let from = 0;
  for (const part of parts) {
    const needle = part.replace(/[.!?]+$/, '').toLowerCase();
    const at = lower.indexOf(needle, from);
    if (at < 0) return { ...context, parts, spans: [] };
    spans.push({ start: at, end: at + needle.length });
    from = at + needle.length;
  }
  return { ...context, parts, spans };
}

/** The sentence's words between the stretches of the quote (what an ellipsis hides). */
export function gapsBetween(located: LocatedQuote): string[] {
  const gaps: string[] = [];
  for (let i = 1; i < located.spans.length; i++) {
    const gap = located.sentence.slice(located.spans[i - 1]!.end, located.spans[i]!.start).trim();
    if (/[\p{L}]/u.test(gap)) gaps.push(gap);
  }
  return gaps;
}
