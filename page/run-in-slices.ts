/**
 * Runs resumable work (a generator that yields between small steps) on the page's main thread
 * without ever holding it long: steps run until a slice's budget is spent, then control goes back
 * to the page (scheduler.yield() where the browser has it, else a message-channel task, which
 * unlike setTimeout is not clamped to 4 ms) before the next slice.
 */

/** Well under the 50 ms that makes a long task, leaving the page room for input and rendering. */
export const SLICE_MS = 8;

export type SliceClock = {
  /** Summed time of the slices so far: what the work cost the main thread. */
  busyMs: number;
  /** When the current slice began. */
  sliceStart: number;
  /** The longest slice so far: the longest task the work itself added to the page. */
  longestMs: number;
  /** What the work is doing now, and what it was doing in the longest slice (for DevTools). */
  phase?: string;
  longestPhase?: string;
  /** Busy time per phase, for DevTools and the benchmark's breakdown. */
  phaseMs?: Record<string, number>;
  /** When the current phase began, if within the current slice (set by enterPhase). */
  phaseFrom?: number;
};

/** A clock whose first slice began at `since` (when the content script started, for a first scan). */
export function startClock(since: number): SliceClock {
  return { busyMs: 0, sliceStart: since, longestMs: 0, phase: 'start-up', phaseMs: {} };
}

/** Thrown (and caught by the caller) when the work is no longer wanted. */
export class Cancelled extends Error {}

export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  clock: SliceClock,
  isCancelled: () => boolean = () => false,
  /**
   * Runs at the start of each slice after the first (e.g. to show what has been found so far),
   * so its cost is not added to a slice that has already used its budget.
   */
  betweenSlices?: () => void,
): Promise<T> {
  // A slice that has spent its budget already (start-up, an earlier phase) ends before any step.
  if (await yieldIfSpent(clock, isCancelled)) betweenSlices?.();
  for (;;) {
    let next = steps.next();
    while (!next.done && performance.now() - clock.sliceStart < SLICE_MS) next = steps.next();
    if (next.done) return next.value;
    await yieldToPage(clock);
    if (isCancelled()) throw new Cancelled();
    betweenSlices?.();
  }
}

/**
 * Ends the slice if it has spent its budget, before a step that cannot be split (painting,
 * say); a slice with time left goes on without paying for a yield. Says whether it yielded, and
 * throws Cancelled if the work is no longer wanted when the next slice starts.
 */
export async function yieldIfSpent(
  clock: SliceClock,
  isCancelled: () => boolean = () => false,
): Promise<boolean> {
  if (performance.now() - clock.sliceStart < SLICE_MS) return false;
  await yieldToPage(clock);
  if (isCancelled()) throw new Cancelled();
  return true;
}

/** Ends the current slice, lets the page run, and starts the next slice. */
export async function yieldToPage(clock: SliceClock): Promise<void> {
  // Asking for the next task is work of this slice too (the first scheduler.yield() sets up the
  // scheduler), so the slice closes after it.
  const next = nextTask();
  closeSlice(clock);
  await next;
  clock.sliceStart = performance.now();
}

/**
 * Waits for something that is not our work (the background's reply, storage, a file): asking is
 * part of the slice (the call's own cost is ours), the wait is not, and a new slice starts when
 * the answer arrives, whether it resolves or rejects.
 */
export async function waitOutside<T>(clock: SliceClock, ask: () => Promise<T>): Promise<T> {
  const answer = ask();
  closeSlice(clock);
  try {
    return await answer;
  } finally {
    clock.sliceStart = performance.now();
  }
}

/**
 * Starts another phase of the work, mid-slice: the slice so far is credited to the phase that
 * ends, so the breakdown stays true without a yield between phases.
 */
export function enterPhase(clock: SliceClock, phase: string): void {
  const now = performance.now();
  creditPhase(clock, now);
  clock.phase = phase;
  clock.phaseFrom = now;
}

function creditPhase(clock: SliceClock, now: number): void {
  if (!clock.phaseMs || !clock.phase) return;
  const from = Math.max(clock.sliceStart, clock.phaseFrom ?? clock.sliceStart);
  clock.phaseMs[clock.phase] = (clock.phaseMs[clock.phase] ?? 0) + (now - from);
}

/** Adds the slice that is ending to the clock. */
export function closeSlice(clock: SliceClock): void {
  const now = performance.now();
  const slice = now - clock.sliceStart;
  clock.busyMs += slice;
  creditPhase(clock, now);
  clock.phaseFrom = undefined;
  if (slice > clock.longestMs) {
    clock.longestMs = slice;
    clock.longestPhase = clock.phase;
  }
}

type Scheduler = { yield?: () => Promise<void> };

function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
