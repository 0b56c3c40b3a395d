/**
 * A chronology's entries ("March 2019: the bridge reopens", "2014 — the works begin", "Jan. 5:
 * the council votes"): the date opening an entry, before a dash or a colon, dates what the entry
 * tells. An entry giving a month and no year ("Jan. 5: …", "Feb.: …") is in the year of the
 * entry just before it (the next year when its month comes earlier in the year: a chronology
 * runs forward), not in the page's year, which is where a bare month is read otherwise.
 */
import type { DateMention, YearMonth } from './resolve-dates';
import { monthOf } from './resolve-dates';
import type { Token } from './tokenize';

/** The date opening an entry: its year, its month, or both. */
export type EntryDate = { year?: number; month?: number };

/** "Late 2025:", "Early March:": a part of the year before the entry's date. */
const PARTS = new Set(['late', 'early', 'mid', 'end']);
/** What may stand between an entry's date and what it tells: a dash or a colon. */
const LABEL_GAP = /^\.?\s*[-–—:]\s+$/;
/** "2014 (September). …": the year, then its month in brackets, then a full stop. */
const BRACKET_OPEN = /^\s*\($/;
const BRACKET_CLOSE = /^\)\.\s+$/;
/** How many sentences an entry with no year may stand after the one that gave it. */
const ENTRY_REACH = 2;

function yearOf(token: Token | undefined): number | undefined {
  if (!token || token.value === undefined || !/^\d{4}$/.test(token.raw)) return undefined;
  return token.value >= 1900 && token.value <= 2100 ? token.value : undefined;
}

/** A day of the month in figures ("5", "17"). */
function isDay(token: Token | undefined): boolean {
  return token?.value !== undefined && /^\d{1,2}$/.test(token.raw) && token.value <= 31;
}

/**
 * The date that opens the sentence as an entry's label, or undefined: a month (with its day), a
 * year, or both, then a dash or a colon ("Jan. 3, 2020 — …", "Feb.: …", "2014 — …").
 */
export function entryDate(tokens: readonly Token[], text: string): EntryDate | undefined {
  const bracketed = bracketedEntryDate(tokens, text);
  if (bracketed) return bracketed;
  let k = PARTS.has(tokens[0]?.norm ?? '') ? 1 : 0;
  // "17 Jan. 2026 — …": the day may come first.
  if (isDay(tokens[k]) && monthOf(tokens[k + 1]) !== undefined) k++;
  const month = monthOf(tokens[k]);
  if (month !== undefined) {
    k++;
    if (isDay(tokens[k]) && !isDay(tokens[k - 2])) k++;
  }
  const year = yearOf(tokens[k]);
  if (year !== undefined) k++;
  if (month === undefined && year === undefined) return undefined;
  const last = tokens[k - 1] as Token;
  const next = tokens[k];
  if (!next || !LABEL_GAP.test(text.slice(last.end, next.start))) return undefined;
  return { ...(year !== undefined && { year }), ...(month !== undefined && { month }) };
}

/**
 * "2014 (September). Formation of …", "2026 (17 January). The army …": an encyclopedia's
 * chronology heads each entry by its year, then the month (and day) in brackets, and tells the
 * entry in nominal style after a full stop.
 */
function bracketedEntryDate(tokens: readonly Token[], text: string): EntryDate | undefined {
  const year = yearOf(tokens[0]);
  if (year === undefined || !tokens[1]) return undefined;
  if (!BRACKET_OPEN.test(text.slice(tokens[0]?.end, tokens[1].start))) return undefined;
  const k = isDay(tokens[1]) ? 2 : 1;
  const month = monthOf(tokens[k]);
  const next = tokens[k + 1];
  if (month === undefined || !next) return undefined;
  if (!BRACKET_CLOSE.test(text.slice((tokens[k] as Token).end, next.start))) return undefined;
  return { year, month };
}

/**
 * For each sentence, the year of the entry it is: the year its label gives, or for an entry with
 * a month and no year, the year it takes from the entry before it (within `ENTRY_REACH`
 * sentences); undefined for a sentence that is no dated entry. The sentences in page order.
 * A chronology runs forward (a month earlier than the entry before's is in the next year), or,
 * as a live page's latest-first list does, backward: so read when two dated entries go back in
 * time, or when reading forward would put an entry after the page's year.
 */
export function entryYears(
  sentences: readonly ({ tokens: readonly Token[]; text: string } | undefined)[],
  published: YearMonth | null = null,
): (number | undefined)[] {
  const years: (number | undefined)[] = new Array(sentences.length);
  let last: { year: number; month?: number; at: number } | undefined;
  /** 1 forward, -1 latest first, 0 not known yet. */
  let order = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // Most sentences open with no month and no year: one look at the first words.
    const entry = s && s.tokens.length > 1 ? entryDate(s.tokens, s.text) : undefined;
    if (!entry) continue;
    if (entry.year !== undefined) {
      if (last && i - last.at <= ENTRY_REACH) {
        const step = entry.year * 12 + (entry.month ?? 6) - (last.year * 12 + (last.month ?? 6));
        if (step !== 0) order = step > 0 ? 1 : -1;
      }
      years[i] = entry.year;
      last = { year: entry.year, month: entry.month, at: i };
      continue;
    }
    if (!last || i - last.at > ENTRY_REACH || entry.month === undefined) continue;
    const earlier = last.month !== undefined && entry.month < last.month;
    const later = last.month !== undefined && entry.month > last.month;
    const forward = earlier ? last.year + 1 : last.year;
    if (order === 0 && published && forward > published.year) order = -1;
    const year = order < 0 ? (later ? last.year - 1 : last.year) : forward;
    years[i] = year;
    last = { year, month: entry.month, at: i };
  }
  return years;
}

/**
 * The sentence's dates with its bare months put in the entry's year (`entryYears`): the month
 * of its label ("Jan. 9: …"), and, in an entry telling what happened, a month it names with no
 * year ("2011 — the crews left at the end of December"), each read from the page's year. An entry
 * telling what was to come (`future`) keeps the months after its label as they were read. The
 * same list, changed in place.
 */
export function inEntryYear(
  dates: DateMention[],
  year: number | undefined,
  tokens: readonly Token[],
  future: boolean,
): DateMention[] {
  if (year === undefined) return dates;
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k] as DateMention;
    if (d.month === undefined || !d.relative || d.year === year) continue;
    // A bare month only: not "next May", "last March" (their own year, read from the page).
    if (monthOf(tokens[d.from]) === undefined) continue;
    if (d.from > 1 && future) continue;
    dates[k] = { ...d, year, relative: false };
  }
  return dates;
}
