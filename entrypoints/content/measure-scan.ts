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
  /** The background's matching time and whether it built its matcher for this pass. */
  engine?: { ms: number; cold: boolean } | null;
};

/** Closes the last slice and records the measure (local hosts only). */
export function measureScan(since: number, clock: SliceClock, scan: ScanFigures): void {
  closeSlice(clock);
  if (!onLocalHost()) return;
  const end = performance.now();
  const round = (ms: number) => Math.round(ms * 100) / 100;
  try {
    performance.measure('claimlight:scan', {
      start: since,
      end,
      detail: {
        highlights: scan.highlights,
        sentences: scan.sentences,
        busyMs: round(clock.busyMs),
        longestSliceMs: round(clock.longestMs),
        longestSlicePhase: clock.longestPhase,
        wallMs: round(end - since),
        phaseMs: Object.fromEntries(
          Object.entries(clock.phaseMs ?? {}).map(([k, v]) => [k, round(v)]),
        ),
        ...(scan.offTopic && { offTopic: scan.offTopic }),
        // The background's share, on its own thread: not part of the page's busy time.
        ...(scan.engine && { engineMs: round(scan.engine.ms), engineCold: scan.engine.cold }),
      },
    });
  } catch {
    // Pages can replace window.performance; measuring is optional.
  }
}
