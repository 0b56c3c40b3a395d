/**
 * Dates of the knowledge base (sources, milestones) in the reader's locale, or the browser's
 * when none is given ("8 Sep 2024" in en-GB, "Sep 8, 2024" in en-US). The KB stores day or month
 * precision; a month-only date must not gain an invented day, so the precision is kept. UTC
 * throughout, so a date never shifts by a day in the reader's time zone.
 */
export function formatSourceDate(iso: string, locale?: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return iso;
  const day = m[3] ? Number(m[3]) : undefined;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'short',
      ...(day !== undefined && { day: 'numeric' }),
    }).format(date);
  } catch {
    // An unknown locale tag from the browser: the ISO form is still readable.
    return iso;
  }
}
