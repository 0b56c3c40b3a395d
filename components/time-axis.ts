/** A date or month as a number of months since year 0, for placing it on a time axis. */
export function monthsOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return Number.NaN;
  const day = m[3] ? Number(m[3]) : 1;
  return Number(m[1]) * 12 + Number(m[2]) - 1 + (day - 1) / 31;
}
