/**
 * The acceptance test of the core: the five real seed reviews of Her Smell, through the real CLI into a real
 * database, come out as one film with five positive reviews, the right critics and outlets, and no boilerplate.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoredReview } from '../../src/domain/film.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { describeWithShared, sharedPath } from '../shared-data.ts';

interface FilmJson {
  profile: { reviewCount: number; positiveCount: number; film: { title: string } };
  reviews: (StoredReview & { dropped: { text: string; reason: string }[] })[];
}

/** Boilerplate that must never survive into stored review text. */
const BOILERPLATE = [
  /HomeMovies/,
  /Read also:/,
  /Photo Credit/,
  /is the TV editor at The Pop Break/,
  /Comments are closed/,
  /^Most Recent$/m,
  /^Stay Connected$/m,
  /Follow him on Twitter/,
  /Closed Captioning Available/,
  /^Her Smell$/m,
  /^Her Smell Trailer:?$/m,
];

describeWithShared(['seeds'], 'ingest of the five Her Smell seeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-seeds-'));
  const db = testDatabase(dir);
  let film: FilmJson;
  let firstIngest: { totals: Record<string, number> };

  beforeAll(async () => {
    firstIngest = await runPlauditJson(['--db', db, 'ingest', sharedPath('seeds'), '--json']);
    film = await runPlauditJson<FilmJson>(['--db', db, 'film', 'Her Smell', '--json']);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropTestDatabases();
  });

  it('stores one film with five reviews, all positive', async () => {
    expect(firstIngest.totals).toMatchObject({ documents: 5, added: 5, failed: 0 });
    const films = await runPlauditJson<{ title: string }[]>(['--db', db, 'films', '--json']);
    expect(films.map((f) => f.title)).toEqual(['Her Smell']);
    expect(film.profile).toMatchObject({ reviewCount: 5, positiveCount: 5 });
    expect(film.reviews.every((r) => r.verdict === 'positive')).toBe(true);
  });

  it('names the critic and outlet where the text does, and nothing where it does not', () => {
    const bySeed = new Map(film.reviews.map((r) => [r.sourceName.replace(/^.*\//, '').slice(0, 3), r]));
    expect(bySeed.get('001')).toMatchObject({ critic: 'Emily Yoshida', outlet: 'New York Magazine' });
    expect(bySeed.get('002')).toMatchObject({ critic: 'Matt Taylor', outlet: 'The Pop Break' });
    expect(bySeed.get('000')).toMatchObject({ critic: null, outlet: 'The Spool' });
    expect(bySeed.get('003')).toMatchObject({ critic: null, outlet: null });
    expect(bySeed.get('004')).toMatchObject({ critic: null, outlet: null });
  });

  it('keeps no boilerplate and no repeated paragraph in any stored review text', () => {
    for (const review of film.reviews) {
      for (const pattern of BOILERPLATE) expect(review.text, `${review.sourceName} ${pattern}`).not.toMatch(pattern);
      const paragraphs = review.text.split('\n\n').map((p) => p.trim());
      expect(new Set(paragraphs).size, review.sourceName).toBe(paragraphs.length);
    }
  });

  it('keeps the dropped lines with their reasons, for the user to see', () => {
    const popBreak = film.reviews.find((r) => r.critic === 'Matt Taylor')!;
    const reasons = new Set(popBreak.dropped.map((d) => d.reason));
    for (const reason of ['breadcrumb', 'photo-credit', 'author-bio', 'comments', 'site-navigation']) expect(reasons).toContain(reason);
  });

  it('changes nothing when the same ingest runs again: same counts, same ids', async () => {
    const again = await runPlauditJson<{ totals: Record<string, number> }>(['--db', db, 'ingest', sharedPath('seeds'), '--json']);
    expect(again.totals).toMatchObject({ documents: 5, added: 0, newVersions: 0, unchanged: 5, failed: 0 });
    const after = await runPlauditJson<FilmJson>(['--db', db, 'film', 'Her Smell', '--json']);
    expect(after.reviews.map((r) => [r.id, r.versionId])).toEqual(film.reviews.map((r) => [r.id, r.versionId]));
  });

  it('shows the profile and every review in text form', async () => {
    const result = await runPlaudit(['--db', db, 'film', 'Her Smell']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Her Smell\n {2}directed by Alex Ross Perry · 135 minutes · MPAA rating R\n {2}5 reviews · (?:9\d|100)% positive \(95% interval \d+-100%\)[^\n]*\n {2}5 of 5 verdicts positive; all were read from the text/);
    expect(result.stdout).toContain('New York Magazine · Emily Yoshida');
    expect(result.stdout.match(/POSITIVE/g)).toHaveLength(5);
  });
});
