/** Text form of a film profile and its reviews, for `plaudit film`. */
import type { FilmProfile } from '../../aggregate/film-profile.ts';
import type { ReviewCorrection } from '../../domain/correction.ts';
import type { DroppedLine, Film, StoredReview } from '../../domain/film.ts';
import { positiveCountWords } from '../../aggregate/profile/figure-words.ts';
import { bandsLine, textReadingLine } from './scores-text.ts';
import { untitledFilmLabel } from '../../catalog/film-label.ts';
import { notJudgedLine } from '../../aggregate/profile/not-judged.ts';
import { ENGLISH, languageName, notJudgedReason, UNDETERMINED } from '../../domain/language.ts';

/** As the web pages name it (catalog/film-label.ts): an untitled film by its key, directors and year. */
export function filmLabel(film: Film, directors: readonly string[] = []): string {
  if (!film.title) return untitledFilmLabel(film, directors);
  return film.year ? `${film.title} (${film.year})` : film.title;
}

export function formatProfile(profile: FilmProfile): string {
  const lines = [filmLabel(profile.film)];
  const count = profile.reviewCount === 1 ? '1 review' : `${profile.reviewCount} reviews`;
  const notJudged = profile.notJudged ? [`  ${notJudgedLine(profile.notJudged)}`] : [];
  if (!profile.scores) {
    lines.push(`  ${count}. ${profile.note ?? ''}`.trimEnd(), ...notJudged);
    return lines.join('\n');
  }
  const s = profile.scores;
  const ci = `95% interval ${s.percentPositiveInterval.low.toFixed(0)}-${s.percentPositiveInterval.high.toFixed(0)}%`;
  lines.push(`  ${count} · ${s.percentPositive}% positive (${ci}) · average score ${s.averageScore}/100`);
  lines.push(`  ${positiveCountWords(profile)}`);
  lines.push(bandsLine(s.bands));
  const reading = textReadingLine(profile);
  if (reading) lines.push(`  ${reading}`);
  lines.push(...notJudged);
  return lines.join('\n');
}

export function formatReview(review: StoredReview, dropped?: readonly DroppedLine[]): string {
  const who = [review.outlet ?? 'unknown outlet', review.critic ?? 'unknown critic'].join(' · ');
  const rating = review.ratingRaw ? `rated ${review.ratingRaw}` : 'no explicit rating';
  const judged = review.verdictSource !== 'none';
  const verdict = !judged ? 'NOT JUDGED' : review.verdict === 'positive' ? 'POSITIVE' : 'NEGATIVE';
  const by = judged ? ` (verdict from ${review.verdictSource}, score from ${review.scoreSource})` : '';
  const score = judged ? ` ${String(review.score).padStart(3)}` : '';
  const lines = [`  ${verdict}${score}  ${who} · ${rating}${by}`];
  const language = languageLine(review);
  if (language) lines.push(`        ${language}`);
  const correction = review.correction;
  if (correction !== null) lines.push(`        ${correctionLine(review.id, correction)}`);
  const context = review.readInContext;
  if (context !== null) {
    lines.push(`        read beside ${context.reviews - 1} other reviews of the film (its text alone: ${context.alone.verdict}, ${Math.round(context.alone.score)})`);
  }
  if (review.duplicateOf !== null) {
    lines.push(`        DUPLICATE of review ${review.duplicateOf} (nearly the same text, syndicated): not counted`);
  }
  if (review.publishedAt) lines.push(`        published ${review.publishedAt}`);
  if (review.firstSentence) lines.push(`        “${truncate(review.firstSentence, 200)}”`);
  lines.push(`        ${review.sourceName}`);
  if (dropped && dropped.length > 0) {
    lines.push(`        dropped ${dropped.length} line(s):`);
    for (const line of dropped) lines.push(`          [${line.reason}] ${truncate(line.text, 100)}`);
  }
  return lines.join('\n');
}

/** Said of every review not read as English text, so no other language passes for English unremarked. */
function languageLine(review: StoredReview): string | null {
  const code = review.language;
  if (code === null || code === ENGLISH) return null;
  if (code === UNDETERMINED) return 'language undetermined (too short or too mixed to tell): its text was read as English';
  const name = languageName(code);
  if (review.verdictSource === 'none') return `${notJudgedReason(code)} — not judged, not counted`;
  return `written in ${name}: judged by its ${review.verdictSource} alone (the text model reads English only)`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "verdict set by an editor: negative, score 20 (cli:ann, 2026-12-04: sarcasm)"; or removed, with why. */
function correctionLine(id: number, correction: ReviewCorrection): string {
  const set = [
    ...(correction.verdict === undefined ? [] : [correction.verdict]),
    ...(correction.score === undefined ? [] : [`score ${correction.score}`]),
  ];
  const who = `${correction.actor}, ${correction.at.slice(0, 10)}${correction.note ? `: ${correction.note}` : ''}`;
  const parts = [
    ...(set.length === 0 ? [] : [`verdict set by an editor: ${set.join(', ')} (${who})`]),
    ...(correction.removed ? [`REMOVED by an editor: ${correction.removedReason ?? ''} — not counted (review ${id})`] : []),
  ];
  const changed = correction.textChangedSince ? ' [text changed since the correction]' : '';
  return `${parts.join('; ')}${changed}`;
}
