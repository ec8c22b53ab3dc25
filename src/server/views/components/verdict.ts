/** Verdict and score marks. Colour is never alone: each carries a word or a number and an icon. */
import { html, type SafeHtml } from '../html.ts';
import { scoreBand } from '../format.ts';
import { shownPercent } from '../../../aggregate/expected-positive.ts';

export function verdictChip(verdict: 'positive' | 'negative'): SafeHtml {
  return verdict === 'positive'
    ? html`<span class="verdict verdict--positive"><span class="verdict-icon" aria-hidden="true">▲</span>Positive</span>`
    : html`<span class="verdict verdict--negative"><span class="verdict-icon" aria-hidden="true">▼</span>Negative</span>`;
}

/** A film's percent positive in a coloured disc, or its review count when there are too few for a score. */
export function percentDisc(film: { reviewCount: number; expectedPositive: number }, minReviews: number): SafeHtml {
  if (film.reviewCount < minReviews) {
    return html`<span class="pct pct--none" title="Too few reviews for a score">${film.reviewCount}</span>`;
  }
  const percent = shownPercent(film) ?? 0;
  return html`<span class="pct pct--${scoreBand(percent)}">${percent}%</span>`;
}
