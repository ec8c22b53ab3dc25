/**
 * The website in real headless Chromium: the five Her Smell seeds ingested by the real CLI into a real
 * database, `plaudit serve` on a loopback port, and a reader's path through it (home, search, film page, a critic).
 * A review whose text carries <script> and `" onload=` must show as text and run nothing. Screenshots of each
 * step are saved in test-artifacts/ to be looked at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot, runPlaudit, runPlauditJson } from '../../run-plaudit.ts';
import { dropTestDatabases, testDatabase, testsPostgres } from '../../test-database.ts';
import { describeWithShared, sharedPath } from '../../shared-data.ts';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from './chromium.ts';
import { startLiveServer, type LiveServer } from './live-server.ts';

const ARTIFACTS = join(repoRoot, 'test-artifacts', ...(testsPostgres ? ['postgres'] : []));
const HOSTILE = 'A knockout. <script>window.__pwned = 1; alert("xss")</script> Then " onload="window.__pwned = 2" <img src=x onerror="window.__pwned=3"> and it soars.';

describeWithChromium('the website in Chromium', () => {
  describeWithShared(['seeds'], 'a reader finds Her Smell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plaudit-browser-'));
    const db = testDatabase(dir);
    let server: LiveServer;
    let browser: LaunchedBrowser;
    let page: Page;
    const dialogs: string[] = [];
    let filmUrl = '';

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const ingest = await runPlaudit(['--db', db, 'ingest', sharedPath('seeds'), join(repoRoot, 'examples')]);
      if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
      const token = await runPlauditJson<{ token: string }>(['--db', db, 'token', 'create', '--name', 'browser-test', '--json']);
      server = await startLiveServer(db);
      const posted = await fetch(`${server.url}/api/v1/reviews`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: HOSTILE, film: 'Script Kiddies', critic: 'Mal <b>Ory</b>', label: 'fresh' }),
      });
      if (posted.status !== 201) throw new Error(`posting the hostile review: ${posted.status} ${await posted.text()}`);
      browser = await launchChromium();
      browser.context.setDefaultTimeout(10_000);
      page = await browser.context.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
      await dropTestDatabases();
    });

    const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

    it('opens the home page and searches for "Her Smell"', async () => {
      await page.goto(`${server.url}/`);
      await expect(page.title()).resolves.toContain('Plaudit');
      await shot('home-desktop');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: join(ARTIFACTS, 'home-phone.png') });
      await page.setViewportSize({ width: 1280, height: 900 });
      const box = page.getByRole('searchbox').first();
      await box.fill('Her Smell');
      await box.press('Enter');
      await page.waitForURL(/\/search\?q=Her\+Smell/);
      await expect(page.locator('h1').textContent()).resolves.toContain('Her Smell');
      await shot('search-desktop');
    });

    it('opens the film page: score, consensus, a pull quote and the credits', async () => {
      await page.getByRole('link', { name: /Her Smell/ }).first().click();
      await page.waitForURL(/\/films\/\d+\/her-smell$/);
      filmUrl = page.url();
      await expect(page.locator('h1').textContent()).resolves.toContain('Her Smell');
      // The expected share of five full reviews each read clearly positive (the figure counts each by its probability).
      await expect(page.getByTestId('percent-positive').textContent()).resolves.toMatch(/^(?:9\d|100)%$/);
      await expect(page.locator('svg.dial').getAttribute('aria-label')).resolves.toMatch(/^(?:9\d|100)% positive \(95% interval \d+ to 100%\)$/);
      await expect(page.locator('li.review').count()).resolves.toBe(5);
      // None of the five has a rating: each was read beside the other four.
      await expect(page.getByTestId('read-in-context').allTextContents()).resolves.toEqual(Array(5).fill(expect.stringMatching(/^Read beside 4 other reviews \(alone: positive, \d+\)$/)));
      await expect(page.getByTestId('positive-count').textContent()).resolves.toMatch(/^5 of 5 verdicts positive; all were read from the text, so each counts by how likely it is positive · 95% interval \d+–100%$/);
      await expect(page.getByTestId('text-estimate').textContent()).resolves.toMatch(/^5 verdicts from the text alone, read beside one another \(no verdict changed by that\)\.\s+How$/);
      await expect(page.getByTestId('consensus').textContent()).resolves.toMatch(/\w{4,}/);
      await expect(page.getByTestId('pull-quotes').locator('blockquote').first().textContent()).resolves.toMatch(/\w{4,}/);
      await expect(page.getByTestId('credits').textContent()).resolves.toContain('Alex Ross Perry');
      await shot('film-desktop');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: join(ARTIFACTS, 'film-phone.png') });
      await shot('film-phone-full');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('finds a person by a misspelt name, with the films they are credited on', async () => {
      await page.goto(`${server.url}/search?q=${encodeURIComponent('Alex Ros Pery')}`);
      const people = page.getByRole('region', { name: 'People' });
      await expect(people.textContent()).resolves.toContain('Alex Ross Perry');
      await expect(people.getByRole('link', { name: 'Her Smell' }).count()).resolves.toBeGreaterThan(0);
    });

    it('follows a critic link to the critic page', async () => {
      await page.goto(filmUrl);
      await page.getByRole('link', { name: 'Emily Yoshida' }).first().click();
      await page.waitForURL(/\/critics\/\d+/);
      await expect(page.locator('h1').textContent()).resolves.toBe('Emily Yoshida');
      await expect(page.locator('li.review').count()).resolves.toBe(1);
      await expect(page.getByTestId('agreement').isVisible()).resolves.toBe(true);
      await shot('critic-desktop');
    });

    it('shows the methodology, with anchors for the profile\'s method links', async () => {
      await page.goto(`${server.url}/methodology#percent-positive`);
      await expect(page.locator('#percent-positive').isVisible()).resolves.toBe(true);
      await shot('methodology');
    });

    it('shows a review with <script> and " onload= as text and runs nothing', async () => {
      await page.goto(`${server.url}/search?q=script+kiddies`);
      await page.getByRole('link', { name: /Script Kiddies/ }).first().click();
      await page.waitForURL(/\/films\/\d+/);
      const text = await page.locator('li.review .review-text').first().textContent();
      expect(text).toContain('<script>window.__pwned = 1; alert("xss")</script>');
      expect(text).toContain('" onload="window.__pwned = 2"');
      await expect(page.locator('li.review .review-critic').first().textContent()).resolves.toBe('Mal <b>Ory</b>');
      await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).resolves.toBeNull();
      await expect(page.locator('li.review script, li.review img').count()).resolves.toBe(0);
      expect(dialogs).toEqual([]);
      await shot('hostile-review');
    });
  });
});
