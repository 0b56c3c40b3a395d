/**
 * parseDateString reads the usual HTML dates (a day, a month, a day and time with Z or an
 * offset) from their characters, without its regular expression: it must read every one of
 * them exactly as the expression's grammar does, and leave every other string to it.
 */
import { describe, expect, it } from 'vitest';
import { parseDateString } from '../../../page/published-date';

/** HTML's date, month and date-time grammar, as published-date.ts's expression reads it. */
const GRAMMAR =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s?(?:Z|UTC|GMT|[+-](\d{2}):?(\d{2})))?)?)?$/i;

/** What the grammar and the checks on it make of `s`; undefined where the grammar does not match. */
function byGrammar(s: string): string | null | undefined {
  const m = GRAMMAR.exec(s);
  if (!m) return undefined;
  const [h, min, sec, zh, zm] = [m[4], m[5], m[6], m[7], m[8]].map((p) => Number(p ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (h > 23 || min > 59 || sec > 59 || zh > 23 || zm > 59) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[3] === undefined) return `${year}-${pad(month)}`;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days || (year === 1970 && month === 1 && day === 1)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

describe('parseDateString on HTML dates read from their characters', () => {
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['2025-03', '2025-03'],
    ['2025-03-14T06:05', '2025-03-14'],
    ['2025-03-14t06:05:09z', '2025-03-14'],
    ['2025-03-14 06:05:09.250+01:00', '2025-03-14'],
    ['2025-03-14T06:05:09-0800', '2025-03-14'],
    ['2025-03-14T24:00', null],
    ['2025-03-14T06:60:00Z', null],
    ['2025-03-14T06:05:61', null],
    ['2025-03-14T06:05+24:00', null],
    ['2025-03-14T06:05-05:75', null],
    ['2025-02-29', null],
    ['2025-14', null],
    ['1899-12-31', null],
    ['1970-01-01T00:00:00Z', null],
    // Left to the expression (and to what reads other forms after it), as before.
    ['2025-03-14T06:05 UTC', '2025-03-14'],
    ['2025-03-14T06:05 +01:00', '2025-03-14'],
    ['2025-03-14T06:05:09.', null],
    ['2025-03-14T06:05Zulu', null],
    ['2025-03-14T6:05', null],
    ['2025-3-14', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseDateString(raw)).toBe(expected);
  });

  it('reads every string of the grammar as the grammar does', () => {
    const days = [
      '2025-03-14',
      '2024-02-29',
      '2023-02-29',
      '2025-00-10',
      '2025-12-31',
      '1970-01-01',
    ];
    const seps = ['T', 't', ' '];
    const times = [
      '00:00',
      '23:59',
      '24:00',
      '12:60',
      '07:08:09',
      '07:08:60',
      '07:08:09.5',
      '07:08:09.',
    ];
    const zones = [
      '',
      'Z',
      'z',
      '+01:00',
      '-0530',
      '+24:00',
      '+01:60',
      ' Z',
      'UTC',
      '+1:00',
      '+0100x',
    ];
    const strings = ['2025-03', '2025-13', ...days];
    for (const d of days)
      for (const sep of seps)
        for (const t of times) for (const z of zones) strings.push(`${d}${sep}${t}${z}`);
    let read = 0;
    for (const s of strings) {
      const expected = byGrammar(s);
      if (expected === undefined) continue;
      read++;
      expect(parseDateString(s), s).toBe(expected);
    }
    expect(read).toBeGreaterThan(500);
  });
});
