/**
 * The score distribution: reviews per ten-point bin as bars, coloured by band (negative, mixed, positive), with
 * the count over each bar. Text labels carry the meaning; colour only repeats it.
 */
import { html, type SafeHtml } from '../views/html.ts';
import { n } from './geometry.ts';

const WIDTH = 320;
const HEIGHT = 150;
const BOTTOM = 124;
const TOP = 18;

function binBand(bin: number): 'negative' | 'mixed' | 'positive' {
  if (bin >= 6) return 'positive';
  if (bin >= 4) return 'mixed';
  return 'negative';
}

/** Counts of scores 0-9, 10-19, ..., 90-100 (100 joins the last bin). */
export function scoreBins(scores: readonly number[]): number[] {
  const bins = new Array<number>(10).fill(0);
  for (const score of scores) bins[Math.min(9, Math.max(0, Math.floor(score / 10)))]! += 1;
  return bins;
}

export function distributionChart(bins: readonly number[]): SafeHtml {
  const max = Math.max(1, ...bins);
  const step = WIDTH / bins.length;
  const total = bins.reduce((a, b) => a + b, 0);
  const label = `Score distribution of ${total} reviews: ${bins.map((count, i) => `${i * 10}-${i === 9 ? 100 : i * 10 + 9}: ${count}`).join(', ')}`;
  const bars = bins.map((count, i) => {
    const h = ((BOTTOM - TOP) * count) / max;
    const x = i * step + 3;
    return html`<rect class="bar bar--${binBand(i)}" x="${n(x)}" y="${n(BOTTOM - h)}" width="${n(step - 6)}" height="${n(Math.max(h, count > 0 ? 2 : 0))}" rx="3"></rect>
    ${count > 0 ? html`<text class="chart-value" x="${n(x + (step - 6) / 2)}" y="${n(BOTTOM - h - 5)}" text-anchor="middle">${count}</text>` : null}`;
  });
  const ticks = [0, 50, 100].map((tick) => {
    const x = (tick / 100) * WIDTH;
    const anchor = tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle';
    return html`<text class="chart-axis" x="${n(x)}" y="${HEIGHT - 8}" text-anchor="${anchor}">${tick}</text>`;
  });
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label}">
  <title>${label}</title>
  <line class="chart-baseline" x1="0" x2="${WIDTH}" y1="${BOTTOM + 0.5}" y2="${BOTTOM + 0.5}"></line>
  ${bars}${ticks}
</svg>`;
}
