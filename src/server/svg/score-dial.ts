/**
 * The score dial: percent positive as a ring, the 95% interval as a thin outer arc, the number in the middle.
 * Colours come from the stylesheet by band class; the text says the same for readers who do not see colour.
 */
import { html, type SafeHtml } from '../views/html.ts';
import { scoreBand } from '../views/format.ts';
import { arcPath } from './geometry.ts';

export interface ScoreDialInput {
  percentPositive: number;
  interval: { low: number; high: number };
}

/**
 * @example
 * scoreDial({ percentPositive: 86, interval: { low: 70, high: 94 } })
 */
export function scoreDial(input: ScoreDialInput): SafeHtml {
  const band = scoreBand(input.percentPositive);
  const value = input.percentPositive / 100;
  // Not "of critics": for reviews judged from their text the figure is the expected share, not a head count.
  const label = `${input.percentPositive}% positive (95% interval ${Math.round(input.interval.low)} to ${Math.round(input.interval.high)}%)`;
  return html`<svg class="dial dial--${band}" viewBox="0 0 140 140" role="img" aria-label="${label}">
  <title>${label}</title>
  <circle class="dial-track" cx="70" cy="70" r="54" fill="none" stroke-width="12"></circle>
  ${value > 0 ? html`<path class="dial-value" d="${arcPath(70, 70, 54, 0, value)}" fill="none" stroke-width="12" stroke-linecap="round"></path>` : null}
  <path class="dial-interval" d="${arcPath(70, 70, 66, input.interval.low / 100, input.interval.high / 100)}" fill="none" stroke-width="3" stroke-linecap="round"></path>
  <text class="dial-number" x="70" y="76" text-anchor="middle">${input.percentPositive}<tspan class="dial-unit" dy="-14">%</tspan></text>
  <text class="dial-caption" x="70" y="96" text-anchor="middle">positive</text>
</svg>`;
}

/** The dial's place when there are too few reviews for a score. */
export function emptyDial(reviewCount: number): SafeHtml {
  const label = `Not enough reviews for a score yet (${reviewCount})`;
  return html`<svg class="dial dial--none" viewBox="0 0 140 140" role="img" aria-label="${label}">
  <title>${label}</title>
  <circle class="dial-track" cx="70" cy="70" r="54" fill="none" stroke-width="12" stroke-dasharray="4 6"></circle>
  <text class="dial-number dial-number--none" x="70" y="78" text-anchor="middle">–</text>
</svg>`;
}
