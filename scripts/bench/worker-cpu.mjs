/**
 * The background's CPU, read from a browser-wide Chromium trace (a tab's trace does not hold the
 * extension's process): the thread time of every task on the service worker's thread, and how
 * the worker's script was loaded when the trace saw it start.
 *
 * Wall time (the engineMs the page hears) mostly measures waiting on a loaded machine; a task's
 * `tdur` does not. The tasks are the `toplevel` category's ThreadControllerImpl::RunTask events
 * on threads named "ServiceWorker thread" (the bench's browser runs no other service worker), a
 * task inside another counted once. From the `v8` category: `v8.compile` of background.js (its
 * args say whether V8 took the compiled code from Chromium's code cache: consumedCacheSize) and
 * `v8.run` (evaluating the script's top level), both absent when the worker was already running.
 */

/** Trace categories needed, comma-separated, for Tracing.start on the browser's session. */
export const WORKER_TRACE_CATEGORIES = 'toplevel,v8';

const WORKER_THREAD = 'ServiceWorker thread';
const TASK = 'ThreadControllerImpl::RunTask';

/**
 * @param {any[]} events the trace's events (Tracing.dataCollected values)
 * @returns {{ cpuMs: number, tasks: number, compileMs: number | null, cachedBytes: number | null,
 *   runMs: number | null }} compileMs and runMs null when the script was not loaded in the trace;
 *   cachedBytes the code cache V8 consumed (0: compiled from source)
 */
export function workerCpu(events) {
  const workerThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === WORKER_THREAD)
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onWorker = events.filter((e) => e.ph === 'X' && workerThreads.has(`${e.pid}:${e.tid}`));
  const tasks = onWorker.filter((e) => e.name === TASK).sort((a, b) => a.ts - b.ts);
  let cpuUs = 0;
  let counted = 0;
  const endOf = new Map();
  for (const t of tasks) {
    const thread = `${t.pid}:${t.tid}`;
    // A nested task's time is already in the task around it.
    if (t.ts < (endOf.get(thread) ?? -1)) continue;
    endOf.set(thread, t.ts + (t.dur ?? 0));
    cpuUs += t.tdur ?? t.dur ?? 0;
    counted++;
  }
  const compiles = onWorker.filter(
    (e) => e.name === 'v8.compile' && String(e.args?.data?.url ?? '').endsWith('/background.js'),
  );
  const runs = onWorker.filter((e) => e.name === 'v8.run');
  const sumMs = (list) => list.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  return {
    cpuMs: cpuUs / 1000,
    tasks: counted,
    compileMs: compiles.length ? sumMs(compiles) : null,
    cachedBytes: compiles.length
      ? compiles.reduce((sum, e) => sum + (Number(e.args?.data?.consumedCacheSize) || 0), 0)
      : null,
    runMs: runs.length ? sumMs(runs) : null,
  };
}
