/**
 * An editor's day in headless Chromium against the real `plaudit serve`, over a database the real CLI filled
 * (the examples, and a news page the gate holds): sign in, correct a review's verdict from its film page by
 * clicking through the form, undo it from the film's log, confirm a verdict from the check queue with one click,
 * dismiss a held document, and move a review to the other film. Each page is laid out cleanly at phone, tablet and
 * desktop widths with the tools open (layout-checks.ts); screenshots go to test-artifacts/editor/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot, runPlaudit, runPlauditJson } from '../../run-plaudit.ts';
import { dropTestDatabases, testDatabase, testsPostgres } from '../../test-database.ts';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from './chromium.ts';
import { layoutProblems } from './layout-checks.ts';
import { startLiveServer, type LiveServer } from './live-server.ts';

const ARTIFACTS = join(repoRoot, 'test-artifacts', ...(testsPostgres ? ['postgres'] : []), 'editor');
const PASSWORD = 'a long enough password';
const NEWS = `<html><head><title>Ceasefire talks collapse as fighting spreads</title></head><body><article>
<h1>Ceasefire talks collapse as fighting spreads</h1>
<p>Talks between the army and the paramilitary forces collapsed on Tuesday, officials said, as fighting spread to the capital. The government said the election would be postponed, and the foreign minister called for calm.</p>
<p>Police reported that thousands had fled. Officials said aid convoys were blocked at the border for a third day, and the United Nations warned that food would run out within weeks.</p>
</article></body></html>`;

interface ReviewJson {
  id: number;
  verdict: 'positive' | 'negative';
  verdictSource: string;
  filmId: number;
}

describeWithChromium('an editor at work in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-editor-desk-'));
  const db = testDatabase(dir);
  let server: LiveServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let lanterns: number;
  let nightShift: number;

  const review = async (id: number) => runPlauditJson<ReviewJson>(['--db', db, 'review', 'show', String(id), '--json']);
  const firstReviewId = async () => Number((await page.locator('ol.reviews > li.review').first().getAttribute('id'))!.replace('review-', ''));

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(dir, 'news.html'), NEWS);
    const ingest = await runPlaudit(['--db', db, 'ingest', join(repoRoot, 'examples'), join(dir, 'news.html')]);
    if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
    const added = await runPlaudit(['--db', db, 'user', 'add', 'ed', '--role', 'editor', '--password-stdin'], { input: `${PASSWORD}\n` });
    if (added.code !== 0) throw new Error(`user add failed: ${added.stderr}`);
    const films = await runPlauditJson<{ id: number; title: string }[]>(['--db', db, 'films', '--json']);
    lanterns = films.find((film) => film.title === 'Paper Lanterns')!.id;
    nightShift = films.find((film) => film.title === 'Night Shift')!.id;
    server = await startLiveServer(db);
    browser = await launchChromium();
    browser.context.setDefaultTimeout(10_000);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/sign-in?next=/films/${lanterns}`);
    await page.fill('#sign-in-name', 'ed');
    await page.fill('#sign-in-password', PASSWORD);
    await Promise.all([page.waitForURL(new RegExp(`/films/${lanterns}`)), page.click('form[action="/sign-in"] button[type="submit"]')]);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    await dropTestDatabases();
  });

  it('corrects a verdict from the film page, and the page marks it', async () => {
    const id = await firstReviewId();
    const before = await review(id);
    const flipped = before.verdict === 'positive' ? 'negative' : 'positive';
    await page.click(`[data-testid="review-edit-${id}"] summary`);
    await page.selectOption(`#set-verdict-${id}`, flipped);
    await page.fill(`#set-note-${id}`, 'the praise is sarcastic');
    await Promise.all([page.waitForURL(/#review-\d+$/), page.click(`form[action="/edit/reviews/${id}/set"] button`)]);
    expect(await review(id)).toMatchObject({ verdict: flipped, verdictSource: 'editor' });
    await expect(page.locator(`#review-${id} [data-testid="corrected"]`).textContent()).resolves.toContain('set by an editor');
  });

  for (const width of [390, 768, 1280]) {
    it(`lays out the film page with an editor's tools open at ${width}px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/films/${lanterns}`);
      const id = await firstReviewId();
      await page.click(`[data-testid="review-edit-${id}"] summary`);
      await page.screenshot({ path: join(ARTIFACTS, `film-editing-${width}.png`), fullPage: true });
      expect(await layoutProblems(page)).toEqual([]);
    });
  }

  it('undoes the correction from the film\'s log', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/films/${lanterns}`);
    const id = await firstReviewId();
    await Promise.all([page.waitForURL(/#editor-tools$/), page.click('#editor-tools .audit-entry form button')]);
    expect((await review(id)).verdictSource).not.toBe('editor');
    await expect(page.locator('#editor-tools').textContent()).resolves.toContain('Undone by');
  });

  it('confirms a verdict from the check queue with one click', async () => {
    await page.goto(`${server.url}/edit/queue?film=${lanterns}`);
    const first = page.locator('.queue-item').first();
    const id = Number((await first.getAttribute('id'))!.replace('queue-', ''));
    const before = await review(id);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(ARTIFACTS, `queue-${width}.png`), fullPage: true });
      expect(await layoutProblems(page)).toEqual([]);
    }
    await Promise.all([page.waitForURL(/\/edit\/queue\?film=/), first.locator('button', { hasText: 'Confirm' }).click()]);
    expect(await review(id)).toMatchObject({ verdict: before.verdict, verdictSource: 'editor' });
    expect(await page.locator(`#queue-${id}`).count()).toBe(0);
  });

  it('moves a review to the other film by typing its name', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/films/${lanterns}`);
    const id = await firstReviewId();
    await page.click(`[data-testid="review-edit-${id}"] summary`);
    await page.fill(`#move-film-${id}`, 'Night Shift (2024)');
    await Promise.all([page.waitForURL(new RegExp(`/films/${nightShift}/`)), page.click(`form[action="/edit/reviews/${id}/move"] button`)]);
    expect((await review(id)).filmId).toBe(nightShift);
    expect(await page.locator(`#review-${id}`).count()).toBe(1);
  });

  it('removes a review from the counts with a reason, and restores it with Undo', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/films/${lanterns}`);
    const id = await firstReviewId();
    await page.click(`[data-testid="review-edit-${id}"] summary`);
    await page.fill(`#remove-reason-${id}`, 'a festival listing, not a review');
    await Promise.all([page.waitForURL(/#editor-tools$/), page.click(`form[action="/edit/reviews/${id}/remove"] button`)]);
    expect(await page.locator(`#review-${id}`).count()).toBe(0);
    await expect(page.locator('#editor-tools').textContent()).resolves.toContain('a festival listing, not a review');
    await Promise.all([page.waitForURL(/#editor-tools$/), page.click('#editor-tools .audit-entry form button')]);
    expect(await page.locator(`#review-${id}`).count()).toBe(1);
  });

  it('merges a film into another from its page; the old address then leads to the other', async () => {
    await page.goto(`${server.url}/films/${nightShift}`);
    await page.fill('#merge-into', 'Paper Lanterns (2025)');
    await page.fill('#merge-note', 'the same film under a working title');
    await Promise.all([page.waitForURL(new RegExp(`/films/${lanterns}/`)), page.click(`form[action="/edit/films/${nightShift}/merge"] button`)]);
    await page.goto(`${server.url}/films/${nightShift}`);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/films/${lanterns}/`));
    await expect(page.locator('#editor-tools .audit-entry').first().textContent()).resolves.toContain(`film ${nightShift} merged into film ${lanterns}`);
  });

  it('shows the audit log and the held list with their tools, and dismisses a held page', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/edit/log`);
      await page.screenshot({ path: join(ARTIFACTS, `log-${width}.png`), fullPage: true });
      expect(await layoutProblems(page)).toEqual([]);
      await page.goto(`${server.url}/held`);
      await page.screenshot({ path: join(ARTIFACTS, `held-${width}.png`), fullPage: true });
      expect(await layoutProblems(page)).toEqual([]);
    }
    await Promise.all([page.waitForURL(`${server.url}/held`), page.click('.held-item .inline-form button', { noWaitAfter: false })]);
    await expect(page.locator('.empty').textContent()).resolves.toContain('Nothing is held');
  });
});
