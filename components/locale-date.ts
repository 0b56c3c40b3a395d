/**
 * Dates in the reader's locale through Intl.DateTimeFormat, keeping the precision the data has:
 * a month-only date ("2025-09") must not gain an invented day.
 */
export function localeDate(iso: string, locale?: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  // Noon UTC, formatted in UTC: the day cannot slip across a time-zone boundary.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1, 12));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    ...(day && { day: 'numeric' }),
  }).format(date);
}

/** A date or month as a number of months since year 0, for placing it on a time axis. */
export function monthsOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return Number.NaN;
  const day = m[3] ? Number(m[3]) : 1;
  return Number(m[1]) * 12 + Number(m[2]) - 1 + (day - 1) / 31;
}
