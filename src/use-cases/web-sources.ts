/**
 * The web as a source, for every face (CLI, API, `serve --watch`): add pages by URL, follow feeds, and keep the
 * queue worked. URLs are checked here for what can be told without the network (http or https, a host); whether an
 * address may be fetched is the fetcher's to decide when it connects (web/fetch), since only then is it known.
 */
import { PlauditError } from '../domain/errors.ts';
import type { Feed, Job } from '../jobs/job-queue.ts';
import { runDueJobs, type JobReport, type WebJobDeps, type WebQueue } from '../web/run-web-jobs.ts';

/** The URL as it will be fetched, or an error that says what is wrong with it. */
export function checkWebUrl(raw: string): string {
  const text = raw.trim();
  if (!URL.canParse(text)) {
    throw new PlauditError('invalid-argument', `"${raw}" is not a web address; give a full URL such as https://example.com/review`);
  }
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PlauditError('invalid-argument', `${url.href}: only http and https addresses are fetched, not ${url.protocol.slice(0, -1)}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new PlauditError('invalid-argument', `${url.origin}: an address with a user name or password in it is not fetched; Plaudit sends no credentials`);
  }
  url.hash = '';
  return url.href;
}

export interface AddedPage {
  url: string;
  job: Job;
  /** False when the URL was already waiting in the queue (the job it is waiting as). */
  created: boolean;
}

/**
 * Queues pages to fetch. Every URL is checked first: one bad address refuses the lot, naming it, so a typo in a
 * list of forty is fixed before any is fetched.
 *
 * @example
 * await addPages(queue, ['https://reel.example/her-smell'], { film: 'Her Smell (2018)' });
 */
export async function addPages(queue: WebQueue, urls: readonly string[], options: { film?: string; now?: Date } = {}): Promise<AddedPage[]> {
  if (urls.length === 0) throw new PlauditError('invalid-argument', 'no URL given: name one or more pages to add');
  const checked = urls.map(checkWebUrl);
  const film = options.film?.trim();
  const added = await queue.enqueue(
    checked.map((url) => ({ kind: 'page' as const, url, ...(film ? { hints: { film } } : {}) })),
    options.now ?? new Date(),
  );
  return added.map((entry, i) => ({ url: checked[i]!, job: entry.job, created: entry.created }));
}

export async function addFeed(
  queue: WebQueue,
  input: { url: string; film?: string; outlet?: string; everyMinutes?: number },
  now: Date = new Date(),
): Promise<{ feed: Feed; created: boolean }> {
  const url = checkWebUrl(input.url);
  if (input.everyMinutes !== undefined && !(Number.isInteger(input.everyMinutes) && input.everyMinutes >= 1 && input.everyMinutes <= 7 * 24 * 60)) {
    throw new PlauditError('invalid-argument', `--every is whole minutes from 1 to 10080 (a week), not ${input.everyMinutes}`);
  }
  const film = input.film?.trim();
  const outlet = input.outlet?.trim();
  return queue.addFeed(
    { url, ...(film ? { film } : {}), ...(outlet ? { outlet } : {}), ...(input.everyMinutes ? { intervalSeconds: input.everyMinutes * 60 } : {}) },
    now,
  );
}

export async function removeFeed(queue: WebQueue, idOrUrl: string): Promise<void> {
  const key = /^\d+$/.test(idOrUrl.trim()) ? Number(idOrUrl.trim()) : idOrUrl.trim();
  if (!(await queue.removeFeed(key))) {
    throw new PlauditError('not-found', `No feed ${typeof key === 'number' ? `#${key}` : key}; \`plaudit feeds list\` shows them.`);
  }
}

export interface WatchOptions {
  signal?: AbortSignal;
  /** One pass over what is due, then return (`plaudit watch --once`, cron). */
  once?: boolean;
  /** How long to wait between passes when nothing is due (default 30 s). */
  idleMs?: number;
  onJob?: (report: JobReport) => void;
  /** A 'nudge' event here ends the wait between passes early (the server nudges when URLs are posted). */
  nudges?: EventTarget;
}

/**
 * Works the queue until stopped: each pass runs every due job (feeds on their schedule, pages, retries whose time
 * has come); between passes it waits. Stopping (the signal) lets the jobs in hand finish and file first.
 */
export async function watchWeb(deps: WebJobDeps, options: WatchOptions = {}): Promise<JobReport[]> {
  const all: JobReport[] = [];
  const pass = (signal?: AbortSignal) => runDueJobs(deps, { ...(signal ? { signal } : {}), ...(options.onJob ? { onJob: options.onJob } : {}) });
  do {
    all.push(...(await pass(options.signal)));
    if (options.once || options.signal?.aborted) break;
    await pause(options.idleMs ?? 30_000, options.signal, options.nudges);
  } while (options.signal?.aborted !== true);
  return all;
}

function pause(ms: number, signal: AbortSignal | undefined, nudges: EventTarget | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      nudges?.removeEventListener('nudge', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
    nudges?.addEventListener('nudge', done, { once: true });
  });
}
