/**
 * Days of the Gregorian calendar, and nothing else: the page's date reader needs them, and
 * imports this module rather than the date resolver, whose word lists and classes would then
 * be built on every page the reader runs on, for nothing.
 */

/** True for exactly "YYYY-MM-DD" or "YYYY-MM" naming a real day or month (not 2024-02-30). */
export function isDateOrMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days in a month (1–12) of the Gregorian calendar. Arithmetic rather than a Date: the first
 * Date a content script builds costs it milliseconds of set-up on every page it runs on.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
