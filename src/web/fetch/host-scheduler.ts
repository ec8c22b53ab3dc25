/**
 * Politeness per host: one request at a time to a host, with at least its delay between the end of one request and
 * the start of the next. Different hosts do not wait for each other.
 */
export interface HostSchedulerOptions {
  /** The least gap between two requests to one host. */
  delayMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface HostScheduler {
  /** Runs `task` when the host is free and rested; its result (or error) is the returned promise's. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
  /** A host's robots.txt may ask for more than the default gap (Crawl-delay); it never lowers it. */
  raiseDelay(host: string, delayMs: number): void;
}

interface HostState {
  /** Settles when the host's last queued task has finished. */
  tail: Promise<void>;
  lastEnd: number;
  delayMs: number;
}

export function createHostScheduler(options: HostSchedulerOptions): HostScheduler {
  const hosts = new Map<string, HostState>();
  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = { tail: Promise.resolve(), lastEnd: Number.NEGATIVE_INFINITY, delayMs: options.delayMs };
      hosts.set(host, state);
    }
    return state;
  };

  return {
    run<T>(host: string, task: () => Promise<T>): Promise<T> {
      const state = stateOf(host);
      const result = state.tail.then(async () => {
        const wait = state.lastEnd + state.delayMs - options.now();
        if (wait > 0) await options.sleep(wait);
        try {
          return await task();
        } finally {
          state.lastEnd = options.now();
        }
      });
      state.tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
    raiseDelay(host: string, delayMs: number): void {
      const state = stateOf(host);
      state.delayMs = Math.max(state.delayMs, delayMs);
    },
  };
}
