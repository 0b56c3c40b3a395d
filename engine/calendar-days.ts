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

/**
 * The day after `date` (YYYY-MM-DD), by arithmetic for the reason daysInMonth gives (the page's
 * date reader asks it on every page whose head gives a day). Days past a month's end roll over,
 * as Date.parse's do.
 */
export function dayAfter(date: string): string {
  return isoDay(dayNumber(date) + 1);
}

/** Days since 1970-01-01 of a YYYY-MM-DD (the proleptic Gregorian calendar, as Date counts). */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // Years counted from March, so that a leap day ends its year (civil-from-days' reckoning).
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const ofEra = year - era * 400;
  const ofYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const ofCycle = ofEra * 365 + Math.floor(ofEra / 4) - Math.floor(ofEra / 100) + ofYear;
  return era * 146_097 + ofCycle - 719_468;
}

/** The YYYY-MM-DD of a day number (dayNumber's inverse). */
function isoDay(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const ofCycle = z - era * 146_097;
  const ofEra = Math.floor(
    (ofCycle -
      Math.floor(ofCycle / 1460) +
      Math.floor(ofCycle / 36_524) -
      Math.floor(ofCycle / 146_096)) /
      365,
  );
  const ofYear = ofCycle - (365 * ofEra + Math.floor(ofEra / 4) - Math.floor(ofEra / 100));
  const mp = Math.floor((5 * ofYear + 2) / 153);
  const d = ofYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = ofEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
