/** A date or month as a number of months since year 0, for placing it on a time axis. */
export function monthsOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return Number.NaN;
  const day = m[3] ? Number(m[3]) : 1;
  return Number(m[1]) * 12 + Number(m[2]) - 1 + (day - 1) / 31;
}

/** The width of the story view's time pictures, and the margins either side of their axis. */
export const AXIS_WIDTH = 720;
export const AXIS_LEFT = 16;
export const AXIS_RIGHT = 24;

/** Where dates fall on a picture's axis, and the years it spans. */
export type TimeScale = {
  /** The horizontal position of a date or month. */
  x: (iso: string) => number;
  /** Every year whose start is a tick, the first to the closing one. */
  years: number[];
};

/**
 * A scale of whole years around `dates`, so the year ticks frame the picture; null when none
 * of them is a date.
 */
export function timeScale(dates: readonly string[]): TimeScale | null {
  const months = dates.map(monthsOf).filter(Number.isFinite);
  if (!months.length) return null;
  const from = Math.floor(Math.min(...months) / 12) * 12;
  const to = Math.ceil((Math.max(...months) + 1) / 12) * 12;
  const span = AXIS_WIDTH - AXIS_LEFT - AXIS_RIGHT;
  return {
    x: (iso) => AXIS_LEFT + ((monthsOf(iso) - from) / (to - from)) * span,
    years: Array.from({ length: (to - from) / 12 + 1 }, (_, i) => from / 12 + i),
  };
}
