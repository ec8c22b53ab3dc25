/**
 * The acceptance of merged credits on real reviews: the five seed reviews of Her Smell, through the real clean
 * and extract stages, merged into one film's credits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { MergedCredit, MergedCredits, ReviewFilmFact } from '../../domain/credits.ts';
import { document, readCreditFacts } from '../../../test/fixtures/credits/credit-fixtures.ts';
import { describeWithShared, sharedPath } from '../../../test/shared-data.ts';
import { mergeCredits } from './merge-credits.ts';

/** People the seeds name who are not in the film. */
const NOT_IN_HER_SMELL = [
  'Leslie Jamison', 'Bryan Adams', 'Courtney Love', 'Jennifer Jason Leigh', 'Jack London', 'PJ Harvey', 'Anika Pyle',
  'Hunter Thompson', 'Bukowski',
];

describeWithShared(['seeds'], 'merged credits of Her Smell from the five seeds', () => {
  let merged: MergedCredits;
  const named = (kind: MergedCredit['kind']) => merged.credits.filter((credit) => credit.kind === kind);
  const top = (kind: MergedCredit['kind']) => named(kind)[0];

  beforeAll(() => {
    const dir = sharedPath('seeds');
    const facts: ReviewFilmFact[] = readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .flatMap((file, index) =>
        readCreditFacts(document(file, readFileSync(join(dir, file), 'utf8'), 'text')).map((fact) => ({
          ...fact,
          reviewId: index + 1,
          critic: null,
          outlet: null,
        })),
      );
    merged = mergeCredits(facts);
  });

  it('gives Alex Ross Perry as director and writer, the director stated by every review', () => {
    expect(top('director')).toMatchObject({ value: 'Alex Ross Perry', support: 5 });
    expect(named('director')).toHaveLength(1);
    expect(top('writer')).toMatchObject({ value: 'Alex Ross Perry' });
    expect(top('writer')?.support).toBeGreaterThanOrEqual(3);
  });

  it('casts Moss as Becky Something, Deyn as Marielle and Rankin as Ali, with their other names merged', () => {
    const cast = new Map(named('cast').map((credit) => [credit.value, credit]));
    expect(cast.get('Elisabeth Moss')?.characters[0]).toMatchObject({ name: 'Becky Something', aliases: ['Becky'] });
    expect(cast.get('Agyness Deyn')?.characters[0]).toMatchObject({ name: 'Marielle', aliases: ['Mari'] });
    expect(cast.get('Gayle Rankin')?.characters[0]).toMatchObject({ name: 'Ali' });
    expect(cast.get('Elisabeth Moss')?.support).toBe(5);
    expect(named('cast')[0]?.value).toBe('Elisabeth Moss');
  });

  it('has the rest of the cast the seeds name, and no one outside the film', () => {
    const cast = named('cast').map((credit) => credit.value);
    for (const actor of ['Dan Stevens', 'Eric Stoltz', 'Virginia Madsen', 'Cara Delevingne']) expect(cast).toContain(actor);
    for (const outsider of NOT_IN_HER_SMELL) expect(cast).not.toContain(outsider);
    expect(cast.every((name) => name.includes(' '))).toBe(true);
    expect(cast).toHaveLength(7);
  });

  it('has the crew: Williams shot it, Greene edited it, DeWitt scored it, Moss produced it', () => {
    expect(top('cinematography')).toMatchObject({ value: 'Sean Price Williams', support: 2 });
    expect(top('editing')).toMatchObject({ value: 'Robert Greene' });
    expect(top('music')).toMatchObject({ value: 'Keegan DeWitt', support: 2 });
    expect(top('producer')).toMatchObject({ value: 'Elisabeth Moss' });
  });

  it('runs 135 minutes, is rated R, and is distributed by Gunpowder & Sky', () => {
    expect(named('runtime').map((credit) => credit.value)).toEqual(['135']);
    expect(named('mpaa').map((credit) => credit.value)).toEqual(['R']);
    expect(named('distributor')).toHaveLength(1);
    expect(top('distributor')).toMatchObject({ value: 'Gunpowder & Sky', aliases: ['Gunpowder and Sky'], support: 2 });
  });

  it('says where it plays and which other films the critics refer to', () => {
    expect(named('availability').map((credit) => credit.value).sort()).toEqual([
      'now playing in select theaters',
      'now streaming on Amazon Prime',
      'playing at PFS at the Roxy',
    ]);
    expect(named('referenced-film').map((credit) => credit.value).sort()).toEqual([
      'A Woman Under the Influence',
      'Almost Famous',
      'Georgia',
      'Good Time',
      'Leaving Las Vegas',
      'The Rose',
      'This is Spinal Tap',
    ]);
  });
});
