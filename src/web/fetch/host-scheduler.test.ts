import { describe, expect, it } from 'vitest';
import { createHostScheduler } from './host-scheduler.ts';

/** A clock that only moves when the scheduler sleeps, so waits can be asserted exactly. */
function fakeClock() {
  let time = 1_000;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    advance: (ms: number) => {
      time += ms;
    },
    sleeps,
  };
}

describe('createHostScheduler', () => {
  it('runs one task at a time per host, resting the delay between the end of one and the start of the next', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ delayMs: 500, now: clock.now, sleep: clock.sleep });
    const log: string[] = [];
    const task = (name: string, takesMs: number) => async () => {
      log.push(`start ${name} @${clock.now()}`);
      clock.advance(takesMs);
      log.push(`end ${name} @${clock.now()}`);
      return name;
    };
    const results = await Promise.all([scheduler.run('a.test', task('1', 100)), scheduler.run('a.test', task('2', 50)), scheduler.run('a.test', task('3', 0))]);
    expect(results).toEqual(['1', '2', '3']);
    expect(log).toEqual(['start 1 @1000', 'end 1 @1100', 'start 2 @1600', 'end 2 @1650', 'start 3 @2150', 'end 3 @2150']);
  });

  it('does not make different hosts wait for each other', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ delayMs: 500, now: clock.now, sleep: clock.sleep });
    await Promise.all(['a.test', 'b.test', 'c.test'].map((host) => scheduler.run(host, async () => host)));
    expect(clock.sleeps).toEqual([]);
  });

  it('keeps going after a failed task', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ delayMs: 10, now: clock.now, sleep: clock.sleep });
    const failed = scheduler.run('a.test', async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    await expect(scheduler.run('a.test', async () => 'next')).resolves.toBe('next');
    expect(clock.sleeps).toEqual([10]);
  });

  it('raises (never lowers) a host delay for Crawl-delay', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ delayMs: 100, now: clock.now, sleep: clock.sleep });
    scheduler.raiseDelay('a.test', 2_000);
    scheduler.raiseDelay('a.test', 50);
    await scheduler.run('a.test', async () => undefined);
    await scheduler.run('a.test', async () => undefined);
    await scheduler.run('b.test', async () => undefined);
    await scheduler.run('b.test', async () => undefined);
    expect(clock.sleeps).toEqual([2_000, 100]);
  });
});
