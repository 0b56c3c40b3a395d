/**
 * The browser bench's worker CPU counts the thread time of the service worker thread's tasks,
 * each once, and says how the worker's script was loaded; a synthetic trace shows each rule.
 */
import { describe, expect, it } from 'vitest';
import { workerCpu } from '../../../scripts/bench/worker-cpu.mjs';

const WORKER = { pid: 3, tid: 9 };
const PAGE = { pid: 1, tid: 7 };
const threads = [
  { ...WORKER, ph: 'M', name: 'thread_name', args: { name: 'ServiceWorker thread' } },
  { ...PAGE, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
];
const task = (on: object, ts: number, dur: number, tdur: number) => ({
  ...on,
  ph: 'X',
  name: 'ThreadControllerImpl::RunTask',
  ts,
  dur,
  tdur,
});
const compile = (ts: number, tdur: number, consumedCacheSize?: number) => ({
  ...WORKER,
  ph: 'X',
  name: 'v8.compile',
  ts,
  dur: tdur,
  tdur,
  args: {
    data: {
      url: 'chrome-extension://abc/background.js',
      ...(consumedCacheSize !== undefined && { consumedCacheSize }),
    },
  },
});

describe('workerCpu', () => {
  it("sums the worker thread's task time, a nested task once, and no other thread's", () => {
    const r = workerCpu([
      ...threads,
      task(WORKER, 1_000, 10_000, 6_000),
      // Inside the task above: already counted.
      task(WORKER, 2_000, 1_000, 900),
      task(WORKER, 20_000, 3_000, 2_500),
      task(PAGE, 1_000, 50_000, 40_000),
    ]);
    expect(r.cpuMs).toBe(8.5);
    expect(r.tasks).toBe(2);
  });

  it('has no script figures when the worker was already running', () => {
    const r = workerCpu([...threads, task(WORKER, 0, 1_000, 800)]);
    expect(r).toMatchObject({ compileMs: null, cachedBytes: null, runMs: null });
  });

  it('says whether the script came from the code cache, and times its evaluation', () => {
    const run = { ...WORKER, ph: 'X', name: 'v8.run', ts: 3_000, dur: 2_000, tdur: 1_500 };
    const cached = workerCpu([...threads, compile(1_000, 1_200, 754_248), run]);
    expect(cached).toMatchObject({ compileMs: 1.2, cachedBytes: 754_248, runMs: 1.5 });
    const fresh = workerCpu([...threads, compile(1_000, 9_000)]);
    expect(fresh).toMatchObject({ compileMs: 9, cachedBytes: 0, runMs: null });
  });
});
