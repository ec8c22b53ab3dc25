/** The top of a film page: title, credits line, consensus, and the score panel (dial and figures). */
import type { FilmData } from '../../film-data.ts';
import { emptyDial, scoreDial } from '../../svg/score-dial.ts';
import { html, type SafeHtml } from '../html.ts';
import { filmTitle, plural } from '../format.ts';

function byline(data: FilmData): SafeHtml | null {
  const directors = data.sections.credits.filter((credit) => credit.role.toLowerCase().startsWith('direct'));
  if (directors.length === 0) return null;
  return html`<p class="byline">Directed by ${directors.map((d, i) => html`${i > 0 ? ', ' : ''}${d.name}`)}</p>`;
}

function figures(data: FilmData): SafeHtml {
  const { profile } = data;
  const scores = profile.scores;
  if (scores === null) {
    return html`<div class="figures"><div><div class="figure-label">Reviews</div><div class="figure-value">${profile.reviewCount}</div>
      <div class="figure-note">${profile.note}</div></div></div>`;
  }
  const interval = scores.percentPositiveInterval;
  return html`<div class="figures">
  <div><div class="figure-label">Percent positive</div>
    <div class="figure-value" data-testid="percent-positive">${scores.percentPositive}%</div>
    <div class="figure-note">95% interval ${Math.round(interval.low)}–${Math.round(interval.high)}%</div></div>
  <div><div class="figure-label">Average score</div><div class="figure-value" data-testid="average-score">${scores.averageScore}<span class="muted small">/100</span></div></div>
  <div class="bands" aria-label="Reviews by score band">
    <span class="band band--positive">${scores.bands.positive} positive</span>
    <span class="band band--mixed">${scores.bands.mixed} mixed</span>
    <span class="band band--negative">${scores.bands.negative} negative</span>
  </div>
  <div class="figure-note">${plural(profile.reviewCount, 'review')}</div>
  ${textEstimate(data)}
</div>`;
}

/** When verdicts came from the text, the expected percent positive from the text's probabilities, with its interval. */
function textEstimate(data: FilmData): SafeHtml | null {
  const reading = data.profile.textReading;
  if (!reading) return null;
  const { estimate } = reading;
  const expected = html`expected ${Math.round(estimate.percent)}% positive (95% interval ${Math.round(estimate.low)}–${Math.round(estimate.high)}%)`;
  // Below five text-judged reviews nothing is pooled: the expectation only counts them by their probability.
  const changed = reading.verdictsChanged === 0 ? 'no verdict changed' : plural(reading.verdictsChanged, 'verdict') + ' changed';
  const summary = reading.pooled > 0 ? html`Read beside one another (${changed} by that): ${expected}.` : html`Counted by probability: ${expected}.`;
  return html`<div class="figure-note" data-testid="text-estimate">${plural(reading.textJudged, 'verdict')} from the text alone.
    ${summary} <a href="/methodology#reviews-judged-by-their-text">How</a></div>`;
}

export function filmHero(data: FilmData): SafeHtml {
  const { film, profile, sections } = data;
  const scores = profile.scores;
  const dial = scores ? scoreDial({ percentPositive: scores.percentPositive, interval: scores.percentPositiveInterval }) : emptyDial(profile.reviewCount);
  const badge = sections.badge?.earned ? html`<p><span class="award" title="${sections.badge.reason}">★ ${sections.badge.name}</span></p>` : null;
  return html`<section class="film-hero" aria-labelledby="film-title">
  <div>
    <h1 id="film-title">${filmTitle(film)}${film.year ? html` <span class="year">(${film.year})</span>` : null}</h1>
    ${byline(data)}
    ${badge}
    ${sections.consensus ? html`<p class="consensus" data-testid="consensus"><span class="consensus-label">Critics' consensus</span>${sections.consensus}</p>` : null}
  </div>
  <div class="score-panel" data-testid="score-panel">${dial}${figures(data)}</div>
</section>`;
}
