/**
 * The embeddable score badge: "plaudit | 86% positive". A standalone SVG (it is fetched as an image on other
 * sites), so colours are presentation attributes, not our stylesheet; the film title is escaped like any text,
 * and rid of the characters XML forbids (xml-text.ts), so any title gives a valid SVG.
 */
import { html, type SafeHtml } from '../views/html.ts';
import { scoreBand } from '../views/format.ts';
import { xmlText } from './xml-text.ts';

const COLOURS = { positive: '#1f7a4d', mixed: '#a86b00', negative: '#b3261e', none: '#6b6560' } as const;

/** Verdana at 11px averages about 6.6px a character; good enough for a badge's width. */
function textWidth(text: string): number {
  return Math.round(text.length * 6.6 + 12);
}

export function scoreBadge(input: { title: string; percentPositive: number | null; reviewCount: number }): SafeHtml {
  const left = 'plaudit';
  const reviews = input.reviewCount === 1 ? '1 review' : `${input.reviewCount} reviews`;
  const right = input.percentPositive === null ? reviews : `${input.percentPositive}% positive`;
  const colour = input.percentPositive === null ? COLOURS.none : COLOURS[scoreBand(input.percentPositive)];
  const lw = textWidth(left);
  const rw = textWidth(right);
  const label = xmlText(`${input.title}: ${right} on Plaudit`);
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${lw + rw}" height="20" role="img" aria-label="${label}">
  <title>${label}</title>
  <rect width="${lw}" height="20" rx="3" fill="#24201c"></rect>
  <rect x="${lw}" width="${rw}" height="20" rx="3" fill="${colour}"></rect>
  <rect x="${lw}" width="4" height="20" fill="${colour}"></rect>
  <g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
    <text x="${lw / 2}" y="14">${left}</text>
    <text x="${lw + rw / 2}" y="14">${right}</text>
  </g>
</svg>`;
}
