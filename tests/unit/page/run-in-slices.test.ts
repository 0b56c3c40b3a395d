/**
 * Work in slices (page/run-in-slices.ts): a generator runs to completion, giving the page its
 * turn between slices, and the clock records what the slices cost. Timing assertions are loose
 * on purpose (relationships, not thresholds): these are not benchmarks.
 */
import { describe, expect, it } from 'vitest';
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

const newClock = (phase?: string): SliceClock => ({
  busyMs: 0,
  sliceStart: performance.now(),
  longestMs: 0,
  ...(phase && { phase }),
});

/** Holds the thread for `ms`, like a step of real work. */
const busyWait = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
};

/** `count` steps of `ms` each; returns how many ran. */
function* work(count: number, ms: number, onStep?: (i: number) => void) {
  for (let i = 0; i < count; i++) {
    onStep?.(i);
    busyWait(ms);
    yield;
  }
  return count;
}

/** Counts how often other tasks got to run while `promise` was pending. */
async function turnsWhile<T>(promise: Promise<T>): Promise<{ value: T; turns: number }> {
  let done = false;
  let turns = 0;
  const tick = () => {
    if (done) return;
    turns++;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const value = await promise;
  done = true;
  return { value, turns };
}

describe('runInSlices', () => {
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
    // A slice with a second to spare: the thread's own scheduling on a loaded machine cannot use
    // up the budget of three empty steps (it did once, closing the slice).
    const clock = { ...newClock(), sliceStart: performance.now() + 1000 };
    const { value, turns } = await turnsWhile(runInSlices(work(3, 0), clock));
    expect(value).toBe(3);
    expect(turns).toBe(0);
    // No slice was closed: the last one is the caller's to close.
    expect(clock.busyMs).toBe(0);
  });

  it('lets other tasks run between slices when the work is longer than a slice', async () => {
    // About 5 slices' worth of 3 ms steps.
    const count = Math.ceil((5 * SLICE_MS) / 3);
    const clock = newClock();
    const { value, turns } = await turnsWhile(runInSlices(work(count, 3), clock));
    expect(value).toBe(count);
    expect(turns).toBeGreaterThan(0);
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
    // The whole run held the thread for at least count × 3 ms, all of it inside slices.
    expect(clock.busyMs).toBeGreaterThanOrEqual(count * 3 - 1);
    expect(clock.longestMs).toBeGreaterThan(0);
    expect(clock.longestMs).toBeLessThanOrEqual(clock.busyMs);
    // Several slices, so no single one is the whole run.
    expect(clock.longestMs).toBeLessThan(clock.busyMs);
    expect(['reading', 'matching']).toContain(clock.longestPhase);
  });

  it('a slice already over budget yields before any step, and starts afresh', async () => {
    // The caller's slice began long ago (the content script's start-up, say).
    const clock: SliceClock = {
      busyMs: 0,
      sliceStart: performance.now() - 10 * SLICE_MS,
      longestMs: 0,
      phase: 'start-up',
    };
    const before = performance.now();
    let stepsBeforeYield = 0;
    await runInSlices(
      work(3, 0, () => {
        // busyMs stays 0 until the first slice is closed, at the first yield.
        if (clock.busyMs === 0) stepsBeforeYield++;
      }),
      clock,
    );
    expect(stepsBeforeYield).toBe(0);
    // The stale slice was closed and counted; the next one began after the yield.
    expect(clock.busyMs).toBeGreaterThanOrEqual(10 * SLICE_MS);
    expect(clock.longestPhase).toBe('start-up');
    expect(clock.sliceStart).toBeGreaterThanOrEqual(before);
  });

  it('throws Cancelled after a yield once the work is no longer wanted', async () => {
    let ran = 0;
    const clock = newClock();
    const run = runInSlices(
      work(1000, 3, () => ran++),
      clock,
      () => ran > 0,
    );
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(ran).toBeGreaterThan(0);
    expect(ran).toBeLessThan(1000);
  });

  it('does not ask isCancelled while the work fits in one slice', async () => {
    let asked = 0;
    const value = await runInSlices(work(3, 0), newClock(), () => {
      asked++;
      return true;
    });
    expect(value).toBe(3);
    expect(asked).toBe(0);
  });
});

describe('yieldToPage and closeSlice', () => {
  it('closeSlice adds the ending slice to busyMs and keeps the longest', () => {
    const clock = newClock('first');
    busyWait(2);
    closeSlice(clock);
    const first = clock.busyMs;
    expect(first).toBeGreaterThan(0);
    expect(clock.longestMs).toBe(first);
    expect(clock.longestPhase).toBe('first');

    // A shorter slice adds to the total but is not the longest.
    clock.sliceStart = performance.now();
    clock.phase = 'second';
    closeSlice(clock);
    expect(clock.busyMs).toBeGreaterThanOrEqual(first);
    expect(clock.longestPhase).toBe('first');
  });

  it('yieldToPage lets a pending task run and starts a new slice', async () => {
    const clock = newClock();
    let ran = false;
    setTimeout(() => {
      ran = true;
    }, 0);
    const before = performance.now();
    // A message-channel task may come before a 0 ms timeout: yield until it has run.
    for (let i = 0; i < 50 && !ran; i++) await yieldToPage(clock);
    expect(ran).toBe(true);
    expect(clock.sliceStart).toBeGreaterThanOrEqual(before);
  });
});

describe('waitOutside', () => {
  const later = <T>(ms: number, value: T) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

  it('counts the asking in the slice, not the wait, and starts a new slice with the answer', async () => {
    const clock = newClock('asking');
    let answeredAt = 0;
    const value = await waitOutside(clock, () => {
      // The call's own cost (connecting a port, copying the text) is ours.
      busyWait(5);
      return later(40, 'answer').then((answer) => {
        answeredAt = performance.now();
        return answer;
      });
    });
    expect(value).toBe('answer');
    expect(clock.busyMs).toBeGreaterThanOrEqual(5);
    // The 40 ms of waiting went to no slice: the new slice starts once the answer is in. Asserted
    // against the answer's own time, not the wall clock, so a loaded machine cannot fail it.
    expect(clock.busyMs).toBeLessThan(40);
    expect(clock.sliceStart).toBeGreaterThanOrEqual(answeredAt);
  });

  it('starts a new slice when the answer is a rejection, and passes the rejection on', async () => {
    const clock = newClock();
    const before = performance.now();
    await expect(
      waitOutside(clock, async () => {
        await later(20, null);
        throw new Error('gone');
      }),
    ).rejects.toThrow('gone');
    expect(clock.busyMs).toBeLessThan(20);
    expect(clock.sliceStart).toBeGreaterThanOrEqual(before + 15);
  });
});

describe('enterPhase', () => {
  it('credits each part of one slice to the phase that was running', () => {
    const clock: SliceClock = { ...newClock('reading'), phaseMs: {} };
    busyWait(4);
    enterPhase(clock, 'sending');
    busyWait(6);
    closeSlice(clock);
    const { reading = 0, sending = 0 } = clock.phaseMs ?? {};
    expect(reading).toBeGreaterThanOrEqual(4);
    expect(sending).toBeGreaterThanOrEqual(6);
    // The phases split the slice: together they are the slice, nothing counted twice.
    expect(reading + sending).toBeCloseTo(clock.busyMs, 5);
    expect(clock.longestPhase).toBe('sending');
  });

  it('starts the next slice in the phase entered last', () => {
    const clock: SliceClock = { ...newClock('reading'), phaseMs: {} };
    enterPhase(clock, 'sending');
    closeSlice(clock);
    clock.sliceStart = performance.now();
    busyWait(3);
    closeSlice(clock);
    expect(clock.phaseMs?.sending ?? 0).toBeGreaterThanOrEqual(3);
  });
});

describe('yieldIfSpent', () => {
  it('goes on without yielding while the slice has budget left', async () => {
    // A slice that started "later" than now: budget left however long a loaded machine takes
    // to get from here to the call.
    const clock = { ...newClock(), sliceStart: performance.now() + 60_000 };
    const { value, turns } = await turnsWhile(yieldIfSpent(clock));
    expect(value).toBe(false);
    expect(turns).toBe(0);
    expect(clock.busyMs).toBe(0);
  });

  it('throws Cancelled after yielding when the work is no longer wanted', async () => {
    const clock = newClock();
    busyWait(SLICE_MS + 1);
    await expect(yieldIfSpent(clock, () => true)).rejects.toBeInstanceOf(Cancelled);
  });

  it('ends a slice that has spent its budget, and starts the next', async () => {
    const clock = newClock('painting');
    busyWait(SLICE_MS + 1);
    const before = performance.now();
    expect(await yieldIfSpent(clock)).toBe(true);
    expect(clock.busyMs).toBeGreaterThanOrEqual(SLICE_MS);
    expect(clock.sliceStart).toBeGreaterThanOrEqual(before);
  });
});
