import { describe, expect, it } from 'vitest';
import { buildFilmProfile } from '../../aggregate/film-profile.ts';
import type { Film } from '../../domain/film.ts';
import { formatProfile } from './film-text.ts';
import { formatScores } from './scores-text.ts';

const film: Film = { id: 1, key: 'title:her smell:', title: 'Her Smell', year: null };
// Four positive verdicts, but only two score 61 or more: the bands and the verdicts disagree, as they do in real data.
const profile = buildFilmProfile(film, [
  { verdict: 'positive', score: 90 },
  { verdict: 'positive', score: 61 },
  { verdict: 'positive', score: 60 },
  { verdict: 'positive', score: 55 },
  { verdict: 'negative', score: 39 },
]);

describe('score bands in text', () => {
  it('plaudit film names the bands by their score ranges, beside the percent positive', () => {
    const text = formatProfile(profile);
    expect(text).toContain('80% positive');
    expect(text).toContain('  score bands: 2 at 61-100 · 2 at 40-60 · 1 at 0-39');
    expect(text).not.toMatch(/positive 2 · mixed/);
  });

  it('plaudit scores uses the same line', () => {
    const lines = formatScores(profile);
    expect(lines).toContain('  score bands: 2 at 61-100 · 2 at 40-60 · 1 at 0-39');
    expect(lines.join('\n')).not.toMatch(/\b(mixed|negative) \d/);
  });
});
