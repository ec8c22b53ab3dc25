/**
 * One review: score, verdict in words, outlet and critic (linked to their pages), the rating as the critic wrote
 * it, the date, an excerpt with the full stored text behind a <details> (no script needed), and the original.
 */
import type { WebReview } from '../../../store/web-port.ts';
import { filmPath, namePath } from '../../paths.ts';
import { safeExternalUrl } from '../../external-url.ts';
import { html, type SafeHtml } from '../html.ts';
import { excerpt, formatDate, scoreBand } from '../format.ts';
import { verdictChip } from './verdict.ts';
import { ENGLISH, languageName, notJudgedReason, UNDETERMINED } from '../../../domain/language.ts';

export interface ReviewCardOptions {
  /** On critic and outlet pages: the film the review is of, to link to. */
  film?: { id: number; title: string; linkTitle: string | null };
  /** A signed-in editor's tools for this review (views/film/film-editor.ts), shown under it. */
  editTools?: SafeHtml;
}

/**
 * Says when an editor set the verdict or score, for every reader: the figures are not all the model's. Editors also
 * see the note and whether the text changed after the correction (a new version came in), which asks for a look.
 */
function correctionMark(review: WebReview, forEditor: boolean): SafeHtml | null {
  const correction = review.correction;
  if (correction === null || correction === undefined || (correction.verdict === undefined && correction.score === undefined)) return null;
  const what = correction.verdict !== undefined && correction.score !== undefined ? 'Verdict and score' : correction.verdict !== undefined ? 'Verdict' : 'Score';
  return html`<span class="corrected" data-testid="corrected">${what} set by an editor</span>${
    forEditor && correction.note !== '' ? html`<span class="muted small">(${correction.note})</span>` : null
  }${forEditor && correction.textChangedSince ? html`<span class="text-changed">Text changed since the correction</span>` : null}`;
}

const EXCERPT_CHARS = 320;

function who(review: WebReview): SafeHtml {
  const outlet = review.outlet
    ? review.outletId !== null
      ? html`<a class="review-outlet" href="${namePath('outlet', review.outletId, review.outlet)}">${review.outlet}</a>`
      : html`<span class="review-outlet">${review.outlet}</span>`
    : html`<span class="review-outlet muted">Outlet not stated</span>`;
  const critic = review.critic
    ? review.criticId !== null
      ? html`<a class="review-critic" href="${namePath('critic', review.criticId, review.critic)}">${review.critic}</a>`
      : html`<span class="review-critic">${review.critic}</span>`
    : html`<span class="muted">Critic not stated</span>`;
  return html`${outlet}<span aria-hidden="true" class="muted">·</span>${critic}`;
}

/** Says so when the verdict and score come from reading the text beside the film's other text-judged reviews. */
function readInContext(review: WebReview): SafeHtml | null {
  const context = review.readInContext;
  if (context === null) return null;
  const alone = `${context.alone.verdict}, ${Math.round(context.alone.score)}`;
  return html`<a class="muted" href="/methodology#reviews-judged-by-their-text" data-testid="read-in-context" title="Its text alone read ${alone}">Read beside ${context.reviews - 1} other reviews (alone: ${alone})</a>`;
}

function fullText(text: string): SafeHtml | null {
  if (text.replace(/\s+/g, ' ').trim().length <= EXCERPT_CHARS) return null;
  const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p !== '');
  return html`<details><summary>Read the full review as stored</summary><div class="full-text">${paragraphs.map((p) => html`<p>${p}</p>`)}</div></details>`;
}

/** Any language but English is named on the card, with what it meant for the verdict. */
function languageMark(review: WebReview): SafeHtml | null {
  const code = review.language;
  if (code === null || code === ENGLISH) return null;
  if (code === UNDETERMINED) {
    return html`<span class="muted" data-testid="review-language" title="Too short or too mixed to tell; its text was read as English">Language undetermined</span>`;
  }
  const name = languageName(code);
  if (review.verdictSource === 'none') {
    return html`<span data-testid="review-language" title="${notJudgedReason(code)}">In ${name}: not judged, not counted</span>`;
  }
  return html`<span class="muted" data-testid="review-language" title="The text model reads English only">In ${name}: judged by its ${review.verdictSource} alone</span>`;
}

export function reviewCard(review: WebReview, options: ReviewCardOptions = {}): SafeHtml {
  if (review.verdictSource === 'none') return notJudgedCard(review, options);
  const score = Math.round(review.score);
  const band = scoreBand(score);
  const original = safeExternalUrl(review.url);
  const date = formatDate(review.publishedAt);
  const film = options.film;
  return html`<li class="review" id="review-${review.id}">
  <div class="review-score review-score--${band}" title="Score ${score} of 100"><span class="visually-hidden">Score </span>${score}</div>
  <div class="review-head">
    ${film ? html`<a href="${filmPath({ id: film.id, title: film.linkTitle })}"><strong>${film.title}</strong></a><span aria-hidden="true" class="muted">·</span>` : null}
    ${who(review)}
  </div>
  <div class="review-meta">
    ${verdictChip(review.verdict)}
    ${review.ratingRaw ? html`<span>Critic's rating <span class="rating">${review.ratingRaw}</span></span>` : html`<span>No rating given</span>`}
    ${date ? html`<time datetime="${review.publishedAt}">${date}</time>` : null}
    ${review.topCritic ? html`<span class="top-critic">Top critic</span>` : null}
    ${correctionMark(review, options.editTools !== undefined)}
    ${readInContext(review)}
    ${languageMark(review)}
    ${review.duplicateOf !== null ? html`<a class="muted" href="#review-${review.duplicateOf}" title="The same review published again elsewhere: shown, counted once">Syndicated copy, counted once</a>` : null}
    ${original ? html`<a href="${original}" rel="nofollow noopener noreferrer external">Original review ↗</a>` : null}
  </div>
  <div>
    ${review.text ? html`<p class="review-text">${excerpt(review.text, EXCERPT_CHARS)}</p>` : html`<p class="review-text muted">No review text; verdict from the ${review.verdictSource}.</p>`}
    ${fullText(review.text)}
  </div>
  ${options.editTools ?? null}
</li>`;
}

/** A review nothing judged: no score box or verdict chip, since its verdict and score columns are placeholders. */
function notJudgedCard(review: WebReview, options: ReviewCardOptions): SafeHtml {
  const original = safeExternalUrl(review.url);
  const date = formatDate(review.publishedAt);
  const film = options.film;
  return html`<li class="review" id="review-${review.id}" data-testid="not-judged-review">
  <div class="review-score" title="Not judged"><span class="visually-hidden">Not judged</span>–</div>
  <div class="review-head">
    ${film ? html`<a href="${filmPath({ id: film.id, title: film.linkTitle })}"><strong>${film.title}</strong></a><span aria-hidden="true" class="muted">·</span>` : null}
    ${who(review)}
  </div>
  <div class="review-meta">
    ${languageMark(review)}
    ${date ? html`<time datetime="${review.publishedAt}">${date}</time>` : null}
    ${original ? html`<a href="${original}" rel="nofollow noopener noreferrer external">Original review ↗</a>` : null}
  </div>
  <div>
    <p class="review-text">${excerpt(review.text, EXCERPT_CHARS)}</p>
    ${fullText(review.text)}
  </div>
  ${options.editTools ?? null}
</li>`;
}
