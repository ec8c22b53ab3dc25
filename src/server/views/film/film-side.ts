/** The film page's side column: charts, aspects, credits and the badge to embed. Each part hides when empty. */
import type { FilmData } from '../../film-data.ts';
import type { AspectView, CreditView } from '../../film-sections.ts';
import { badgePath } from '../../paths.ts';
import { distributionChart } from '../../svg/distribution-chart.ts';
import { timelineChart } from '../../svg/timeline-chart.ts';
import { attributionText } from '../attribution.ts';
import { html, type SafeHtml } from '../html.ts';
import { excerpt, plural } from '../format.ts';

function distribution(data: FilmData): SafeHtml | null {
  if (data.reviews.length === 0) return null;
  return html`<section class="card" aria-labelledby="dist-title"><h2 id="dist-title">Score distribution</h2>
  ${distributionChart(data.sections.histogram)}
  <div class="legend" aria-label="Score bands"><span><span class="swatch swatch--negative"></span>scores 0–39</span><span><span class="swatch swatch--mixed"></span>40–60</span><span><span class="swatch swatch--positive"></span>61–100</span></div>
</section>`;
}

function timeline(data: FilmData): SafeHtml | null {
  const chart = timelineChart(data.sections.timeline);
  if (chart === null) return null;
  return html`<section class="card" aria-labelledby="time-title"><h2 id="time-title">Over time</h2>${chart}
  <div class="legend"><span>● positive review</span><span>■ negative review</span><span>— running percent positive</span></div></section>`;
}

function aspectItem(aspect: AspectView): SafeHtml {
  const total = Math.max(1, aspect.positive + aspect.negative);
  const pos = Math.round((100 * aspect.positive) / total);
  return html`<li><div class="aspect-head"><strong>${aspect.name}</strong><span class="muted">${aspect.positive} praise · ${aspect.negative} criticism</span></div>
  <svg class="meter" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="${`${aspect.name}: ${aspect.positive} reviews praise it, ${aspect.negative} criticise it`}">
    <rect class="meter-pos" x="0" y="0" width="${pos}" height="8"></rect><rect class="meter-neg" x="${pos}" y="0" width="${100 - pos}" height="8"></rect></svg>
  ${aspect.example ? html`<p class="small muted">“${excerpt(aspect.example, 150)}”${aspect.exampleSource ? html` <span class="aspect-source">(${attributionText(aspect.exampleSource)})</span>` : null}</p>` : null}</li>`;
}

/** The most discussed crafts; the API has them all. */
const MAX_ASPECTS = 6;

function aspects(data: FilmData): SafeHtml | null {
  if (data.sections.aspects.length === 0) return null;
  return html`<section class="card" aria-labelledby="aspects-title"><h2 id="aspects-title">What critics discuss</h2>
  <ul class="aspects">${data.sections.aspects.slice(0, MAX_ASPECTS).map(aspectItem)}</ul></section>`;
}

/** One row per role, the names in the order of support. */
function creditRows(credits: readonly CreditView[]): SafeHtml[] {
  const roles = new Map<string, CreditView[]>();
  for (const credit of credits) roles.set(credit.role, [...(roles.get(credit.role) ?? []), credit]);
  return [...roles].map(
    ([role, names]) => html`<dt>${role}</dt><dd>${names.map(
      (credit, i) => html`${i > 0 ? html`<br>` : null}${credit.name}${credit.character ? html` <span class="muted">as ${credit.character}</span>` : null}
      <span class="support" title="${plural(credit.support, 'review')} name this">×${credit.support}</span>`,
    )}</dd>`,
  );
}

function credits(data: FilmData): SafeHtml | null {
  if (data.sections.credits.length === 0) return null;
  return html`<section class="card" aria-labelledby="credits-title" data-testid="credits"><h2 id="credits-title">Credits</h2>
  <p class="small muted">As the reviews name them; ×N is how many reviews say so.</p>
  <dl class="credits">${creditRows(data.sections.credits)}</dl></section>`;
}

export interface FilmSideOptions {
  /** The site's address (Config.publicUrl, else the request's origin): embed code runs on other sites, so it is absolute. */
  siteUrl: string;
}

function embed(data: FilmData, options: FilmSideOptions): SafeHtml {
  const src = badgePath(data.film);
  const absolute = `${options.siteUrl.replace(/\/+$/, '')}${src}`;
  return html`<section class="card embed" aria-labelledby="embed-title"><h2 id="embed-title">Embed the score</h2>
  <p><img src="${src}" alt="Plaudit score badge" height="20"></p>
  <code data-testid="embed-code">&lt;img src="${absolute}" alt="Plaudit score"&gt;</code></section>`;
}

export function filmSide(data: FilmData, options: FilmSideOptions): SafeHtml {
  return html`<aside class="film-side">${distribution(data)}${timeline(data)}${aspects(data)}${credits(data)}${embed(data, options)}</aside>`;
}
