/**
 * Every kind of page at a phone's, a tablet's, a laptop's and a wide screen's width, in real headless Chromium:
 * no two main blocks overlap, no paragraph or heading wraps in a sliver, and nothing scrolls sideways. One
 * database, filled by the real CLI from the Her Smell seeds and from generated reviews that stretch the film page
 * (a very long title with a long consensus, a film with one review and so no score or consensus, a film with
 * sixty-odd reviews, one whose verdicts all come from ratings and with a review in Spanish nothing judges), served by the real `plaudit serve`. A full-page
 * screenshot of each page at each width lands in test-artifacts/layout/ to be looked at.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot, runPlaudit, runPlauditJson } from '../../run-plaudit.ts';
import { dropTestDatabases, testDatabase, testsPostgres } from '../../test-database.ts';
import { describeWithShared, sharedPath } from '../../shared-data.ts';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from './chromium.ts';
import { layoutProblems } from './layout-checks.ts';
import { startLiveServer, type LiveServer } from './live-server.ts';

const ARTIFACTS = join(repoRoot, 'test-artifacts', ...(testsPostgres ? ['postgres'] : []), 'layout');
const WIDTHS = [390, 768, 1280, 1920];

// A title with a word no line can hold, so the page has to break it rather than scroll.
const LONG_TITLE =
  'The Extraordinarily Long and Winding Ballad of Everyone Who Ever Played in a Punk Band Called Supercalifragilisticexpialidociousness';
const QUIET_TITLE = 'Quiet Film';
const CROWDED_TITLE = 'Crowded House Party';
const RATED_TITLE = 'Rated Affair';
// A catalog row written for this test (the synopsis is ours), long enough to wrap in the hero at every width.
const HER_SMELL_CATALOG = [
  'Her Smell', '2018', 'tt7942742', 'Alex Ross Perry', '135', 'Drama|Music', 'R', '2019-04-12', 'Something She',
  '"A punk singer at the end of her rope tears through recording sessions, backstage rooms and her own band over five long scenes, and tries to come back from it."',
].join(',');
// Two films of one title, so a review of it that states no year is held as "which film?" (the held page).
const TWIN_TITLE = 'The Twin Lighthouses of the Northern Shore';
const NEWS_PAGE = `<html><head><title>Harbour council approves the new ferry timetable after a long public consultation</title></head><body><article>
<h1>Harbour council approves the new ferry timetable after a long public consultation</h1>
<p>The council voted on Tuesday to approve the timetable, officials said, after months of consultation with residents and businesses. The minister for transport welcomed the decision and said the government would fund two more crossings a day.</p>
<p>Police said the harbour road would close for resurfacing in the spring. Officials expect the new timetable to start in April, subject to a final vote by the regional assembly.</p>
</article></body></html>`;
const SPANISH_REVIEW =
  'Una comedia romántica sin gracia ni ritmo. Los actores recitan sus diálogos como si leyeran una lista de la compra, ' +
  'y la historia se arrastra durante dos horas sin llegar a ninguna parte.';
// One critic and one outlet with long names review several films, for the critic and outlet pages.
const CRITIC = 'Marguerite Okonkwo-Castellanos';
const OUTLET = 'The Long Island Cinematheque Quarterly Review of Moving Pictures';

interface Row {
  film: string;
  year?: number;
  critic: string;
  outlet: string;
  text: string;
  rating?: string;
}

// Short review texts put together from these, no two alike, so none is taken for a syndicated copy of another.
const GOOD_OPENERS = [
  'A warm, funny and beautifully acted comedy about a party that never ends.',
  'Joyous and sharp, this is filmmaking with real generosity.',
  'The ensemble is wonderful and the direction is confident throughout.',
  'A delight from the first scene to the last.',
  'Smart, tender and often hilarious, it earns its big finale.',
  'The script sparkles and the cast is terrific.',
  'One of the most purely enjoyable films of the year.',
];
const GOOD_CLOSERS = [
  'The score is lovely and the final scene earns every tear.',
  'I would happily watch it again tomorrow.',
  'Its cinematography glows without ever showing off.',
  'Every supporting player gets a moment to shine.',
  'It is a crowd-pleaser in the best sense.',
  'The editing keeps the many threads taut and clear.',
  'Highly recommended.',
];
const BAD_OPENERS = [
  'A dull, overlong mess.',
  'Tedious and shapeless, it mistakes noise for energy.',
  'The script is lazy and the jokes land with a thud.',
  'A film with nothing to say and two hours to say it in.',
  'Loud, charmless and strangely joyless.',
];
const BAD_CLOSERS = [
  'The cast deserves far better.',
  'I checked my watch more than once.',
  'The ending is as limp as everything before it.',
  'Even the music grates.',
  'Skip it.',
];

/** The `j`th distinct pairing of an opener and a closer. */
function text(openers: readonly string[], closers: readonly string[], j: number): string {
  return `${openers[j % openers.length]} ${closers[Math.floor(j / openers.length) % closers.length]}`;
}

const FIRST = ['Ava', 'Ben', 'Chloe', 'Daniel', 'Elena', 'Felix', 'Grace', 'Hugo', 'Iris', 'Jonah', 'Kira', 'Leo'];
const LAST = ['Adler', 'Brooks', 'Castillo', 'Dunn', 'Ellison', 'Fischer'];
const OUTLETS = ['The Daily Reel', 'Screen Weekly', 'Film Notes', 'The Projector', 'Cinema Review', 'Reel Talk'];

/** The generated reviews: the long-titled film gets the seeds' texts so it has credits and a long consensus. */
function generatedRows(): Row[] {
  const seeds = readdirSync(sharedPath('seeds')).sort();
  const rows: Row[] = seeds.map((file, i) => ({
    film: LONG_TITLE,
    year: 2019,
    critic: `${FIRST[i]} ${LAST[i]}`,
    outlet: OUTLETS[i]!,
    text: readFileSync(sharedPath('seeds', file), 'utf8'),
  }));
  rows.push({ film: QUIET_TITLE, critic: CRITIC, outlet: OUTLET, text: text(GOOD_OPENERS, GOOD_CLOSERS, 0), rating: '3/4' });
  // About a third pans and a few mixed, the rest raves; each kind counted on its own, so no text comes twice.
  const counts = { pan: 0, mixed: 0, rave: 0 };
  for (let i = 0; i < 64; i++) {
    const kind = i % 3 === 0 ? 'pan' : i % 7 === 1 ? 'mixed' : 'rave';
    const review = {
      pan: () => text(BAD_OPENERS, BAD_CLOSERS, counts.pan++),
      mixed: () => text(GOOD_OPENERS, BAD_CLOSERS, counts.mixed++),
      rave: () => text(GOOD_OPENERS, GOOD_CLOSERS, counts.rave++),
    }[kind]();
    rows.push({
      film: CROWDED_TITLE,
      year: 2024,
      critic: i === 0 ? CRITIC : `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
      outlet: i === 0 ? OUTLET : OUTLETS[i % OUTLETS.length]!,
      text: review,
      // Half carry a rating that fits their words and half are judged from their text alone, so the long text
      // note shows.
      ...(i % 2 === 0 ? { rating: { pan: '1/4', mixed: '2.5/4', rave: '3.5/4' }[kind] } : {}),
    });
  }
  for (const year of [2001, 2002]) {
    rows.push({ film: TWIN_TITLE, year, critic: CRITIC, outlet: OUTLET, text: text(GOOD_OPENERS, GOOD_CLOSERS, year - 2001) });
  }
  for (let i = 0; i < 8; i++) {
    rows.push({
      film: RATED_TITLE,
      critic: i === 0 ? CRITIC : `${FIRST[i]} ${LAST[(i + 2) % LAST.length]}`,
      outlet: i === 0 ? OUTLET : OUTLETS[i % OUTLETS.length]!,
      text: i % 4 === 3 ? text(BAD_OPENERS, BAD_CLOSERS, i) : text(GOOD_CLOSERS, GOOD_OPENERS, i),
      rating: i % 4 === 3 ? '1.5/4' : `${3 + (i % 2)}/4`,
    });
  }
  // A review in Spanish with no rating (written for this test): nothing judges it, so the film page shows it
  // without a score or verdict and says beside the figures that it is not counted.
  rows.push({ film: RATED_TITLE, critic: 'Lucía Ferrer', outlet: 'Cine Semanal', text: SPANISH_REVIEW });
  return rows;
}

interface Target {
  name: string;
  /** The path, known once the database is filled. */
  path: () => string;
}

describeWithChromium('the website at every width, in Chromium', () => {
  describeWithShared(['seeds'], 'page layout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plaudit-layout-'));
    const db = testDatabase(dir);
    const paths = new Map<string, string>();
    let server: LiveServer;
    let browser: LaunchedBrowser;
    let page: Page;

    const pathOf = (name: string) => () => {
      const path = paths.get(name);
      if (path === undefined) throw new Error(`no path for ${name}: the set-up did not find it`);
      return path;
    };
    const TARGETS: Target[] = [
      { name: 'home', path: () => '/' },
      { name: 'search', path: () => '/search?q=smell' },
      { name: 'films', path: () => '/films' },
      { name: 'film-her-smell', path: pathOf('Her Smell') },
      { name: 'film-long-title', path: pathOf(LONG_TITLE) },
      { name: 'film-one-review', path: pathOf(QUIET_TITLE) },
      { name: 'film-many-reviews', path: pathOf(CROWDED_TITLE) },
      { name: 'film-rated', path: pathOf(RATED_TITLE) },
      { name: 'critics', path: () => '/critics' },
      { name: 'critic', path: pathOf('critic') },
      { name: 'outlet', path: pathOf('outlet') },
      { name: 'methodology', path: () => '/methodology' },
      { name: 'held', path: () => '/held' },
    ];

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const jsonl = join(dir, 'generated.jsonl');
      // Every row names every column: ingest maps a JSONL file's columns from its first row's keys.
      const lines = generatedRows().map((row) => JSON.stringify({ year: null, rating: null, ...row }));
      writeFileSync(jsonl, lines.join('\n') + '\n');
      const ingest = await runPlaudit(['--db', db, 'ingest', sharedPath('seeds'), jsonl]);
      if (ingest.code !== 0) throw new Error(`ingest failed (${ingest.code}): ${ingest.stderr}\n${ingest.stdout.slice(-2000)}`);
      // Ingested after the twin films exist: a review that names neither year is held, as is a news page.
      const twin = join(dir, 'twin-review-without-a-year.jsonl');
      writeFileSync(twin, `${JSON.stringify({ film: TWIN_TITLE, critic: CRITIC, outlet: OUTLET, text: text(BAD_OPENERS, BAD_CLOSERS, 0) })}\n`);
      const news = join(dir, 'harbour-council-approves-the-new-ferry-timetable-after-a-long-public-consultation.html');
      writeFileSync(news, NEWS_PAGE);
      const held = await runPlaudit(['--db', db, 'ingest', twin, news]);
      if (!/2 held for a person/.test(held.stdout)) throw new Error(`expected two held documents:\n${held.stdout}\n${held.stderr}`);
      // The catalog gives Her Smell its genres, release date, aliases and a synopsis, so the hero carries them all.
      const catalog = join(dir, 'catalog.csv');
      writeFileSync(catalog, `title,year,imdb_id,directors,runtime,genres,mpaa_rating,release_date,aliases,synopsis\n${HER_SMELL_CATALOG}\n`);
      const imported = await runPlaudit(['--db', db, 'catalog', 'import', catalog]);
      if (imported.code !== 0) throw new Error(`catalog import failed (${imported.code}): ${imported.stderr}\n${imported.stdout}`);
      const films = await runPlauditJson<{ id: number; title: string }[]>(['--db', db, 'films', '--json']);
      for (const film of films) paths.set(film.title, `/films/${film.id}`);
      server = await startLiveServer(db);
      browser = await launchChromium();
      browser.context.setDefaultTimeout(15_000);
      page = await browser.context.newPage();
      for (const kind of ['critic', 'outlet'] as const) {
        await page.goto(`${server.url}/${kind}s`);
        const name = kind === 'critic' ? CRITIC : OUTLET;
        const href = await page.getByRole('link', { name, exact: true }).first().getAttribute('href');
        if (href !== null) paths.set(kind, href);
      }
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
      await dropTestDatabases();
    });

    // Else a change to the data or the profile could quietly stop these pages stretching what they are meant to.
    it('the generated films carry what they stand for: long texts, none, many reviews, ratings only', async () => {
      const testIds = async (title: string) => {
        const body = await (await fetch(`${server.url}${paths.get(title)}`)).text();
        return new Set([...body.matchAll(/data-testid="([\w-]+)"/g)].map((m) => m[1]));
      };
      const long = await testIds(LONG_TITLE);
      expect(['consensus', 'text-estimate', 'film-facts'].filter((id) => !long.has(id))).toEqual([]);
      const catalogued = await testIds('Her Smell');
      expect(['consensus', 'film-facts', 'synopsis'].filter((id) => !catalogued.has(id))).toEqual([]);
      const quiet = await testIds(QUIET_TITLE);
      expect(['consensus', 'percent-positive', 'film-facts'].filter((id) => quiet.has(id))).toEqual([]);
      const rated = await testIds(RATED_TITLE);
      expect(rated.has('text-estimate')).toBe(false);
      expect(['not-judged', 'not-judged-review'].filter((id) => !rated.has(id))).toEqual([]);
      expect((await testIds(CROWDED_TITLE)).has('text-estimate')).toBe(true);
      const films = await runPlauditJson<{ title: string; reviewCount: number }[]>(['--db', db, 'films', '--json']);
      expect(films.find((film) => film.title === CROWDED_TITLE)?.reviewCount).toBe(64);
    });

    for (const target of TARGETS) {
      for (const width of WIDTHS) {
        it(`${target.name} at ${width} px: nothing overlaps, no text in a sliver, no sideways scroll`, async () => {
          await page.setViewportSize({ width, height: 900 });
          const response = await page.goto(`${server.url}${target.path()}`);
          expect(response?.status()).toBe(200);
          await page.screenshot({ path: join(ARTIFACTS, `${target.name}-${width}.png`), fullPage: true });
          expect(await layoutProblems(page)).toEqual([]);
        });
      }
    }
  });
});
