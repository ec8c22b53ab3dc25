/** What an adapter hands the compliance suite, and how the cases reach it. */
import type { FilmsChangedHook, ReviewStore } from '../port.ts';

/** How the suite asks for a store: some cases need one that reads films in context. */
export interface TargetOptions {
  onFilmsChanged?: FilmsChangedHook;
}

export interface ComplianceTarget {
  /** A fresh, empty store. */
  store: ReviewStore;
  /** Closes what is still open and removes the store's data. */
  cleanup(): Promise<void>;
  /**
   * Opens another store on the same data (after the test closed the first one). Adapters that keep data
   * across a reopen provide it, and the suite then checks that nothing is lost.
   */
  reopen?(): Promise<ReviewStore>;
}

/** The store of the running test. */
export interface TargetHandle {
  readonly store: ReviewStore;
  readonly reopen: (() => Promise<ReviewStore>) | undefined;
}
