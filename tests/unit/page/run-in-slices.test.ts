/**
 * Work in slices (page/run-in-slices.ts): a generator runs to completion, giving the page its
 * turn between slices, and the clock records what the slices cost. The time is a fake clock
 * (performance.now() reads a number the test moves on), and the page's turn a fake
 * scheduler.yield() that counts it: no assertion depends on how fast or loaded the machine is
 * (timed tests are benchmarks, not unit tests).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Cancelled,
  closeSlice,
  enterPhase,
  runInSlices,
  SLICE_MS,
  type SliceClock,
  waitOutside,
  yieldIfSpent,
  yieldToPage,
} from '../../../page/run-in-slices';

/** The fake clock's time, in ms. */
let now = 0;
/** The page's turns so far (calls of the fake scheduler.yield()). */
let turns = 0;
/** What happened, in order: 'step' for a step of work, 'page' for a turn of the page. */
let log: string[] = [];

beforeEach(() => {
  now = 1000;
  turns = 0;
  log = [];
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

/** Gives the page its turn through scheduler.yield(), as browsers that have it do. */
const fakeScheduler = () => {
  (globalThis as { scheduler?: unknown }).scheduler = {
    yield: () => {
      turns++;
      log.push('page');
      return Promise.resolve();
    },
  };
};

/** Holds the thread for `ms` of the fake clock, like a step of real work. */
const spend = (ms: number) => {
  now += ms;
};

const newClock = (phase?: string): SliceClock => ({
  busyMs: 0,
  sliceStart: now,
  longestMs: 0,
  ...(phase && { phase }),
});

/** `count` steps of `ms` each; returns how many ran. */
function* work(count: number, ms: number, onStep?: (i: number) => void) {
  for (let i = 0; i < count; i++) {
    onStep?.(i);
    log.push('step');
    spend(ms);
    yield;
  }
  return count;
}

/** How many steps each slice ran, in order (the log cut at the page's turns). */
const stepsPerSlice = (): number[] =>
  log
    .join(' ')
    .split('page')
    .map((part) => part.split(' ').filter((w) => w === 'step').length)
    .filter((n) => n > 0);

describe('runInSlices', () => {
  beforeEach(fakeScheduler);

  it('runs a generator to completion and returns its value', async () => {
    let steps = 0;
    function* count(): Generator<void, string, void> {
      for (let i = 0; i < 5; i++) {
        steps++;
        yield;
      }
      return 'done';
    }
    await expect(runInSlices(count(), newClock())).resolves.toBe('done');
    expect(steps).toBe(5);
  });

  it('returns at once from a generator with no steps', async () => {
    // biome-ignore lint/correctness/useYield: a generator that finishes without yielding
    function* none(): Generator<void, number, void> {
      return 42;
    }
    await expect(runInSlices(none(), newClock())).resolves.toBe(42);
  });

  it('finishes short work in one slice, without yielding to the page', async () => {
    const clock = newClock();
    await expect(runInSlices(work(3, 1), clock)).resolves.toBe(3);
    expect(turns).toBe(0);
    // No slice was closed: the last one is the caller's to close.
    expect(clock.busyMs).toBe(0);
  });

  it('lets the page run between slices when the work is longer than a slice', async () => {
    // About 5 slices' worth of 3 ms steps.
    const count = Math.ceil((5 * SLICE_MS) / 3);
    const clock = newClock();
    await expect(runInSlices(work(count, 3), clock)).resolves.toBe(count);
    expect(turns).toBeGreaterThan(1);
    // Each slice runs steps until its budget is spent, and no further: with 3 ms steps, the
    // steps that fit under SLICE_MS and the one that crosses it.
    const perSlice = Math.ceil(SLICE_MS / 3);
    const slices = stepsPerSlice();
    expect(slices.slice(0, -1).every((n) => n === perSlice)).toBe(true);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(count);
    expect(clock.busyMs).toBeGreaterThan(0);
  });

  it('accumulates busy time and records the longest slice and its phase', async () => {
    const clock = newClock('reading');
    const count = Math.ceil((4 * SLICE_MS) / 3);
    await runInSlices(
      work(count, 3, (i) => {
        clock.phase = i < count / 2 ? 'reading' : 'matching';
      }),
      clock,
    );
    closeSlice(clock);
    // The whole run held the thread for count × 3 ms, all of it inside slices.
    expect(clock.busyMs).toBe(count * 3);
    expect(clock.longestMs).toBe(Math.ceil(SLICE_MS / 3) * 3);
    // Several slices, so no single one is the whole run.
    expect(clock.longestMs).toBeLessThan(clock.busyMs);
    expect(['reading', 'matching']).toContain(clock.longestPhase);
  });

  it('a slice already over budget yields before any step, and starts afresh', async () => {
    // The caller's slice began long ago (the content script's start-up, say).
    const clock: SliceClock = {
      busyMs: 0,
      sliceStart: now - 10 * SLICE_MS,
      longestMs: 0,
      phase: 'start-up',
    };
    const before = now;
    await runInSlices(work(3, 0), clock);
    expect(log[0]).toBe('page');
    // The stale slice was closed and counted; the next one began after the yield.
    expect(clock.busyMs).toBe(10 * SLICE_MS);
    expect(clock.longestPhase).toBe('start-up');
    expect(clock.sliceStart).toBe(before);
  });

  it('throws Cancelled after a yield once the work is no longer wanted', async () => {
    let ran = 0;
    const run = runInSlices(
      work(1000, 3, () => ran++),
      newClock(),
      () => ran > 0,
    );
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    // The first slice's steps ran, then the page's turn, then nothing.
    expect(ran).toBe(Math.ceil(SLICE_MS / 3));
    expect(turns).toBe(1);
  });

  it('does not ask isCancelled while the work fits in one slice', async () => {
    let asked = 0;
    const value = await runInSlices(work(3, 1), newClock(), () => {
      asked++;
      return true;
    });
    expect(value).toBe(3);
    expect(asked).toBe(0);
  });

  it('runs betweenSlices at the start of each slice after the first', async () => {
    let between = 0;
    const count = Math.ceil((3 * SLICE_MS) / 3);
    await runInSlices(work(count, 3), newClock(), undefined, () => between++);
    expect(between).toBe(turns);
  });
});

describe('yieldToPage and closeSlice', () => {
  it('closeSlice adds the ending slice to busyMs and keeps the longest', () => {
    const clock = newClock('first');
    spend(2);
    closeSlice(clock);
    expect(clock.busyMs).toBe(2);
    expect(clock.longestMs).toBe(2);
    expect(clock.longestPhase).toBe('first');

    // A shorter slice adds to the total but is not the longest.
    clock.sliceStart = now;
    clock.phase = 'second';
    spend(1);
    closeSlice(clock);
    expect(clock.busyMs).toBe(3);
    expect(clock.longestMs).toBe(2);
    expect(clock.longestPhase).toBe('first');
  });

  it('yieldToPage lets a pending task run and starts a new slice', async () => {
    // The message-channel path (no scheduler.yield()): a task queued before is let run.
    const clock = newClock();
    let ran = false;
    setTimeout(() => {
      ran = true;
    }, 0);
    spend(5);
    // A message-channel task may come before a 0 ms timeout: yield until it has run.
    for (let i = 0; i < 50 && !ran; i++) await yieldToPage(clock);
    expect(ran).toBe(true);
    expect(clock.busyMs).toBe(5);
    expect(clock.sliceStart).toBe(now);
  });

  it('yieldToPage gives the page its turn through scheduler.yield() where there is one', async () => {
    fakeScheduler();
    const clock = newClock();
    spend(4);
    await yieldToPage(clock);
    expect(turns).toBe(1);
    expect(clock.busyMs).toBe(4);
  });
});

describe('waitOutside', () => {
  it('counts the asking in the slice, not the wait, and starts a new slice with the answer', async () => {
    const clock = newClock('asking');
    let answeredAt = 0;
    const value = await waitOutside(clock, () => {
      // The call's own cost (connecting a port, copying the text) is ours.
      spend(5);
      // The answer comes 40 ms later, spent elsewhere.
      return Promise.resolve().then(() => {
        spend(40);
        answeredAt = now;
        return 'answer';
      });
    });
    expect(value).toBe('answer');
    expect(clock.busyMs).toBe(5);
    expect(clock.sliceStart).toBe(answeredAt);
  });

  it('starts a new slice when the answer is a rejection, and passes the rejection on', async () => {
    const clock = newClock();
    const before = now;
    await expect(
      waitOutside(clock, async () => {
        await Promise.resolve();
        spend(20);
        throw new Error('gone');
      }),
    ).rejects.toThrow('gone');
    expect(clock.busyMs).toBe(0);
    expect(clock.sliceStart).toBe(before + 20);
  });
});

describe('enterPhase', () => {
  it('credits each part of one slice to the phase that was running', () => {
    const clock: SliceClock = { ...newClock('reading'), phaseMs: {} };
    spend(4);
    enterPhase(clock, 'sending');
    spend(6);
    closeSlice(clock);
    const { reading = 0, sending = 0 } = clock.phaseMs ?? {};
    expect(reading).toBe(4);
    expect(sending).toBe(6);
    // The phases split the slice: together they are the slice, nothing counted twice.
    expect(reading + sending).toBe(clock.busyMs);
    expect(clock.longestPhase).toBe('sending');
  });

  it('starts the next slice in the phase entered last', () => {
    const clock: SliceClock = { ...newClock('reading'), phaseMs: {} };
    enterPhase(clock, 'sending');
    closeSlice(clock);
    clock.sliceStart = now;
    spend(3);
    closeSlice(clock);
    expect(clock.phaseMs?.sending).toBe(3);
    expect(clock.phaseMs?.reading).toBe(0);
  });
});

describe('yieldIfSpent', () => {
  beforeEach(fakeScheduler);

  it('goes on without yielding while the slice has budget left', async () => {
    const clock = newClock();
    spend(SLICE_MS - 1);
    expect(await yieldIfSpent(clock)).toBe(false);
    expect(turns).toBe(0);
    expect(clock.busyMs).toBe(0);
  });

  it('throws Cancelled after yielding when the work is no longer wanted', async () => {
    const clock = newClock();
    spend(SLICE_MS + 1);
    await expect(yieldIfSpent(clock, () => true)).rejects.toBeInstanceOf(Cancelled);
    expect(turns).toBe(1);
  });

  it('ends a slice that has spent its budget, and starts the next', async () => {
    const clock = newClock('painting');
    spend(SLICE_MS);
    expect(await yieldIfSpent(clock)).toBe(true);
    expect(turns).toBe(1);
    expect(clock.busyMs).toBe(SLICE_MS);
    expect(clock.longestPhase).toBe('painting');
    expect(clock.sliceStart).toBe(now);
  });
});
