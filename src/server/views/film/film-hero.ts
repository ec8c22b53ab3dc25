/** The top of a film page: title, the film's facts, consensus, and the score panel (dial and figures). */
import type { FilmData } from '../../film-data.ts';
import { emptyDial, scoreDial } from '../../svg/score-dial.ts';
import { html, type SafeHtml } from '../html.ts';
import { excerpt, filmTitle } from '../format.ts';
import { filmFacts } from './film-facts.ts';
import { notJudgedLine } from '../../../aggregate/profile/not-judged.ts';
import { positiveCountWords, textReadingWords } from '../../../aggregate/profile/figure-words.ts';

/**
 * How many reviews scored in each band. Labelled with the score ranges, not "positive/mixed/negative": a review
 * scored 55 can still be a positive verdict, so band counts named like verdicts would seem to contradict the
 * percent positive above them.
 */
function bands(data: FilmData): SafeHtml | null {
  const scores = data.profile.scores;
  if (scores === null) return null;
  const { positive, mixed, negative } = scores.bands;
  return html`<div><div class="figure-label" id="score-bands-label">Reviews by score</div>
    <div class="bands" role="group" aria-labelledby="score-bands-label" data-testid="score-bands">
    <span class="band band--positive">${positive} scored 61–100</span>
    <span class="band band--mixed">${mixed} scored 40–60</span>
    <span class="band band--negative">${negative} scored 0–39</span>
  </div></div>`;
}

function figures(data: FilmData): SafeHtml {
  const { profile } = data;
  const scores = profile.scores;
  if (scores === null) {
    return html`<div class="figures"><div><div class="figure-label">Reviews</div><div class="figure-value">${profile.reviewCount}</div>
      <div class="figure-note">${profile.note}</div></div>${notJudged(data)}</div>`;
  }
  const interval = scores.percentPositiveInterval;
  return html`<div class="figures">
  <div><div class="figure-label">Percent positive</div>
    <div class="figure-value" data-testid="percent-positive">${scores.percentPositive}%</div>
    <div class="figure-note" data-testid="positive-count">${positiveCountWords(profile)} · 95% interval ${Math.round(interval.low)}–${Math.round(interval.high)}%</div></div>
  <div><div class="figure-label">Average score</div><div class="figure-value" data-testid="average-score">${scores.averageScore}<span class="muted small">/100</span></div></div>
  ${notJudged(data)}
  ${bands(data)}
  ${textEstimate(data)}
</div>`;
}

/** Reviews nothing judged (another language, no rating or label): how many, in which languages, and why. */
function notJudged(data: FilmData): SafeHtml | null {
  const section = data.profile.notJudged;
  if (!section) return null;
  return html`<div class="figure-note" data-testid="not-judged">${notJudgedLine(section)}.</div>`;
}

/** When verdicts came from the text: how many, and how they were read. */
function textEstimate(data: FilmData): SafeHtml | null {
  const reading = data.profile.textReading;
  if (!reading) return null;
  return html`<div class="figure-note" data-testid="text-estimate">${textReadingWords(reading)}.
    <a href="/methodology#reviews-judged-by-their-text">How</a></div>`;
}

/** Past this many characters a title is set smaller, so it takes a few lines rather than the whole screen. */
const LONG_TITLE_CHARS = 60;

/** The header gives the gist; a synopsis longer than a paragraph is cut at a word. */
const MAX_SYNOPSIS_CHARS = 600;

export function filmHero(data: FilmData): SafeHtml {
  const { film, profile, sections } = data;
  const title = filmTitle(film, data.catalog?.directors);
  const scores = profile.scores;
  const dial = scores ? scoreDial({ percentPositive: scores.percentPositive, interval: scores.percentPositiveInterval }) : emptyDial(profile.reviewCount);
  const badge = sections.badge?.earned ? html`<p><span class="award" title="${sections.badge.reason}">★ ${sections.badge.name}</span></p>` : null;
  return html`<section class="film-hero" aria-labelledby="film-title">
  <div class="film-hero-text">
    <h1 id="film-title" class="${title.length > LONG_TITLE_CHARS ? 'film-title film-title--long' : 'film-title'}">${title}${film.year && film.title ? html` <span class="year">(${film.year})</span>` : null}</h1>
    ${filmFacts(data.credits, data.catalog)}
    ${data.catalog?.synopsis ? html`<p class="synopsis" data-testid="synopsis">${excerpt(data.catalog.synopsis, MAX_SYNOPSIS_CHARS)}</p>` : null}
    ${badge}
    ${sections.consensus ? html`<p class="consensus" data-testid="consensus"><span class="consensus-label">Critics' consensus</span>${sections.consensus}</p>` : null}
  </div>
  <div class="score-panel" data-testid="score-panel">${dial}${figures(data)}</div>
</section>`;
}
