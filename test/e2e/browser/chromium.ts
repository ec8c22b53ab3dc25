/**
 * Debian's Chromium driven by playwright-core, for the browser tests and for looking at pages by hand. No browser
 * is downloaded: the tests use /usr/bin/chromium (`.ci/run` installs it). Under CI=true a missing Chromium fails
 * the tests; elsewhere they skip with a message saying how to install it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM = process.env.PLAUDIT_CHROMIUM ?? '/usr/bin/chromium';

/** Flags this machine needs: no sandbox as root, and no background traffic to hosts the closed network refuses. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile in a temporary folder each time, so no state leaks between runs. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'plaudit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };

/** `describe` for browser tests: skips without Chromium, except under CI=true, where it fails. */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install -y chromium).`);
    });
    return;
  }
  console.warn(`[skip] ${name}: ${CHROMIUM} not found; install it with \`apt-get install -y chromium\` (or set PLAUDIT_CHROMIUM).`);
  describe.skip(name, body);
}
