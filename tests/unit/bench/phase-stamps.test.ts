/**
 * A scratch build's stamps split the first scan's main-thread CPU by phase: the thread clock
 * from an opening stamp to the next stamp is that phase's, and nothing after a closing stamp
 * counts (the slice is over: a wait, or the page's own work).
 */
import { describe, expect, it } from 'vitest';
import { stampPhases } from '../../../scripts/bench/phase-stamps.mjs';

const stamp = (message: string, ts: number, tts: number) => ({
  ph: 'I',
  name: 'TimeStamp',
  ts,
  tts,
  args: { data: { message } },
});

describe('stampPhases', () => {
  it('is null for a build that makes no stamps', () => {
    expect(
      stampPhases([{ name: 'TimeStamp', ts: 1, tts: 1, args: { data: { message: 'x' } } }]),
    ).toBeNull();
  });

  it('credits each phase its thread time up to the next stamp, and no time after a close', () => {
    const events = [
      stamp('cl:open first look', 1_000, 500),
      stamp('cl:open article', 1_400, 800),
      stamp('cl:close', 2_000, 1_300),
      // Waiting (wall time passes, the thread does other work): no one's.
      stamp('cl:open article', 9_000, 4_000),
      stamp('cl:open ranges', 9_500, 4_250),
      stamp('cl:close', 9_900, 4_650),
    ];
    expect(stampPhases(events)).toEqual({ 'first look': 0.3, article: 0.75, ranges: 0.4 });
  });

  it('reads the stamps in time order, whatever order the trace delivered them in', () => {
    const events = [stamp('cl:close', 3_000, 2_000), stamp('cl:open matching', 1_000, 1_000)];
    expect(stampPhases(events)).toEqual({ matching: 1 });
  });
});
