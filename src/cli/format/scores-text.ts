/** Text form of a profile's score figures: headline, bands, histogram, weighted, top critics, divisiveness, badge, timeline. */
import { notJudgedLine } from '../../aggregate/profile/not-judged.ts';
import { positiveCountWords, textReadingWords } from '../../aggregate/profile/figure-words.ts';
import type { FilmProfile } from '../../aggregate/film-profile.ts';
import { BANDS, type ScoreSummary } from '../../aggregate/profile/scores.ts';
import type { Interval } from '../../aggregate/wilson-interval.ts';

const TIMELINE_POINTS = 8;

export function formatScores(profile: FilmProfile): string[] {
  const count = profile.reviewCount === 1 ? '1 review' : `${profile.reviewCount} reviews`;
  const s = profile.scores;
  // Right under the count, so the count is never read as all of the film's reviews.
  const notJudged = profile.notJudged ? [`  ${notJudgedLine(profile.notJudged)}`] : [];
  if (!s) return [`  ${count}. ${profile.note ?? ''}`.trimEnd(), ...notJudged, `  ${profile.badge.name}: ${profile.badge.reason}`];
  const lines = [
    `  ${count} · ${s.percentPositive}% positive (95% interval ${range(s.percentPositiveInterval, '%')}) · ` +
      `average score ${s.averageScore}/100 (95% interval ${range(s.averageScoreInterval)})`,
    `  ${positiveCountWords(profile)}`,
    ...notJudged,
    bandsLine(s.bands),
  ];
  const reading = textReadingLine(profile);
  if (reading) lines.push(`  ${reading}`);
  if (profile.histogram) lines.push(`  scores: ${histogramLine(profile.histogram.bins)}`);
  lines.push(`  ${weightedLine(profile)}`);
  lines.push(`  ${topCriticsLine(profile)}`);
  if (profile.divisiveness) {
    const d = profile.divisiveness;
    lines.push(`  divisiveness ${d.value}/100, ${d.label} (scores spread ${d.scoreSpread} points; verdict split ${d.verdictSplit}/100)`);
  }
  lines.push(`  ${profile.badge.name}: ${profile.badge.earned ? `earned, ${profile.badge.reason}` : profile.badge.reason.replace(/^Not earned: /, 'not earned, ')}`);
  lines.push(`  ${timelineLine(profile)}`);
  lines.push('  How each figure is computed: docs/methodology.md');
  return lines;
}

/**
 * "score bands: 81 at 61-100 · 66 at 40-60 · 16 at 0-39". Named by their ranges, not positive/mixed/negative, so
 * the line never seems to contradict the verdict count above it: a positive review can score 55.
 */
export function bandsLine(bands: ScoreSummary['bands']): string {
  const at = (count: number, [from, to]: readonly [number, number]) => `${count} at ${from}-${to}`;
  return `  score bands: ${at(bands.positive, BANDS.positive)} · ${at(bands.mixed, BANDS.mixed)} · ${at(bands.negative, BANDS.negative)}`;
}

/** How the verdicts read from the text were read, or null when none was. */
export function textReadingLine(profile: FilmProfile): string | null {
  return profile.textReading ? textReadingWords(profile.textReading) : null;
}

function range(interval: Interval, unit = ''): string {
  return `${interval.low.toFixed(0)}-${interval.high.toFixed(0)}${unit}`;
}

function histogramLine(bins: NonNullable<FilmProfile['histogram']>['bins']): string {
  return bins
    .filter((b) => b.count > 0)
    .map((b) => `${b.from}-${b.to} ${'█'.repeat(Math.min(20, b.count))}${b.count > 20 ? '…' : ''} ${b.count}`)
    .join(' · ');
}

function weightedLine(profile: FilmProfile): string {
  const w = profile.weighted;
  if (!w || !w.custom) return 'weights: equal (the default; set outlet and critic weights with --weights FILE or plaudit.config.json)';
  if (!w.scores) return `weighted: every review has weight 0 (${w.weightedReviews} weighted reviews)`;
  return (
    `weighted: ${w.scores.percentPositive}% positive (95% interval ${range(w.scores.percentPositiveInterval, '%')}) · ` +
    `average ${w.scores.averageScore} (${range(w.scores.averageScoreInterval)}) · ${w.scores.effectiveReviews} effective reviews`
  );
}

function topCriticsLine(profile: FilmProfile): string {
  const t = profile.topCritics;
  if (!t) return 'top critics: none marked in the data';
  if (!t.scores) return `top critics: ${t.reviewCount} (${t.positiveCount} positive). ${t.note ?? ''}`.trimEnd();
  return (
    `top critics: ${t.reviewCount} · ${t.scores.percentPositive}% positive (${range(t.scores.percentPositiveInterval, '%')}) · ` +
    `average ${t.scores.averageScore} (${range(t.scores.averageScoreInterval)})`
  );
}

function timelineLine(profile: FilmProfile): string {
  const t = profile.timeline;
  if (!t || t.dated === 0) return `timeline: no publication dates (${t?.undated ?? 0} undated reviews)`;
  if (t.points.length === 0) return `timeline: only ${t.dated} dated review(s); it starts at ${profile.minReviews}`;
  const step = Math.max(1, Math.ceil(t.points.length / TIMELINE_POINTS));
  const shown = t.points.filter((_, i) => i % step === 0 || i === t.points.length - 1);
  const undated = t.undated > 0 ? ` (${t.undated} undated)` : '';
  return `timeline: ${shown.map((p) => `${p.date} ${p.percentPositive}% (${p.reviews})`).join(' → ')}${undated}`;
}
