/**
 * The timeline: each dated review as a dot at its date and score (shape and colour by verdict), and the running
 * percent positive as a line, so a film that critics warmed to, or cooled on, shows it.
 */
import { html, type SafeHtml } from '../views/html.ts';
import { formatDate } from '../views/format.ts';
import { n } from './geometry.ts';

export interface TimelinePoint {
  /** ISO date. */
  date: string;
  score: number;
  verdict: 'positive' | 'negative';
}

const WIDTH = 320;
const HEIGHT = 160;
const LEFT = 26;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 130;

function dayOf(iso: string): number {
  return Date.parse(iso.length === 7 ? `${iso}-01` : iso.slice(0, 10)) / 86_400_000;
}

export function timelineChart(points: readonly TimelinePoint[]): SafeHtml | null {
  const dated = points.filter((p) => Number.isFinite(dayOf(p.date))).sort((a, b) => dayOf(a.date) - dayOf(b.date));
  if (dated.length < 2) return null;
  const first = dayOf(dated[0]!.date);
  const last = dayOf(dated.at(-1)!.date);
  const span = Math.max(last - first, 1);
  const x = (day: number) => LEFT + ((WIDTH - LEFT - RIGHT) * (day - first)) / span;
  const y = (value: number) => BOTTOM - ((BOTTOM - TOP) * value) / 100;
  let positives = 0;
  const running = dated.map((p, i) => {
    if (p.verdict === 'positive') positives++;
    return `${n(x(dayOf(p.date)))},${n(y((100 * positives) / (i + 1)))}`;
  });
  const dots = dated.map((p) => {
    const cx = x(dayOf(p.date));
    const cy = y(p.score);
    return p.verdict === 'positive'
      ? html`<circle class="dot dot--positive" cx="${n(cx)}" cy="${n(cy)}" r="3.5"></circle>`
      : html`<rect class="dot dot--negative" x="${n(cx - 3)}" y="${n(cy - 3)}" width="6" height="6"></rect>`;
  });
  const label = `Timeline of ${dated.length} dated reviews from ${formatDate(dated[0]!.date)} to ${formatDate(dated.at(-1)!.date)}; the line is the running percent positive (now ${Math.round((100 * positives) / dated.length)}%).`;
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label}">
  <title>${label}</title>
  ${[0, 50, 100].map((v) => html`<line class="chart-grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${n(y(v))}" y2="${n(y(v))}"></line><text class="chart-axis" x="${LEFT - 5}" y="${n(y(v) + 4)}" text-anchor="end">${v}</text>`)}
  <polyline class="chart-line" points="${running.join(' ')}" fill="none"></polyline>
  ${dots}
  <text class="chart-axis" x="${LEFT}" y="${HEIGHT - 10}">${formatDate(dated[0]!.date)}</text>
  <text class="chart-axis" x="${WIDTH - RIGHT}" y="${HEIGHT - 10}" text-anchor="end">${formatDate(dated.at(-1)!.date)}</text>
</svg>`;
}
