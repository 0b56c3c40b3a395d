/**
 * The browser bench's CPU column counts only the main-thread tasks that ran the extension's
 * code inside the first scan's window, by their thread time; a synthetic trace shows each rule.
 */
import { describe, expect, it } from 'vitest';
import { ourTaskCpu } from '../../../scripts/bench/our-task-cpu.mjs';

const MAIN = { pid: 1, tid: 7 };
const task = (ts: number, dur: number, tdur: number) => ({
  ...MAIN,
  ph: 'X',
  name: 'RunTask',
  ts,
  dur,
  tdur,
});
const inner = (name: string, ts: number, dur: number, args: object = {}) => ({
  ...MAIN,
  ph: 'X',
  name,
  ts,
  dur,
  args,
});
const window = (from: number, to: number) => [
  { ...MAIN, ph: 'b', name: 'claimlight:scan', ts: from },
  { ...MAIN, ph: 'e', name: 'claimlight:scan', ts: to },
];

describe('ourTaskCpu', () => {
  it('is null without a scan measure', () => {
    expect(ourTaskCpu([task(0, 10, 5)])).toBeNull();
  });

  it('sums the thread time of tasks marked as the extension, and no others', () => {
    const events = [
      ...window(100_000, 200_000),
      // The content script evaluated just before the measure opens: counted.
      task(97_000, 2_000, 1_500),
      inner('EvaluateScript', 97_100, 1_800, {
        data: { url: 'chrome-extension://abc/content.js' },
      }),
      // A page task with no mark: not counted.
      task(110_000, 4_000, 3_000),
      inner('FunctionCall', 110_100, 3_000, { data: { url: 'http://127.0.0.1/page.js' } }),
      // A call in the isolated world: counted.
      task(120_000, 3_000, 1_000),
      inner('v8.callFunction', 120_100, 2_000, { worldName: 'Claimlight' }),
      // A yield continuation (the scan's later slices): counted.
      task(130_000, 1_000, 800),
      inner('RunYieldContinuation', 130_010, 900),
      // A message reply whose microtasks do real work (the settings answer): counted.
      task(140_000, 2_000, 1_200),
      inner('Receive mojo reply', 140_010, 100),
      inner('RunMicrotasks', 140_200, 1_500),
      // A message reply with next to no microtask work: not counted.
      task(150_000, 500, 400),
      inner('Receive mojo reply', 150_010, 100),
      inner('RunMicrotasks', 150_200, 50),
      // Another thread's work in the window: not counted.
      { ...task(160_000, 5_000, 5_000), tid: 8 },
      { ...inner('v8.callFunction', 160_100, 4_000, { worldName: 'Claimlight' }), tid: 8 },
      // Long before the window: not counted.
      task(10_000, 2_000, 2_000),
      inner('EvaluateScript', 10_100, 1_800, { data: { url: 'chrome-extension://abc/x.js' } }),
    ];
    const r = ourTaskCpu(events);
    expect(r?.tasks).toBe(4);
    expect(r?.cpuMs).toBeCloseTo((1_500 + 1_000 + 800 + 1_200) / 1000, 6);
    expect(r?.wallMs).toBeCloseTo((2_000 + 3_000 + 1_000 + 2_000) / 1000, 6);
  });

  it("does not count Playwright's own isolated world", () => {
    const events = [
      ...window(100_000, 110_000),
      task(102_000, 1_000, 900),
      inner('v8.callFunction', 102_100, 800, { worldName: '__playwright_utility_world__' }),
    ];
    expect(ourTaskCpu(events)?.tasks).toBe(0);
  });

  it('counts a task cut by the window for its share inside it', () => {
    const events = [
      ...window(100_000, 110_000),
      task(108_000, 4_000, 2_000),
      inner('v8.callFunction', 108_100, 3_000, { worldName: 'Claimlight' }),
    ];
    expect(ourTaskCpu(events)?.cpuMs).toBeCloseTo(1, 6);
  });
});
