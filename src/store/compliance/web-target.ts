/**
 * What an adapter hands the web-port compliance cases (WebStore: the web reads, API tokens, users and sessions),
 * and how the cases reach it. Apart from target.ts because these cases need the whole WebStore and a clock they set.
 */
import type { WebStore } from '../web-port.ts';

/** How the suite asks for a store: with the clock it stamps created_at, revoked_at and last_seen_at from. */
export interface WebTargetOptions {
  now: () => Date;
}

export interface WebComplianceTarget {
  /** A fresh, empty store. */
  store: WebStore;
  /** Closes what is still open and removes the store's data. */
  cleanup(): Promise<void>;
  /**
   * Opens a second store on the same data while the first stays open (the test closes it), as another process
   * would. Adapters that can provide it, and the suite then checks that the first sees the second's writes.
   */
  openAnother?(): Promise<WebStore>;
}

/** The store of the running test, and the clock it was opened with. */
export interface WebTargetHandle {
  readonly store: WebStore;
  readonly openAnother: (() => Promise<WebStore>) | undefined;
  /** Sets the store's clock; it starts at WEB_CLOCK_START for each test. */
  setNow(iso: string): void;
}

export const WEB_CLOCK_START = '2026-03-01T09:00:00.000Z';
