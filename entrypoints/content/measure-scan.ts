/**
 * Records a scan as performance.measure('claimlight:scan') (DevTools, the benchmark): from
 * `since` (for a page's first scan, when the content script started) to now, with the summed
 * slice time as `detail.busyMs`. On local hosts only: the page can read its performance
 * timeline (page-hooks.ts).
 */
import { closeSlice, type SliceClock } from '../../page/run-in-slices';
import { onLocalHost } from './page-hooks';

export type ScanFigures = {
  highlights: number;
  sentences: number;
  offTopic?: string;
  /**
   * The background's matching time (roundMs) and whether it built its matcher for this pass: on
   * its own thread, not part of the page's busy time. The reader's scan sets them (scan.ts).
   */
  engineMs?: number;
  engineCold?: boolean;
};

/** Milliseconds to two decimals, as the measure's figures are written. */
export const roundMs = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Closes the last slice and records the measure (local hosts only). The figures go into its
 * detail as given, so that the content script, which reports off-topic pages only, carries no
 * code for the reader's figures.
 */
export function measureScan(since: number, clock: SliceClock, scan: ScanFigures): void {
  closeSlice(clock);
  if (!onLocalHost()) return;
  const end = performance.now();
  try {
    performance.measure('claimlight:scan', {
      start: since,
      end,
      detail: {
        ...scan,
        busyMs: roundMs(clock.busyMs),
        longestSliceMs: roundMs(clock.longestMs),
        longestSlicePhase: clock.longestPhase,
        wallMs: roundMs(end - since),
        phaseMs: Object.fromEntries(
          Object.entries(clock.phaseMs ?? {}).map(([k, v]) => [k, roundMs(v)]),
        ),
      },
    });
  } catch {
    // Pages can replace window.performance; measuring is optional.
  }
}
