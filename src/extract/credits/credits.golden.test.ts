/**
 * Golden tests of the credits stage: the five real seed reviews (../shared/seeds) and the HTML pages with
 * JSON-LD written for these tests (test/fixtures/credits/pages), through the real clean and extract stages.
 * The expected files are regenerated with `npx tsx test/fixtures/credits/regenerate.ts`; a change in the rules
 * shows up as a diff. Beside the whole-file comparison, each seed's key facts are spelled out here, so a
 * regenerated file that lost one fails a test that says which.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/run-plaudit.ts';
import { describeWithShared, sharedPath } from '../../../test/shared-data.ts';
import { document, readCredits, type CreditsGolden, type FactSummary } from '../../../test/fixtures/credits/credit-fixtures.ts';

const fixtures = join(repoRoot, 'test', 'fixtures', 'credits');
const readJson = (path: string): CreditsGolden => JSON.parse(readFileSync(path, 'utf8')) as CreditsGolden;
const brief = (fact: FactSummary): string =>
  `${fact.kind}:${fact.value}${fact.character === undefined ? '' : ` as ${fact.character}`}`;

/** The facts each seed must state (as "kind:value[ as character]"), whatever else the golden file holds. */
const KEY_FACTS: Record<string, string[]> = {
  '000': [
    'cast:Elisabeth Moss as Becky Something',
    'director:Alex Ross Perry',
    'cast:Agyness Deyn as Mari',
    'cinematography:Sean Price Williams',
    'editing:Robert Greene',
    'music:Keegan DeWitt',
  ],
  '001': [
    'director:Alex Ross Perry',
    'writer:Alex Ross Perry',
    'cast:Elisabeth Moss',
    'cast:Cara Delevingne',
    'cast:Dan Stevens',
    'music:Keegan DeWitt',
    'cast:Elisabeth Moss as Becky Something',
    'cast:Agyness Deyn as Marielle',
    'cast:Gayle Rankin as Ali',
    'cinematography:Sean Price Williams',
    'referenced-film:Good Time',
  ],
  '002': [
    'distributor:Gunpowder & Sky',
    'cast:Elisabeth Moss as Becky Something',
    'cast:Dan Stevens',
    'cast:Agyness Deyn',
    'cast:Gayle Rankin',
    'cast:Eric Stoltz',
    'director:Alex Ross Perry',
    'availability:now playing in select theaters',
    'referenced-film:The Rose',
    'referenced-film:A Woman Under the Influence',
    'referenced-film:Leaving Las Vegas',
  ],
  '003': [
    'director:Alex Ross Perry',
    'writer:Alex Ross Perry',
    'cast:Elisabeth Moss',
    'cast:Elisabeth Moss as Becky',
    'cast:Agyness Deyn',
    'cast:Gayle Rankin',
    'cast:Eric Stoltz',
    'availability:now streaming on Amazon Prime',
    'referenced-film:Almost Famous',
    'referenced-film:This is Spinal Tap',
  ],
  '004': [
    'director:Alex Ross Perry',
    'writer:Alex Ross Perry',
    'cast:Elisabeth Moss as Becky',
    'producer:Elisabeth Moss',
    'cast:Dan Stevens',
    'cast:Agyness Deyn',
    'cast:Gayle Rankin',
    'cast:Virginia Madsen',
    'cast:Cara Delevingne',
    'distributor:Gunpowder and Sky',
    'runtime:135',
    'mpaa:R',
    'availability:playing at PFS at the Roxy',
    'referenced-film:Georgia',
  ],
};

/** People the seeds name who are not in the film: never credited with anything. */
const OUTSIDERS = [
  'Leslie Jamison', 'Jamison', 'Bryan Adams', 'Courtney Love', 'Jennifer Jason Leigh', 'Jack London', 'PJ Harvey',
  'Hunter Thompson', 'Bukowski', 'Becky', 'Mari', 'Her Smell',
];

describe('credits of the HTML pages written for the tests', () => {
  const dir = join(fixtures, 'pages');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.html')).sort()) {
    it(`${file} gives its golden facts`, () => {
      const golden = readCredits(document(file, readFileSync(join(dir, file), 'utf8'), 'html'), { hashEvidence: false });
      expect(golden).toEqual(readJson(join(dir, file.replace(/\.html$/, '.expected.json'))));
    });
  }

  it('takes JSON-LD over the prose, and the character from a PerformanceRole', () => {
    const page = readJson(join(dir, 'review-with-movie.expected.json'));
    expect(page.facts.find((fact) => fact.kind === 'director')).toMatchObject({ value: 'Ada Quill', source: 'json-ld' });
    expect(page.facts).toContainEqual(expect.objectContaining({ value: 'Tom Harrow', character: 'Elias Varga', source: 'json-ld' }));
    expect(page.facts.filter((fact) => fact.kind === 'runtime')).toEqual([
      expect.objectContaining({ value: '92', source: 'json-ld' }),
    ]);
  });
});

describeWithShared(['seeds'], 'credits of the five Her Smell seeds', () => {
  const dir = sharedPath('seeds');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const seed = file.slice(0, 3);
    describe(file, () => {
      const golden = readCredits(document(`seeds/${file}`, readFileSync(join(dir, file), 'utf8'), 'text'), { hashEvidence: true });

      it('matches its golden file', () => {
        expect(golden).toEqual(readJson(join(fixtures, file.replace(/\.txt$/, ''), 'expected.json')));
      });

      it('states its key facts', () => {
        const found = golden.facts.map(brief);
        for (const fact of KEY_FACTS[seed] ?? []) expect(found, fact).toContain(fact);
      });

      it('credits no one outside the film, and no character as a person', () => {
        const people = golden.facts.filter((fact) => fact.kind !== 'referenced-film').map((fact) => fact.value);
        for (const name of OUTSIDERS) expect(people, name).not.toContain(name);
      });
    });
  }
});
