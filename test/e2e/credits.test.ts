/**
 * Merged credits and duplicates end to end: the five Her Smell seeds plus a syndicated copy of one of them (its
 * own boilerplate line, another outlet in the signature, a word changed), through the real CLI into a real
 * database; then `film "Her Smell" --credits` as JSON and text, `films`, and `export`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MergedCredit, MergedCredits } from '../../src/domain/credits.ts';
import type { StoredReview } from '../../src/domain/film.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { describeWithShared, sharedPath } from '../shared-data.ts';

interface FilmJson {
  profile: { reviewCount: number };
  credits: MergedCredits;
  reviews: StoredReview[];
}

const SEED = '001_af863cd08ee29bcf.txt';
const NOT_IN_THE_FILM = ['Leslie Jamison', 'Bryan Adams', 'Courtney Love', 'Jennifer Jason Leigh', 'Jack London', 'PJ Harvey'];

function syndicatedCopy(original: string): string {
  const edited = original
    .replace('-Emily Yoshida, New York Magazine', '-Emily Yoshida, Vulture')
    .replace('teeth-grindingly effective', 'teeth-grindingly powerful');
  if (edited === original) throw new Error(`${SEED} changed: the syndicated copy needs new edits`);
  return `This review originally ran in New York Magazine.\n\n${edited}`;
}

describeWithShared(['seeds'], 'credits and duplicates through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-credits-'));
  const db = testDatabase(dir);
  const copy = join(dir, 'vulture-copy.txt');
  let film: FilmJson;
  const credits = (kind: MergedCredit['kind']) => film.credits.credits.filter((credit) => credit.kind === kind);

  beforeAll(async () => {
    writeFileSync(copy, syndicatedCopy(readFileSync(sharedPath('seeds', SEED), 'utf8')));
    const report = await runPlauditJson<{ totals: Record<string, number> }>(['--db', db, 'ingest', sharedPath('seeds'), copy, '--json']);
    expect(report.totals).toMatchObject({ documents: 6, added: 6, failed: 0 });
    film = await runPlauditJson<FilmJson>(['--db', db, 'film', 'Her Smell', '--credits', '--json']);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropTestDatabases();
  });

  it('lists the syndicated copy as a duplicate of the original and counts the film five reviews', async () => {
    const original = film.reviews.find((review) => review.sourceName.endsWith(SEED));
    const duplicate = film.reviews.find((review) => review.sourceName.endsWith('vulture-copy.txt'));
    expect(duplicate?.duplicateOf).toBe(original?.id);
    expect(film.reviews.filter((review) => review.duplicateOf === null)).toHaveLength(5);
    expect(film.profile.reviewCount).toBe(5);
    const films = await runPlauditJson<{ title: string; reviewCount: number }[]>(['--db', db, 'films', '--json']);
    expect(films).toEqual([expect.objectContaining({ title: 'Her Smell', reviewCount: 5 })]);
  });

  it('gives the merged credits of the acceptance, with support from five reviews at most', () => {
    expect(film.credits.reviewCount).toBe(5);
    expect(credits('director')[0]).toMatchObject({ value: 'Alex Ross Perry', support: 5 });
    expect(credits('writer')[0]).toMatchObject({ value: 'Alex Ross Perry' });
    const cast = new Map(credits('cast').map((credit) => [credit.value, credit]));
    expect(cast.get('Elisabeth Moss')?.characters[0]?.name).toBe('Becky Something');
    expect(cast.get('Agyness Deyn')?.characters[0]?.name).toBe('Marielle');
    expect(cast.get('Gayle Rankin')?.characters[0]?.name).toBe('Ali');
    for (const name of NOT_IN_THE_FILM) expect(cast.has(name), name).toBe(false);
    expect(credits('cinematography')[0]?.value).toBe('Sean Price Williams');
    expect(credits('music')[0]?.value).toBe('Keegan DeWitt');
    expect(credits('runtime')[0]?.value).toBe('135');
    expect(credits('mpaa')[0]?.value).toBe('R');
    expect(credits('distributor')[0]?.value).toBe('Gunpowder & Sky');
  });

  it('keeps the evidence of each credit: the review, its critic and outlet, and the sentence', () => {
    const director = credits('director')[0];
    const yoshida = director?.evidence.find((evidence) => evidence.critic === 'Emily Yoshida');
    expect(yoshida).toMatchObject({ outlet: 'New York Magazine', source: 'info-box', sentence: 'Director: Alex Ross Perry' });
    expect(director?.evidence.every((evidence) => film.reviews.some((review) => review.id === evidence.reviewId))).toBe(true);
    expect(credits('runtime')[0]?.evidence[0]?.sentence).toBe('Running time: 2 hours, 15 mins.');
  });

  it('prints the credits with their support, and marks the duplicate, in text form', async () => {
    const result = await runPlaudit(['--db', db, 'film', 'Her Smell', '--credits']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}Director +Alex Ross Perry {2}\(5 reviews · info box\)$/m);
    expect(result.stdout).toMatch(/^ {2}Cast +Elisabeth Moss as Becky Something \(also "Becky"\) {2}\(5 reviews/m);
    expect(result.stdout).toMatch(/^ {2}Runtime +135 minutes/m);
    expect(result.stdout).toMatch(/DUPLICATE of review \d+/);
    const plain = await runPlaudit(['--db', db, 'film', 'Her Smell']);
    expect(plain.stdout).not.toContain('Credits, from');
  });

  it('exports each film with its credits and their evidence', async () => {
    const exported = JSON.parse((await runPlaudit(['--db', db, 'export', '--format', 'json'])).stdout) as {
      films: { profile: { reviewCount: number }; credits: MergedCredits }[];
    };
    expect(exported.films).toHaveLength(1);
    expect(exported.films[0]?.profile.reviewCount).toBe(5);
    expect(exported.films[0]?.credits.credits[0]).toMatchObject({ kind: 'director', value: 'Alex Ross Perry' });
    expect(exported.films[0]?.credits.credits[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('exports CSV rows that say each review was read beside the other four, and what its text said alone', async () => {
    const csv = (await runPlaudit(['--db', db, 'export', '--format', 'csv'])).stdout;
    const header = csv.split('\n')[0]!.split(',');
    expect(header.slice(-4)).toEqual(['read_in_context_of', 'alone_verdict', 'alone_probability', 'alone_score']);
    // The last four fields of each row: 5, the verdict alone, its probability (in full, to read back) and score.
    expect(csv.match(/,5,(positive|negative),(0|1|0\.\d+|\d(\.\d+)?e-\d+),\d+(\.\d+)?\n/g)).toHaveLength(5);
  });
});
