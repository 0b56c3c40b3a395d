/**
 * The main-thread CPU our code cost the page during the first scan, read from a Chromium trace.
 *
 * Wall time of our slices mostly measures waiting on a loaded machine (a descheduled thread's
 * clock keeps running), so this counts thread time instead: the `tdur` of each top-level task
 * of the renderer's main thread that ran our code inside the first scan's window. The window is
 * the final `claimlight:scan` user-timing measure (blink.user_timing), opened SCRIPT_LEAD_US
 * earlier so that evaluating content.js itself, which happens just before the measure starts,
 * is in it. A task is ours when an event inside it belongs to the extension (a chrome-extension://
 * script, the content script's isolated world), or when it is one of the two kinds of task that
 * carry no such mark but are the scan's by construction: a reply to a message (the settings
 * answer) whose microtasks run for more than MICROTASK_US, and a scheduler.yield() continuation
 * (the scan's later slices; the bench pages have no script of their own that yields). A task
 * partly outside the window counts for its share inside it.
 *
 * TRACE_CATEGORIES are the categories these events come from, and no more:
 * `disabled-by-default-devtools.timeline` (RunTask, the task around both a scheduler task and
 * the microtask checkpoint after it: without it a promise continuation of ours looks like a task
 * of its own with no mark), `toplevel` (with toplevel,mojom: message replies), `devtools.timeline`
 * (EvaluateScript, compile and module events, FunctionCall, RunYieldContinuation), `v8`
 * (v8.callFunction with its world), `v8.execute` (RunMicrotasks), `disabled-by-default-v8.compile`
 * (the task that starts streaming the reader module, ~0.7 ms) and `blink.user_timing` (the
 * window). Checked against full traces (perf7's): the same tasks and the same sum.
 */

/** Trace categories needed, comma-separated, for Tracing.start. */
export const TRACE_CATEGORIES =
  'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8,v8.execute,' +
  'disabled-by-default-v8.compile,blink.user_timing';

/** How far before the measure's start a task may begin and still be the scan's (µs). */
const SCRIPT_LEAD_US = 5_000;
/** Microtasks of a message reply longer than this are the scan's settings answer (µs). */
const MICROTASK_US = 200;

const fromExtension = (url) => String(url ?? '').startsWith('chrome-extension://');

/**
 * Whether a trace event belongs to the extension: its script, or an isolated world (named after
 * the extension; the main world has no name) other than the ones Playwright makes for itself.
 */
const ofExtension = (e) =>
  (typeof e.args?.worldName === 'string' &&
    e.args.worldName !== '' &&
    !e.args.worldName.startsWith('__playwright')) ||
  fromExtension(e.args?.data?.url) ||
  fromExtension(e.args?.fileName);

/**
 * @param {any[]} events the trace's events (Tracing.dataCollected values)
 * @returns {{ cpuMs: number, wallMs: number, tasks: number } | null} null without a final
 *   claimlight:scan measure in the trace
 */
export function ourTaskCpu(events) {
  const marks = events.filter((e) => e.name === 'claimlight:scan');
  const begin = marks.filter((e) => e.ph === 'b').at(-1);
  const end = marks.filter((e) => e.ph === 'e').at(-1);
  if (!begin || !end) return null;
  const from = begin.ts - SCRIPT_LEAD_US;
  const to = end.ts;
  const onThread = events
    .filter(
      (x) =>
        x.pid === begin.pid &&
        x.tid === begin.tid &&
        x.ph === 'X' &&
        x.ts < to &&
        x.ts + (x.dur ?? 0) > from,
    )
    .sort((p, q) => p.ts - q.ts || q.dur - p.dur);
  // Top-level tasks: the outermost complete events; the rest nest inside one of them.
  const tops = [];
  let covered = Number.NEGATIVE_INFINITY;
  for (const x of onThread)
    if (x.ts >= covered) {
      tops.push({ task: x, inner: [] });
      covered = x.ts + x.dur;
    } else tops.at(-1).inner.push(x);
  let cpuUs = 0;
  let wallUs = 0;
  let tasks = 0;
  for (const { task, inner } of tops) {
    const ours =
      inner.some(ofExtension) ||
      inner.some((y) => y.name === 'RunYieldContinuation') ||
      (inner.some((y) => y.name === 'Receive mojo reply') &&
        inner.some((y) => y.name === 'RunMicrotasks' && y.dur > MICROTASK_US));
    if (!ours || !task.dur) continue;
    const inside = Math.min(task.ts + task.dur, to) - Math.max(task.ts, from);
    wallUs += inside;
    cpuUs += (task.tdur ?? 0) * Math.min(1, inside / task.dur);
    tasks++;
  }
  return { cpuMs: cpuUs / 1000, wallMs: wallUs / 1000, tasks };
}
