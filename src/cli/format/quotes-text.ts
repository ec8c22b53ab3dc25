/** Text form of pull quotes, for `plaudit quotes` and the profile: the quote, then who said it. */
import type { FlaggedQuote, PullQuote, PullQuotes } from '../../aggregate/profile/pull-quotes/pull-quotes.ts';
import { attribution, quoted } from './attribution.ts';
import { filmLabel } from './film-text.ts';
import type { Film } from '../../domain/film.ts';

export function formatQuoteLines(quotes: readonly PullQuote[]): string[] {
  if (quotes.length === 0) return ['  (none: no sentence reads as clear, quotable praise that passes the honesty check)'];
  return quotes.flatMap((q, i) => [`  ${String(i + 1).padStart(2)}. ${quoted(q.quote, 400)}`, `      — ${credit(q)}`]);
}

/** Who said it; a headline is credited as the review's own ("headline of The Pop Break's review, by Jo Critic"). */
export function credit(q: PullQuote): string {
  if (!q.fromHeadline) return attribution(q, q.reviewId);
  const owner = q.outlet ?? q.critic;
  if (!owner) return `headline of review ${q.reviewId}`;
  return `headline of ${owner}'s review${q.outlet && q.critic ? `, by ${q.critic}` : ''}`;
}

export function formatFlaggedLines(flagged: readonly FlaggedQuote[]): string[] {
  return flagged.flatMap((q) => [
    `  ✗ ${quoted(q.quote, 300)} — ${credit(q)}`,
    ...q.flags.map((f) => `      ${f.code}: ${f.message}`),
  ]);
}

export function formatQuotes(film: Film, quotes: PullQuotes, options: { limit: number; flagged: boolean }): string {
  const reviews = new Set(quotes.film.map((q) => q.reviewId)).size;
  const lines = [
    `Pull quotes for ${filmLabel(film)}: ${quotes.film.length} honest quote(s) from ${reviews} review(s), best first`,
    `(at most ${quotes.rules.maxWords} words, clearly positive, checked for context that turns them around; model ${quotes.model})`,
    '',
    ...formatQuoteLines(quotes.film.slice(0, options.limit)),
  ];
  if (options.flagged) {
    lines.push('', `Refused by the honesty check (${quotes.flagged.length}):`);
    lines.push(...(quotes.flagged.length > 0 ? formatFlaggedLines(quotes.flagged) : ['  (none)']));
  } else if (quotes.flagged.length > 0) {
    lines.push('', `${quotes.flagged.length} more candidate(s) were refused by the honesty check; --flagged shows them and why.`);
  }
  return lines.join('\n');
}
