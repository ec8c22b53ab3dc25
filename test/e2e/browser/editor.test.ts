/**
 * An editor signs in through the real form in headless Chromium against the real `plaudit serve` (a user added
 * by the real CLI), lands on /edit and sees their name and "Sign out" in the header. /sign-in and /edit are laid
 * out cleanly at a phone's and a laptop's width (the checks of layout-checks.ts); screenshots go to
 * test-artifacts/editor/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot, runPlaudit } from '../../run-plaudit.ts';
import { dropTestDatabases, testDatabase, testsPostgres } from '../../test-database.ts';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from './chromium.ts';
import { layoutProblems } from './layout-checks.ts';
import { startLiveServer, type LiveServer } from './live-server.ts';

const ARTIFACTS = join(repoRoot, 'test-artifacts', ...(testsPostgres ? ['postgres'] : []), 'editor');
const PASSWORD = 'a long enough password';

describeWithChromium('an editor in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-editor-browser-'));
  const db = testDatabase(dir);
  let server: LiveServer;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const added = await runPlaudit(['--db', db, 'user', 'add', 'Marguerite-Okonkwo-Castellanos', '--role', 'admin', '--password-stdin'], { input: `${PASSWORD}\n` });
    if (added.code !== 0) throw new Error(`user add failed: ${added.stderr}`);
    server = await startLiveServer(db);
    browser = await launchChromium();
    browser.context.setDefaultTimeout(10_000);
    page = await browser.context.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    await dropTestDatabases();
  });

  for (const width of [390, 1280]) {
    it(`lays out /sign-in cleanly at ${width}px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`${server.url}/sign-in`);
      expect(response?.status()).toBe(200);
      await page.screenshot({ path: join(ARTIFACTS, `sign-in-${width}.png`), fullPage: true });
      expect(await layoutProblems(page)).toEqual([]);
    });
  }

  it('signs in through the form and shows the editor in the header', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/edit`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.fill('#sign-in-name', 'Marguerite-Okonkwo-Castellanos');
    await page.fill('#sign-in-password', PASSWORD);
    await Promise.all([page.waitForURL(`${server.url}/edit`), page.click('form[action="/sign-in"] button[type="submit"]')]);
    const header = page.locator('.site-header .editor-nav');
    await expect(header.textContent()).resolves.toContain('Marguerite-Okonkwo-Castellanos');
    expect(await header.locator('button', { hasText: 'Sign out' }).isVisible()).toBe(true);
    const cookies = await browser.context.cookies(server.url);
    expect(cookies.find((cookie) => cookie.name === 'plaudit_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await page.screenshot({ path: join(ARTIFACTS, 'edit-1280.png'), fullPage: true });
    expect(await layoutProblems(page)).toEqual([]);
  });

  it('lays out /edit and /users cleanly at 390px', async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    for (const path of ['/edit', '/users']) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status()).toBe(200);
      await page.screenshot({ path: join(ARTIFACTS, `${path.slice(1)}-390.png`), fullPage: true });
      expect(await layoutProblems(page)).toEqual([]);
    }
  });

  it('signs out', async () => {
    await Promise.all([page.waitForURL(`${server.url}/`), page.click('.sign-out-form button')]);
    expect(await page.locator('.editor-nav').count()).toBe(0);
    expect((await page.goto(`${server.url}/edit`))?.url()).toContain('/sign-in');
  });
});
