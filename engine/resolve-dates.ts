/**
 * Finds the dates a sentence states and resolves relative ones ("by September next year",
 * "the end of this year", "last January") against the article's publication date.
 * Each date carries its role, because "by 2026" (a deadline) and "after 2026" are different claims.
 */
import { daysInMonth, isDateOrMonth } from './calendar-days';
import { endsWithChars } from './char-class';
import { laterClause, openingClauseEnd } from './clauses';
import { MONTH_NAMES } from './month-names';
import { pastNotUntil } from './not-until';
import { willIsNoun } from './noun-will';
import { periodAt } from './periods-ago';
import { withoutPlannedAsides } from './planned-aside';
import { monthPointedBack, pointedTimeEnd } from './pointed-month';
import { rememberedFrom, willRecall } from './remembered-that';
import { seasonGone } from './season-gone';
import { spanAfterPast } from './span-after-past';
import { NUMBER_WORD_CLASS, NUMBER_WORDS } from './spelled-numbers';
import { isUpper, type Token } from './tokenize';
import { weekdayTense } from './weekday-tense';
import { inClass, wordClass } from './word-class';
import { gapBefore, gapHas } from './word-gaps';

export type DateRole = 'deadline' | 'since' | 'point';

export type DateMention = {
  year: number;
  /** 1–12 when the sentence names a month (or a relative month). */
  month?: number;
  /** "the end of …", or a "before 2026" deadline. */
  end?: boolean;
  /**
   * "late 2025", "early 2026", "mid-2025", "by the autumn": a part of the year, months [from, to].
   */
  part?: YearPart;
  role: DateRole;
  /** True when it came from a relative phrase resolved against the publication date. */
  relative: boolean;
  /** "four years ago" is rounded by the writer: a year either side still agrees. */
  approximate?: boolean;
  /**
   * "soon", "in the coming days", "next week": near at hand, read as the page's month, and
   * consistent with a deadline a little later (recognize.ts `agrees`).
   */
  near?: boolean;
  /** The words that stated it. */
  text: string;
  /** Token span [from, to). */
  from: number;
  to: number;
};

/** A part of a year: months [from, to] and the words that name it. */
export type YearPart = {
  from: number;
  to: number;
  label:
    | 'early'
    | 'mid'
    | 'late'
    | 'spring'
    | 'summer'
    | 'autumn'
    | 'first quarter'
    | 'second quarter'
    | 'third quarter'
    | 'fourth quarter';
};

/** The page's month; its day too when the page gives one (a weekday is read against it). */
export type YearMonth = { year: number; month: number; day?: number };

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const SEASONS: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

/**
 * The last month of each season: once the page's month is past it, "last summer" is the one just
 * gone, in the page's own year (a page of November tells of the summer months before it).
 */
const SEASON_ENDS: Record<string, number> = {
  spring: 5,
  summer: 8,
  autumn: 11,
  fall: 11,
  winter: 2,
};

const DEADLINE_CUES = new Set([
  'by',
  'until',
  'till',
  'before',
  'ahead',
  'deadline',
  'due',
  'within',
  // "two phases ending in 2026": what ends then is done by then.
  'ending',
  'concluding',
]);
/** What a date is named as when it is a deadline: "… as the date for the crews to leave". */
const AS_DEADLINE = new Set(['date', 'deadline', 'target', 'cutoff', 'timeline', 'end-date']);
const SCHEDULE_CUES = new Set(['set', 'scheduled', 'slated', 'planned', 'expected', 'targeted']);
const SINCE_CUES = new Set(['since', 'after', 'following', 'from', 'beyond']);
const END_CUES = new Set(['end', 'close', 'conclusion']);

/** Words before a bare "year end" that make it a date: "by year end", "at year-end". */
const YEAR_END_BEFORE = new Set([
  'by',
  'at',
  'before',
  'until',
  'till',
  'around',
  'toward',
  'towards',
]);
/** Parts of a year a writer names without a month ("by late 2025"). */
const PARTS = new Map<string, { from: number; to: number; label: 'early' | 'mid' | 'late' }>([
  ['late', { from: 9, to: 12, label: 'late' }],
  ['early', { from: 1, to: 4, label: 'early' }],
  ['mid', { from: 5, to: 8, label: 'mid' }],
  ['middle', { from: 5, to: 8, label: 'mid' }],
]);
/** Verbs after "this year" / "last year" telling its start ("as this year began"). */
const YEAR_OPENED = new Set(['began', 'begun', 'started', 'opened', 'dawned']);
/** Words joining the two ends of a span ("from September 2025 to September 2026"). */
const SPAN_JOINS = new Set(['to', 'through', 'until', 'till', 'and']);
/**
 * Tense of a plan retold: "the plan called for … by September" looks back at a deadline that
 * may have passed, so a bare month resolves to the past; "will … by September" looks ahead.
 */
const PAST_CUES = new Set([
  'called',
  'had',
  'envisaged',
  'envisioned',
  'originally',
  'initially',
  'was',
  'were',
]);
const FUTURE_CUES = new Set([
  'will',
  "'ll",
  'shall',
  'would',
  'is',
  'are',
  'plans',
  'aims',
  'intends',
  // A plan told by what it asks in the present: "the deal requires the crews to leave by May".
  'requires',
  'obliges',
  'stipulates',
]);

// Kept in a module of their own, which the page's date reader imports without this one.
export { daysInMonth, isDateOrMonth };

/** Parses "2024-09-08" or "2024-09" into year and month. */
export function parsePublished(published: string | null | undefined): YearMonth | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published ?? '');
  if (!m) return null;
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (day !== undefined && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  return { year, month };
}

/** The seasons read alone ("by the autumn"), as months of one year; winter spans two. */
const SEASON_PARTS = new Map<string, YearPart>([
  ['spring', { from: 3, to: 5, label: 'spring' }],
  ['summer', { from: 6, to: 8, label: 'summer' }],
  ['autumn', { from: 9, to: 11, label: 'autumn' }],
  ['fall', { from: 9, to: 11, label: 'autumn' }],
]);
/** Words before "the new year" that point into it, not to its eve: "in the new year". */
const INTO_NEW_YEAR = new Set(['in', 'into', 'after', 'from']);
/** A quarter of the year by its ordinal: "the third quarter" is July to September. */
const QUARTERS = new Map<string, YearPart>([
  ['first', { from: 1, to: 3, label: 'first quarter' }],
  ['second', { from: 4, to: 6, label: 'second quarter' }],
  ['third', { from: 7, to: 9, label: 'third quarter' }],
  ['fourth', { from: 10, to: 12, label: 'fourth quarter' }],
  ['final', { from: 10, to: 12, label: 'fourth quarter' }],
]);
/** The seasons as a word class: resolveDates asks bareSeason at every token of a sentence. */
const SEASON_WORD = wordClass(SEASON_PARTS.keys());

/**
 * Every word other than a figure, a number word or a capitalised word that resolveDates' loop
 * reads a date from when it stands first: a season ("by the autumn"), "next year", "within a
 * year", "the New Year", "the year is out", "the coming weeks", "soon", "tomorrow", "the
 * following year", "a year ago", "a decade ago". A word that adds a reading there is added here.
 */
const DATE_OPENER = wordClass([
  ...SEASON_PARTS.keys(),
  // "on Tuesday": a day of the page's week (weekday-tense.ts).
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  'next',
  'this',
  'last',
  'within',
  'new',
  'the',
  'coming',
  'soon',
  'tomorrow',
  'yesterday',
  ...QUARTERS.keys(),
  'following',
  'a',
  "year's",
  'year',
]);

/** The words after "the" or "a" with which resolveDates reads a date ("the year", "a decade ago"). */
const ARTICLE_UNITS = new Set([
  'year',
  'years',
  'month',
  'months',
  'decade',
  'decades',
  // "a dozen years ago", "a couple of years ago" (periods-ago.ts).
  'dozen',
  'couple',
]);

/**
 * Words before "the" that make a season after it a deadline: "by the autumn". Not "in the
 * autumn": told as a point, a season hedged ("probably in the autumn") or in a clause of time
 * ("By the time the crews leave, probably in the autumn, …") is not what the sentence asserts,
 * and a deadline season already outranks none.
 */
const SEASON_CUES = new Set(['by', 'until', 'till', 'before']);

/** Words after a season that keep it a time: "by the summer and …", "in the autumn when …". */
const SEASON_AFTER = new Set(['and', 'or', 'when', 'as', 'at', 'if', 'after', 'before', 'but']);

/**
 * The season at `i` when it is named alone as a deadline: after "the" and a word of one ("by the
 * autumn", "until the summer", "by the end of the summer"), or right after "by"/"until"/"before" ("by autumn"), and ending
 * its phrase (not "the fall of the city", "the spring offensive"). "This autumn", "last summer"
 * and "the summer of 2025" are read elsewhere.
 */
function bareSeason(tokens: readonly Token[], sentence: string, i: number): YearPart | undefined {
  if (!inClass(tokens[i], SEASON_WORD)) return undefined;
  const part = SEASON_PARTS.get(tokens[i]?.norm ?? '');
  if (!part) return undefined;
  const before = tokens[i - 1]?.norm ?? '';
  const cued =
    (before === 'the' && SEASON_CUES.has(tokens[i - 2]?.norm ?? '')) ||
    (before === 'the' &&
      tokens[i - 2]?.norm === 'of' &&
      tokens[i - 3]?.norm === 'end' &&
      SEASON_CUES.has(tokens[i - 5]?.norm ?? '')) ||
    before === 'by' ||
    before === 'until' ||
    before === 'before';
  if (!cued) return undefined;
  const next = tokens[i + 1];
  if (!next || /[,;:.!?"“”()—–]/.test(gapBefore(tokens, sentence, i + 1))) return part;
  if (yearOf(next) !== undefined) return part;
  return SEASON_AFTER.has(next.norm) ? part : undefined;
}

/**
 * The date a month or a season names in `year`. A function of its own, not a closure in
 * resolveDates' loop: a closure there holding the loop's season and month made every pass of
 * the loop, at every word, allocate a context for them.
 */
function dated(year: number, relative: boolean, season: YearPart | undefined, month: number) {
  return season ? { year, season, relative } : { year, month, relative };
}

/** A Map, so words such as "constructor" are not read off Object.prototype. */
const MONTH_BY_WORD = new Map(Object.entries(MONTHS));
/**
 * The months' words, with the dot of an abbreviation too ("sept."), as a word class:
 * resolveDates passes over a word in none of its classes without looking it up (monthOf).
 */
const MONTH_WORD = wordClass(Object.keys(MONTHS).flatMap((w) => [w, `${w}.`, `${w}'s`]));

export function monthOf(token: Token | undefined): number | undefined {
  // "may" and "march" are verbs too; only a capitalised form is a month. Read first: most
  // words of a sentence are in lower case, and are not looked up.
  if (!token || !isUpper(token.raw.charCodeAt(0))) return undefined;
  // "September's deadline", "by September's end": the possessive names the month as well.
  const word = token.norm.endsWith('.')
    ? token.norm.slice(0, -1)
    : token.norm.endsWith("'s")
      ? token.norm.slice(0, -2)
      : token.norm;
  return MONTH_BY_WORD.get(word);
}

function yearOf(token: Token | undefined): number | undefined {
  if (!token || token.value === undefined || !/^\d{4}$/.test(token.raw)) return undefined;
  return token.value >= 1900 && token.value <= 2100 ? token.value : undefined;
}

export function resolveDates(
  tokens: Token[],
  sentence: string,
  published: YearMonth | null,
  /** The body's first token, after a dateline ("RIVERTON — Two months after …"); 0 without one. */
  bodyFrom = 0,
): DateMention[] {
  const mentions: DateMention[] = [];
  const norm = (i: number) => tokens[i]?.norm;
  /** Where a time pointed back at ends (pointed-month.ts), looked for once, only when asked. */
  let pointedEnd: number | undefined;
  const afterPointedTime = (i: number): boolean => {
    pointedEnd ??= pointedTimeEnd(tokens);
    return pointedEnd >= 0 && pointedEnd <= i;
  };
  // A month's year and its role both ask whether a past "not … until" governs it: asked once.
  let notUntilFrom = -1;
  let notUntilThere = false;
  const notUntil = (from: number): boolean => {
    if (from !== notUntilFrom) {
      notUntilFrom = from;
      notUntilThere = pastNotUntil(tokens, sentence, from);
    }
    return notUntilThere;
  };

  const push = (
    from: number,
    to: number,
    date: {
      year: number;
      month?: number;
      end?: boolean;
      relative: boolean;
      approximate?: boolean;
      near?: boolean;
      /** A season named without a month ("by the autumn"). */
      season?: YearPart;
    },
  ) => {
    const context = lookBehind(tokens, from);
    let { year, end } = date;
    let { month } = date;
    if (context.end) end = true;
    // "did not leave the airfield until January": the leaving came then, a point in time.
    let role = context.role === 'deadline' && notUntil(from) ? 'point' : context.role;
    let part = month === undefined ? (date.season ?? context.part) : undefined;
    // "by the end of the summer" is the season's last month; "before the summer", the month
    // before its first.
    if (date.season && (end || context.before)) {
      month = end ? date.season.to : date.season.from - 1;
      part = undefined;
    }
    // The second end of a span is where it stops: "from September 2025 to September 2026",
    // "between 2025 and 2026", "September 2025–September 2026".
    const previous = mentions.at(-1);
    if (previous && previous.to <= from && from - previous.to <= 1) {
      const join = from - previous.to === 1 ? norm(previous.to) : undefined;
      const dash = /[-–—]/.test(
        sentence.slice((tokens[previous.to - 1] as Token).end, (tokens[from] as Token).start),
      );
      const opened = previous.role === 'since' || norm(previous.from - 1) === 'between';
      if (
        (join && SPAN_JOINS.has(join) && (opened || join !== 'and')) ||
        (dash && join === undefined)
      ) {
        role = 'deadline';
        if (opened && previous.role !== 'since') previous.role = 'since';
      }
    }
    // "before 2024 ends", "by the time 2025 is over": the end of the year named, a deadline.
    const closes = month === undefined && periodCloses(tokens, to);
    if (closes) {
      end = true;
      if (context.before || role === 'deadline' || norm(from - 1) === 'time') role = 'deadline';
      // "When 2025 is over, no crew will be left", "once 2026 ends": what holds from the year's
      // end on is due by then (not "when 2025 was over", a time gone by), as it is when a past
      // promise looks forward from then ("would all be gone when 2025 ended").
      else if (
        WHEN_DONE.has(norm(from - 1) ?? '') &&
        (!closedInPast(tokens, to) || wouldBefore(tokens, from))
      )
        role = 'deadline';
    }
    // "before 2026" is a deadline at the end of 2025.
    else if (context.before && month === undefined) {
      year -= 1;
      month = 12;
      end = true;
    }
    if (context.schedule && role === 'point') role = 'deadline';
    // "gave the end of 2025 as the date for all crews to leave": a date named as a deadline.
    if (
      role === 'point' &&
      norm(to) === 'as' &&
      (norm(to + 1) === 'the' || norm(to + 1) === 'a' || norm(to + 1) === 'its') &&
      AS_DEADLINE.has(norm(to + 2) ?? '')
    )
      role = 'deadline';
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    // Every property written, set or not: one shape of object for every date, and no spread
    // (copied by the runtime) on a path run for each date of a page.
    mentions.push({
      year,
      month,
      end: end || undefined,
      part: part && !end ? part : undefined,
      role,
      relative: date.relative,
      approximate: date.approximate || undefined,
      near: date.near || undefined,
      text: sentence.slice(first.start, last.end),
      from,
      to,
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    // Most words start no date: not a figure, a number word, a capitalised word (a month), nor a
    // word that opens one of the phrasings below. Those are passed over without the tests.
    // A capitalised word is read on only as a month (a month's word: monthOf() asks for the
    // capital): past the month's reading below, every test asks for a figure, a number word or
    // a word of DATE_OPENER.
    const token = tokens[i] as Token;
    if (
      token.value === undefined &&
      (token.classes & (DATE_OPENER | NUMBER_WORD_CLASS)) === 0 &&
      ((token.classes & MONTH_WORD) === 0 || !isUpper(token.raw.charCodeAt(0)))
    )
      continue;
    const word = norm(i);
    // "the" and "a" open a date only before a unit of time ("the year is out", "within the
    // month", "a year ago", "a decade ago"); before any other word they are passed over.
    if ((word === 'the' || word === 'a') && !ARTICLE_UNITS.has(norm(i + 1) ?? '')) continue;
    // "by the autumn", "until the summer": a season, read as its months are, a part of the year.
    const season = bareSeason(tokens, sentence, i);
    const month = monthOf(tokens[i]) ?? season?.from;
    if (month !== undefined) {
      // "September twenty twenty-six", "May of twenty nineteen": a spoken year after the month.
      const spoken = season ? undefined : yearSpokenAfter(tokens, sentence, i + 1);
      if (spoken) {
        push(i, spoken.to, dated(spoken.year, false, season, month));
        i = spoken.to - 1;
        continue;
      }
      // "3 January 2020", "January 3, 2020", "September 2025", "September next year", "next September".
      let to = i + 1;
      if (!season && tokens[to]?.value !== undefined && !yearOf(tokens[to])) to++;
      // "September of 2025", "September of next year".
      if (
        norm(to) === 'of' &&
        (yearOf(tokens[to + 1]) !== undefined ||
          ((norm(to + 1) === 'next' || norm(to + 1) === 'this') && norm(to + 2) === 'year'))
      )
        to++;
      const year = yearOf(tokens[to]);
      if (year !== undefined) {
        push(i, to + 1, dated(year, false, season, month));
        i = to;
        continue;
      }
      // "in May 2026, or by December of that year": the year the sentence named last.
      const thatYear =
        norm(to) !== 'of'
          ? 0
          : norm(to + 1) === 'that' && norm(to + 2) === 'year'
            ? 3
            : norm(to + 1) === 'the' && norm(to + 2) === 'same' && norm(to + 3) === 'year'
              ? 4
              : 0;
      const yearNamed = thatYear > 0 ? mentions[mentions.length - 1]?.year : undefined;
      if (yearNamed !== undefined) {
        push(i, to + thatYear, dated(yearNamed, false, season, month));
        i = to + thatYear - 1;
        continue;
      }
      // "By September of that year", the year named in a sentence before: not this sentence's to
      // tell, and not the page's (read so, it was September of the page's year).
      if (thatYear > 0) {
        i = to + thatYear - 1;
        continue;
      }
      // "That September", "the following January": a month of a year told before, read with
      // that year (pointed-month.ts), not the page's.
      if (!season && monthPointedBack(tokens, i)) {
        i = to - 1;
        continue;
      }
      // "at some point in 2026, by September", "In 2024, in May, the board agreed": a bare month
      // set off by a comma just after a year the sentence names narrows that year; read against
      // the page it was the page's year or the next.
      const narrowed = mentions.at(-1);
      if (
        narrowed &&
        narrowed.month === undefined &&
        !narrowed.relative &&
        narrowed.to === i - 1 &&
        NARROWING.has(norm(i - 1) ?? '') &&
        gapBefore(tokens, sentence, i - 1).includes(',')
      ) {
        push(i, to, dated(narrowed.year, false, season, month));
        i = to - 1;
        continue;
      }
      if (!published) continue;
      if (norm(to) === 'next' && norm(to + 1) === 'year') {
        push(i, to + 2, dated(published.year + 1, true, season, month));
        i = to + 1;
        continue;
      }
      if (norm(to) === 'this' && norm(to + 1) === 'year') {
        push(i, to + 2, dated(published.year, true, season, month));
        i = to + 1;
        continue;
      }
      const before = norm(i - 1);
      const from = before === 'next' || before === 'last' || before === 'this' ? i - 1 : i;
      // A plan told in the future ("the last ferries will sail in May") looks ahead too.
      // Its own clause: "left on August 26, adding that more will follow" reports a past August.
      // "When the ferries began leaving in May, many assumed …": an opening clause of time too.
      const opening = openingClauseEnd(tokens, sentence);
      const later = opening > i ? opening : laterClause(tokens, sentence, i, tokens.length - 1);
      // "… leave by December, the latest date officials had given": an apposition naming the
      // month has tenses of its own, not the clause's.
      const named = namedAfter(tokens, sentence, i);
      const end = named > 0 && (later < 0 || named < later) ? named : later;
      // "The last crossing, due in May, ran only in June": the aside's "due" is not the clause's tense.
      // "Patrols will watch the road to Portsea, where the crews took over in May": a clause on
      // a place has a tense of its own. "Readers will remember that in May …": so has what a
      // reader is bid to remember (remembered-that.ts).
      const opens = Math.max(placeClauseBefore(tokens, sentence, i), rememberedFrom(tokens, i));
      const clause = withoutPlannedAsides(
        end < 0 ? tokens.slice(opens) : tokens.slice(opens, end),
        sentence,
      );
      // "the September deadline": a month naming a deadline looks ahead as one.
      const beforeDeadline = namesDeadline(tokens, i);
      const deadline =
        (lookBehind(tokens, from).role === 'deadline' ||
          beforeDeadline ||
          setAsEnd(tokens, i) ||
          future(clause)) &&
        !retold(clause) &&
        !whenSaid(tokens, sentence, i) &&
        !lastedUntil(tokens, i) &&
        !(monthRanOut(tokens, i) && !future(clause)) &&
        !notUntil(from) &&
        !(doneBy(tokens, from) && !future(clause)) &&
        !(byThen(tokens, sentence, from) && toldInPast(clause));
      let resolvedYear = published.year;
      if (entryLabel(tokens, sentence, i)) {
        // "March: crews return", "October – the minister says …": a timeline's entry tells what
        // happened then, a past month; an entry telling what it was to bring ("… says the crews
        // will return") is still dated by the month nearest the page, not the next one.
        if (!future(clause)) resolvedYear -= month > published.month ? 1 : 0;
        else if (month - published.month > 6) resolvedYear -= 1;
        else if (published.month - month > 6) resolvedYear += 1;
      } else if (overrun(tokens, from, i)) {
        // "stayed past the September deadline": a deadline run past has passed, unless the
        // clause looks ahead ("will stay past the September deadline": the one nearest the page).
        if (!future(clause)) resolvedYear -= month > published.month ? 1 : 0;
        else if (month - published.month > 6) resolvedYear -= 1;
        else if (published.month - month > 6) resolvedYear += 1;
      } else if (beforeDeadline && before !== 'next' && before !== 'last' && retold(clause)) {
        // "the first phase had a September deadline": a deadline retold in the past tense is the
        // one nearest the page, passed or still to come (the one passed, half a year either way).
        if (month - published.month >= 6) resolvedYear -= 1;
        else if (published.month - month > 6) resolvedYear += 1;
      } else if (
        before !== 'next' &&
        before !== 'this' &&
        ((before !== 'last' && backIn(tokens, i)) || pluperfectBefore(tokens, sentence, from))
      ) {
        // A month told as gone by is the last one on or before the page's: "Back in December",
        // "earlier in May", whatever the clause goes on to report ("… told us it would happen");
        // "had been promised for the last days of December", "had forecast in December", a plan
        // or a saying told in the pluperfect, from after its month.
        resolvedYear -= month > published.month ? 1 : 0;
      } else if (before === 'next') resolvedYear += month <= published.month ? 1 : 0;
      // "come September", "this coming September": the next one, or the page's own month.
      else if (before === 'come' || before === 'coming')
        resolvedYear += month < published.month ? 1 : 0;
      // "Last August" on a September page is the August a year before: the one just gone is
      // "last month", or "in August".
      else if (before === 'last') resolvedYear -= month >= published.month - 1 ? 1 : 0;
      else if (before !== 'this') {
        // A bare month points forward when it is a deadline, backward when it reports an event.
        // A season is gone once its last month is.
        if (deadline && (season?.to ?? month) < published.month) resolvedYear += 1;
        if (!deadline && month > published.month) resolvedYear -= 1;
      }
      // "on Sept. 27": the day is part of the date, not a number the sentence states.
      const day = season ? undefined : tokens[i + 1]?.value;
      const last = day !== undefined && day >= 1 && day <= 31 ? i + 1 : i;
      push(from, last + 1, dated(resolvedYear, true, season, month));
      i = last;
      continue;
    }
    const year = yearOf(tokens[i]);
    if (year !== undefined) {
      if (setIn(tokens, i)) continue;
      // "by Christmas 2025": the holiday closes the year, its December, not the year at large.
      if (norm(i - 1) === 'christmas') {
        push(i - 1, i + 1, { year, month: 12, end: true, relative: false });
        continue;
      }
      push(i, i + 1, { year, relative: false });
      continue;
    }
    const spelled = spelledYear(tokens, i);
    if (spelled) {
      push(i, spelled.to, { year: spelled.year, relative: false });
      i = spelled.to - 1;
      continue;
    }
    if (!published) continue;
    const next = norm(i + 1);
    // "two winters ago", "the year before last", "half a decade ago" (periods-ago.ts).
    const period = periodAt(tokens, i, bodyFrom, mentions.at(-1)?.to === i);
    if (period) {
      if (!(period.ago && (saidAgo(tokens, i) || setAgo(tokens, i)))) {
        const from = ('from' in period && period.from) || i;
        if ('season' in period) {
          const gone = published.month > (SEASON_ENDS[period.season] ?? 12);
          const offset = (gone ? 0 : -1) - (period.back - 1);
          const part = SEASON_PARTS.get(period.season);
          push(
            from,
            period.to,
            dated(
              published.year + offset,
              true,
              part,
              part ? part.from : (SEASONS[period.season] ?? 1),
            ),
          );
        } else if ('months' in period) {
          const index = published.year * 12 + (published.month - 1) + period.months;
          push(from, period.to, {
            year: Math.floor(index / 12),
            month: (index % 12) + 1,
            relative: true,
          });
        } else if ('years' in period)
          push(from, period.to, {
            year: published.year + period.years,
            relative: true,
            approximate: period.approximate || undefined,
          });
        else {
          const earlier = mentions.at(-1) as DateMention;
          push(from, period.to, { year: earlier.year + period.fromEarlier, relative: true });
        }
      }
      i = period.to - 1;
      continue;
    }
    if ((word === 'next' || word === 'this' || word === 'last') && next === 'year') {
      // "the timetable agreed last year": the year dates the setting, as "set two years ago" does.
      if (word !== 'next' && setAgo(tokens, i)) {
        i++;
        continue;
      }
      const offset = word === 'next' ? 1 : word === 'last' ? -1 : 0;
      // "as this year began", "when last year opened": the year's first months, not all of it.
      const opened = YEAR_OPENED.has(norm(i + 2) ?? '');
      push(i, i + 2, {
        year: published.year + offset,
        relative: true,
        ...(opened && { season: PARTS.get('early') }),
      });
      i++;
      continue;
    }
    // "within a year", "within two years": a deadline that far from the page's month.
    if (
      word === 'within' &&
      (next === 'a' || next === 'one' || next === 'two') &&
      (norm(i + 2) === 'year' || norm(i + 2) === 'years')
    ) {
      const years = next === 'two' ? 2 : 1;
      const since = sinceToldYear(tokens, i + 1, mentions.at(-1), published);
      if (since !== undefined) push(i + 1, i + 3, { year: since, relative: true });
      else
        push(i + 1, i + 3, {
          year: published.year + years,
          month: published.month,
          relative: true,
        });
      i += 2;
      continue;
    }
    // "In 2011 the crews left, and within three years the pier had closed": a span after a past
    // year the sentence told counts from that year, in a clause telling the past.
    const since = sinceToldYear(tokens, i, mentions.at(-1), published);
    if (since !== undefined) {
      push(i, i + 2, { year: since, relative: true });
      i++;
      continue;
    }
    // "in less than four weeks", "within three months", "three months to go", "in six months":
    // that far from the page's month. Weeks stay near at hand (the page's day is not known).
    const ahead = countAhead(tokens, i, published);
    if (ahead) {
      push(ahead.from, ahead.to, ahead.date);
      if (ahead.deadline) (mentions.at(-1) as DateMention).role = 'deadline';
      i = ahead.to - 1;
      continue;
    }
    // "before the New Year": the end of the year the article was written in. On a page of
    // January or February the turn of the year is the one just passed: "just before the new
    // year" is the December before, "since the new year" the page's January.
    if (
      (word === 'new' &&
        next === 'year' &&
        ((tokens[i + 1]?.raw ?? '').startsWith('Y') || norm(i - 1) === 'the')) ||
      (word === 'new' && next === "year's")
    ) {
      const justPassed = published.month !== undefined && published.month <= 2;
      // "before the New Year", "just before the new year", "before New Year".
      const before =
        norm(i - 1) === 'before' || norm(i - 2) === 'before' || norm(i - 3) === 'before';
      // "in the new year", "into the New Year", "after the new year": the January that opens it.
      const into = INTO_NEW_YEAR.has(
        norm(i - 1) === 'the' ? (norm(i - 2) ?? '') : (norm(i - 1) ?? ''),
      );
      if (justPassed && !before) push(i, i + 2, { year: published.year, month: 1, relative: true });
      else if (into) push(i, i + 2, { year: published.year + 1, month: 1, relative: true });
      else
        push(i, i + 2, {
          year: justPassed ? published.year - 1 : published.year,
          month: 12,
          end: true,
          relative: true,
        });
      i++;
      continue;
    }
    // "by year's end", "at year-end", "before the year's end", "until the year's close": the end
    // of the page's year.
    if (
      (word === "year's" && END_CUES.has(next ?? '')) ||
      (word === 'year' && YEAR_END_BEFORE.has(norm(i - 1) ?? '') && next === 'end')
    ) {
      push(i, i + 2, { year: published.year, month: 12, end: true, relative: true });
      i++;
      continue;
    }
    // "before the year is out", "by the end of the year": the year the article was written in.
    if (
      word === 'the' &&
      next === 'year' &&
      (periodCloses(tokens, i + 2) || (norm(i - 1) === 'of' && END_CUES.has(norm(i - 2) ?? '')))
    ) {
      push(i, i + 2, { year: published.year, relative: true });
      i++;
      continue;
    }
    // "next week", "this week", "within the month", "later in the month", "in the coming weeks",
    // "by the time the month is out" (the month that closes is the one the page is in):
    // the article's month (its day is not known, so a week ahead stays in it).
    if (
      ((word === 'next' || word === 'this') && next === 'week') ||
      (word === 'coming' && (next === 'weeks' || next === 'days') && norm(i - 1) === 'the') ||
      (word === 'the' &&
        next === 'month' &&
        ((MONTH_FRAMES.has(norm(i - 1) ?? '') &&
          // "before the month of May ends": the month named after it, read there, not the page's.
          !(norm(i + 2) === 'of' && monthOf(tokens[i + 3]) !== undefined)) ||
          periodCloses(tokens, i + 2)))
    ) {
      const near = word !== 'the' && word !== 'this';
      push(i, i + 2, { year: published.year, month: published.month, relative: true, near });
      i++;
      continue;
    }
    // "soon", "very soon", "by tomorrow", "within days", "in the next few weeks": near at hand
    // too ("as soon as", "soon after" tie it to something else, not to the page's day; so does a
    // date before it: "In December they said the crews would be gone within days"; so does a
    // verb in the past before it: "the council answered within days", span-after-past.ts; so
    // does a time pointed back at: "At the start of that month they expected it within days").
    const afterDate = mentions.length > 0 || afterPointedTime(i);
    if (
      !afterDate &&
      ((word === 'soon' && norm(i - 1) !== 'as' && next !== 'as' && next !== 'after') ||
        word === 'tomorrow')
    ) {
      push(i, i + 1, { year: published.year, month: published.month, relative: true, near: true });
      continue;
    }
    // "by the end of the third quarter", "in the second quarter of 2026": three months of the
    // year named, or of the page's year. Not "the first quarter of the century".
    const quarter = next === 'quarter' ? QUARTERS.get(word ?? '') : undefined;
    if (quarter && norm(i - 1) === 'the') {
      let to = i + 2;
      let year = published.year;
      const named = norm(to) === 'of' ? yearOf(tokens[to + 1]) : undefined;
      if (named !== undefined) {
        year = named;
        to += 2;
      } else if (norm(to) === 'of') continue;
      push(i, to, { year, season: quarter, relative: named === undefined });
      i = to - 1;
      continue;
    }
    // "yesterday", "last night", "this morning": the page's own day (the day before it for
    // "yesterday" and "last night"), read as its month. Not after a date the sentence named
    // ("left on 17 May, the council said yesterday": the saying's day, not the event's).
    const dayWords =
      word === 'yesterday'
        ? 1
        : (word === 'last' && next === 'night') ||
            (word === 'this' && (next === 'morning' || next === 'afternoon'))
          ? 2
          : 0;
    if (!afterDate && dayWords > 0) {
      const before = word !== 'this' && published.day === 1;
      const index = published.year * 12 + (published.month - 1) - (before ? 1 : 0);
      push(i, i + dayWords, {
        year: Math.floor(index / 12),
        month: (index % 12) + 1,
        relative: true,
        near: true,
      });
      i += dayWords - 1;
      continue;
    }
    // "announced on Tuesday", "will leave on Friday": a weekday of the page's week, where its
    // clause's tense is clear (weekday-tense.ts); not after a date the sentence named.
    // "on Friday, Sept. 27": a weekday before the date it names is that date's, read there.
    const weekday =
      afterDate ||
      !published.day ||
      monthOf(tokens[i + 1]) !== undefined ||
      tokens[i + 1]?.value !== undefined
        ? undefined
        : weekdayOf(tokens[i]);
    if (weekday !== undefined) {
      const tense = weekdayTense(tokens, sentence, i);
      if (tense) {
        const { year, month } = weekdayMonth(published, weekday, tense === 'future');
        push(i, i + 1, { year, month, relative: true });
        continue;
      }
    }
    const few = word === 'next' && next === 'few' ? 1 : 0;
    if (
      !afterDate &&
      (word === 'within' || few) &&
      (norm(i + 1 + few) === 'days' || norm(i + 1 + few) === 'weeks') &&
      // "within weeks of the announcement": counted from that event, not from the page.
      norm(i + 2 + few) !== 'of' &&
      !spanAfterPast(tokens, sentence, i)
    ) {
      push(i, i + 2 + few, {
        year: published.year,
        month: published.month,
        relative: true,
        near: true,
      });
      i += 1 + few;
      continue;
    }
    if (word === 'following' && next === 'year') {
      const previous = mentions.at(-1);
      push(i, i + 2, { year: (previous?.year ?? published.year) + 1, relative: true });
      i++;
      continue;
    }
    if ((word === 'next' || word === 'this' || word === 'last') && next === 'month') {
      const offset = word === 'next' ? 1 : word === 'last' ? -1 : 0;
      const index = published.year * 12 + (published.month - 1) + offset;
      push(i, i + 2, {
        year: Math.floor(index / 12),
        month: (index % 12) + 1,
        relative: true,
      });
      i++;
      continue;
    }
    if ((word === 'this' || word === 'last' || word === 'next') && next && SEASONS[next]) {
      const gone = word === 'last' && published.month > (SEASON_ENDS[next] ?? 12);
      // "this autumn" is its months, as "by the autumn" is (September agrees, not only
      // October); winter, which spans two years, stays its first month of the year.
      const season = SEASON_PARTS.get(next);
      // "Reports this fall said …" on a January page: the autumn just gone (season-gone.ts).
      const lastOne =
        word === 'this' &&
        season !== undefined &&
        seasonGone(tokens, sentence, i, season.from, published.month);
      const offset = word === 'next' ? 1 : (word === 'last' && !gone) || lastOne ? -1 : 0;
      push(
        i,
        i + 2,
        dated(published.year + offset, true, season, season ? season.from : SEASONS[next]),
      );
      i++;
      continue;
    }
    // Years are counted in any number word ("twelve years ago"), as spans ahead are
    // (countAhead); other counts only up to ten.
    const years = next === 'year' || next === 'years';
    const count =
      tokens[i]?.value ??
      (word && inClass(tokens[i], NUMBER_WORD_CLASS)
        ? (years || next === 'month' || next === 'months' ? ANY_NUMBER_WORD : NUMBER_WORD).get(word)
        : undefined);
    // "A year ago this month": the page's month a year back, the writer's own count.
    if (
      (word === 'a' || count === 1) &&
      next === 'year' &&
      norm(i + 2) === 'ago' &&
      norm(i + 3) === 'this' &&
      norm(i + 4) === 'month'
    ) {
      push(i, i + 5, { year: published.year - 1, month: published.month, relative: true });
      i += 4;
      continue;
    }
    // "six months ago", "It is twelve months since the crews left", "it has been two years
    // since": counted back from the page's month. "Since" only after "is"/"been", where it
    // dates the event named after it ("in the two years since the vote, …" tells of the span).
    const back = norm(i + 2);
    const months = next === 'month' || next === 'months';
    const counted = count ?? (word === 'a' && (months || next === 'year') ? 1 : undefined);
    if (
      counted !== undefined &&
      counted < 50 &&
      (months || years) &&
      (back === 'ago' || (back === 'since' && COPULA_BEFORE.has(norm(i - 1) ?? ''))) &&
      !saidAgo(tokens, i) &&
      !setAgo(tokens, i)
    ) {
      if (months) {
        const index = published.year * 12 + (published.month - 1) - counted;
        push(i, i + 3, { year: Math.floor(index / 12), month: (index % 12) + 1, relative: true });
        i += 2;
        continue;
      }
      if (back === 'since' || count === undefined) {
        push(i, i + 3, { year: published.year - counted, relative: true, approximate: true });
        i += 2;
        continue;
      }
    }
    if (count !== undefined && count < 50 && years && norm(i + 2) === 'ago') {
      if (!saidAgo(tokens, i) && !setAgo(tokens, i) && !agoOpensSaying(tokens, sentence, i))
        push(i, i + 3, { year: published.year - count, relative: true, approximate: true });
      i += 2;
      // "two years ago this autumn", "a year ago this week": the season names the anniversary
      // in the year counted back, not one of the page's year.
      if (norm(i + 1) === 'this' && ANNIVERSARY.has(norm(i + 2) ?? '')) i += 2;
      continue;
    }
    // "Ten years after the council formed the committee, it …" opening the sentence (after its
    // dateline, if any): the main clause is the present, so the event it looks back to is that
    // many years ago, a year either side. "Two months after …": that many months before the
    // page's month, read exactly (a month either side carded the plan a month before its event).
    if (
      i === bodyFrom &&
      counted !== undefined &&
      counted < 50 &&
      ((years && count !== undefined) || months) &&
      norm(i + 2) === 'after'
    ) {
      if (years)
        push(i, i + 2, { year: published.year - counted, relative: true, approximate: true });
      else {
        const index = published.year * 12 + (published.month - 1) - counted;
        push(i, i + 2, { year: Math.floor(index / 12), month: (index % 12) + 1, relative: true });
      }
      i += 2;
      continue;
    }
    // "a decade ago", "two decades ago".
    const decades = word === 'a' ? 1 : count;
    if (
      decades !== undefined &&
      decades < 5 &&
      /^decades?$/.test(next ?? '') &&
      norm(i + 2) === 'ago'
    ) {
      push(i, i + 3, { year: published.year - 10 * decades, relative: true, approximate: true });
      i += 2;
      continue;
    }
    // "two years later": counted from the date the sentence gave before.
    const earlier = mentions.at(-1);
    // "in 2015, a year after the city fell", "in 2019, two years before the vote": set right
    // after a date, the span dates the event it names from that date, back or forward.
    const way = norm(i + 2);
    if (
      earlier &&
      earlier.to === i &&
      counted !== undefined &&
      counted < 50 &&
      years &&
      (way === 'after' || way === 'before')
    ) {
      push(i, i + 3, {
        year: earlier.year + (way === 'after' ? -counted : counted),
        relative: true,
      });
      i += 2;
      continue;
    }
    // "a year later", "three years earlier", "two years on," (closing its phrase): the same.
    const onward = way === 'later' || (way === 'on' && closesPhrase(tokens, sentence, i + 3));
    if (
      earlier &&
      counted !== undefined &&
      counted < 50 &&
      years &&
      (onward || way === 'earlier')
    ) {
      push(i, i + 3, { year: earlier.year + (onward ? counted : -counted), relative: true });
      i += 2;
    } else if (
      // "six months later", "two months earlier": from a date that gave its month.
      earlier?.month !== undefined &&
      counted !== undefined &&
      counted < 50 &&
      months &&
      (onward || way === 'earlier')
    ) {
      const index = earlier.year * 12 + (earlier.month - 1) + (onward ? counted : -counted);
      push(i, i + 3, { year: Math.floor(index / 12), month: (index % 12) + 1, relative: true });
      i += 2;
    }
  }
  // "by September's end", "at May's close": the end of the month the possessive names.
  for (const m of mentions)
    if (
      m.month !== undefined &&
      tokens[m.to - 1]?.norm.endsWith("'s") &&
      END_CUES.has(norm(m.to) ?? '')
    ) {
      m.end = true;
      m.to++;
    }
  return mentions;
}

const WEEKDAYS = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [
    d,
    i,
  ]),
);

/** A capitalised weekday's number, Sunday 0: "may" aside, weekdays are no other word. */
export function weekdayOf(token: Token | undefined): number | undefined {
  if (!token || !isUpper(token.raw.charCodeAt(0))) return undefined;
  return WEEKDAYS.get(token.norm);
}

/**
 * The month of the weekday nearest the page's day: the last one on or before it, or the next one
 * on or after it when the clause looks ahead. A page without a day gives its own month.
 */
export function weekdayMonth(
  published: YearMonth,
  weekday: number,
  ahead: boolean,
): { year: number; month: number } {
  if (published.day === undefined) return { year: published.year, month: published.month };
  const day = new Date(Date.UTC(published.year, published.month - 1, published.day));
  const shift = ahead
    ? (weekday - day.getUTCDay() + 7) % 7
    : -((day.getUTCDay() - weekday + 7) % 7);
  day.setUTCDate(day.getUTCDate() + shift);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1 };
}

/** "Within two years", "three months from now": counts of periods are small, one to ten. */
const NUMBER_WORD = new Map(Object.entries(NUMBER_WORDS).filter(([, n]) => n <= 10));
/** Every number word ("twelve", "twenty"), as a Map: "constructor" is no number. */
const ANY_NUMBER_WORD = new Map(Object.entries(NUMBER_WORDS));

/** Units of a span counted from the page's month ("four weeks", "three months"). */
const SPAN_UNITS = new Map([
  ['week', 0],
  ['weeks', 0],
  ['month', 1],
  ['months', 1],
]);
/** Most months a span counted from the page may run ("in 18 months"): longer ones are no date. */
const MAX_MONTHS_AHEAD = 24;

/** How many words after "within N years" a past verb of its clause may stand. */
const PAST_REACH = 6;

/**
 * The year "within N years" reaches, counted from `earlier`, the last date the sentence told, when
 * that date is a past year and the span's clause tells the past ("… and within three years the
 * town had lost its ferry"); undefined otherwise (a span ahead counts from the page: countAhead).
 */
function sinceToldYear(
  tokens: readonly Token[],
  at: number,
  earlier: DateMention | undefined,
  published: YearMonth,
): number | undefined {
  if (!earlier || tokens[at - 1]?.norm !== 'within') return undefined;
  const unit = tokens[at + 1]?.norm;
  if (unit !== 'years' && unit !== 'year') return undefined;
  const word = tokens[at]?.norm ?? '';
  const count = tokens[at]?.value ?? (word === 'a' ? 1 : ANY_NUMBER_WORD.get(word));
  if (count === undefined || count < 1 || count > 20) return undefined;
  if (earlier.month !== undefined || earlier.year + count > published.year) return undefined;
  for (let k = at + 2; k < tokens.length && k <= at + 1 + PAST_REACH; k++) {
    const w = (tokens[k] as Token).norm;
    if (w === 'will' || w === 'would' || w === 'to') return undefined;
    if (w === 'had' || w === 'was' || w === 'were' || (w.length > 4 && w.endsWith('ed')))
      return earlier.year + count;
  }
  return undefined;
}

/**
 * A span counted from the page's month, read at the count token `at`: "within three months",
 * "in less than four weeks" (a deadline), "three months to go", "six months from now", "in six
 * months" (a point). Null when the words there are none of these.
 */
function countAhead(
  tokens: readonly Token[],
  at: number,
  published: YearMonth,
): {
  from: number;
  to: number;
  deadline: boolean;
  date: { year: number; month: number; relative: true; near?: boolean };
} | null {
  const word = tokens[at]?.norm ?? '';
  // Not "a week", "a month": "within a week" is as near as "within days", read below.
  const count =
    tokens[at]?.value ??
    (inClass(tokens[at], NUMBER_WORD_CLASS) ? ANY_NUMBER_WORD.get(word) : undefined);
  if (count === undefined || count < 1) return null;
  const unit = SPAN_UNITS.get(tokens[at + 1]?.norm ?? '');
  if (unit === undefined) return null;
  const before = tokens[at - 1]?.norm;
  const lessThan = before === 'than' && tokens[at - 2]?.norm === 'less';
  const opener = lessThan ? tokens[at - 3]?.norm : before;
  const after = tokens[at + 2]?.norm;
  const deadline = opener === 'within' || (lessThan && (opener === 'in' || opener === undefined));
  const point =
    !deadline &&
    ((after === 'to' && tokens[at + 3]?.norm === 'go') ||
      (after === 'from' && tokens[at + 3]?.norm === 'now') ||
      (opener === 'in' && !lessThan));
  if (!deadline && !point) return null;
  if (unit === 0 || count > MAX_MONTHS_AHEAD)
    return unit === 0 && count <= 8
      ? {
          from: at,
          to: at + 2,
          deadline,
          date: { year: published.year, month: published.month, relative: true, near: true },
        }
      : null;
  const index = published.year * 12 + (published.month - 1) + count;
  return {
    from: at,
    to: at + 2,
    deadline,
    date: { year: Math.floor(index / 12), month: (index % 12) + 1, relative: true },
  };
}

/** Words before "the month" that make it the current one ("within the month", "half of the month"). */
const MONTH_FRAMES = new Set(['within', 'of', 'in', 'before', 'by']);

/** Words opening a clause of the time from which on something holds: "when 2025 is over". */
const WHEN_DONE = new Set(['when', 'once']);

/** Whether the words from `at` say the period just named closes: "ends", "is out", "is over". */
function periodCloses(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm;
  const next = tokens[at + 1]?.norm;
  if (word === 'ends' || word === 'closes' || word === 'ended' || word === 'closed') return true;
  if ((word === 'is' || word === 'was') && (next === 'out' || next === 'over' || next === 'done'))
    return true;
  return word === 'runs' && next === 'out';
}

/** "2025 was over", "2025 ended": the close told as past. */
function closedInPast(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm;
  return word === 'was' || word === 'ended' || word === 'closed';
}

/** How far back a "would" may govern the clause a date closes ("would be out of the country"). */
const WOULD_REACH = 10;

/** A "would" shortly before `at`: the future seen from the past ("said they would leave when …"). */
function wouldBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - WOULD_REACH; i--)
    if (tokens[i]?.norm === 'would') return true;
  return false;
}

/** Prepositions of a month that narrows the year named just before it ("in 2026, by September"). */
const NARROWING = new Set(['in', 'by', 'before']);

/** Verbs of saying in the past: "said in September that …" dates the saying, not the plan. */
const SAID_PAST = new Set([
  'said',
  'announced',
  'told',
  'declared',
  'stated',
  'pledged',
  'promised',
  'vowed',
  'warned',
  'indicated',
  'insisted',
]);

/** Verbs of saying in their bare form, past after "did": "did announce in December that …". */
const SAY_BARE = new Set(
  'say announce tell declare state pledge promise vow warn insist'.split(' '),
);

/** Whether a verb of saying in the past stands right before `at` ("said", "did announce"). */
function saidBefore(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at - 1]?.norm ?? '';
  return SAID_PAST.has(verb) || (SAY_BARE.has(verb) && tokens[at - 2]?.norm === 'did');
}

/**
 * Whether the bare month at `at` is when something was said ("the minister said in May that the
 * ferries would stop"): a past month, whatever the reported plan tells of the future.
 */
function whenSaid(tokens: Token[], sentence: string, at: number): boolean {
  // "said in late May": a part of the month goes between.
  const inAt = PARTS.has(tokens[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  // "announced on September 27 that the ferries would stop": a day of the month dates the
  // saying right after its verb as a month does. "On Sept. 30 the minister said the crews would
  // stay": opening the sentence, the day dates the saying that follows, as "On 12 October," does.
  if (tokens[inAt]?.norm === 'on')
    return (
      saidBefore(tokens, inAt) ||
      (opensSentence(tokens, sentence, inAt) && saidSoonAfter(tokens, at))
    );
  // "On 12 October, the minister said the crews would stay": a day before its month opening
  // the sentence (or a numbered paragraph) dates the saying that follows, as "In May," does.
  if (tokens[inAt]?.value !== undefined && tokens[inAt - 1]?.norm === 'on')
    return (
      saidBefore(tokens, inAt - 1) ||
      (opensSentence(tokens, sentence, inAt - 1) && saidSoonAfter(tokens, at))
    );
  if (tokens[inAt]?.norm !== 'in') return false;
  if (saidBefore(tokens, inAt)) return true;
  // "In May, the council had said the ferries would stop": opening the sentence, the month
  // dates the saying that follows it ("the lease ends in March, the council said" does not).
  // So does one opening the clause after a colon or a semicolon ("It was due by New Year: in
  // December, officials said …").
  if (inAt !== 0 && !opensClause(tokens, sentence, inAt)) return false;
  return saidSoonAfter(tokens, at);
}

/** Whether a verb of saying in the past follows the date at `at` within a few words, none ahead. */
function saidSoonAfter(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + SAID_REACH); k++) {
    const word = tokens[k]?.norm ?? '';
    if (LOOKING_AHEAD.has(word)) return false;
    if (SAID_PAST.has(word)) return true;
  }
  return false;
}

/**
 * Whether the word at `at` opens the sentence, a clause after a colon or semicolon, or a numbered
 * paragraph ("16. On 12 October, …", "6.2 On 3 May …"): a lone number before it is the paragraph's.
 */
function opensSentence(tokens: Token[], sentence: string, at: number): boolean {
  if (at === 0 || opensClause(tokens, sentence, at)) return true;
  return at === 1 && tokens[0]?.value !== undefined && /^\s*\d+(\.\d+)*\.?\s/.test(sentence);
}

/** Words an apposition naming a date may open with before its noun ("the latest date"). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'its', 'their']);

/**
 * "by December, the latest date officials had given", "in May, a deadline set last year": the
 * token where a phrase naming the month at `at` (or its day) as a date or deadline opens, after a
 * comma; or -1.
 */
function namedAfter(tokens: readonly Token[], sentence: string, at: number): number {
  const k = tokens[at + 1]?.value !== undefined ? at + 2 : at + 1;
  if (!APPOSITION_OPENERS.has(tokens[k]?.norm ?? '')) return -1;
  if (!gapBefore(tokens, sentence, k).includes(',')) return -1;
  for (let n = k + 1; n <= k + 3 && n < tokens.length; n++)
    if (AS_DEADLINE.has((tokens[n] as Token).norm)) return k;
  return -1;
}

/** Whether a colon or a semicolon stands just before the token at `at`: a clause opens there. */
function opensClause(tokens: Token[], sentence: string, at: number): boolean {
  const previous = tokens[at - 1];
  const token = tokens[at];
  if (!previous || !token) return false;
  for (let c = previous.end; c < token.start; c++) {
    const ch = sentence.charCodeAt(c);
    if (ch === 58 || ch === 59) return true;
  }
  return false;
}

/** Verbs of a time that ran its course: "the move took until May", "the works dragged on till June". */
const LASTED = new Set([
  'took',
  'lasted',
  'stayed',
  'remained',
  'waited',
  'ran',
  'continued',
  'dragged',
  'held',
  'kept',
]);

/**
 * "The crossing took until May": "until" after a verb in the past tells how long something
 * lasted, a month gone by, not a deadline ahead ("will stay until May" looks ahead).
 */
function lastedUntil(tokens: Token[], at: number): boolean {
  const until = tokens[at - 1]?.norm;
  if (until !== 'until' && until !== 'till') return false;
  const verb = tokens[at - 2]?.norm === 'on' ? tokens[at - 3]?.norm : tokens[at - 2]?.norm;
  return LASTED.has(verb ?? '');
}

/** A month's own end told in the past: "before September ended", "as May closed". */
const RAN_OUT = new Set(['ended', 'closed', 'expired', 'passed', 'elapsed']);

/**
 * "The first phase had them leave before September ended": the month is the subject of a verb
 * of its ending in the past tense, so it is a month gone by, not a deadline ahead ("before
 * September ends" still looks ahead; so does reported speech, "would be out before December
 * ended", which the caller reads by the clause's tense).
 */
function monthRanOut(tokens: Token[], at: number): boolean {
  return RAN_OUT.has(tokens[at + 1]?.norm ?? '');
}

/** Words a year follows: "in", "the summer of", "since". Not "by" (a count: "cut by two thousand"). */
const BEFORE_YEAR = new Set([
  'in',
  'of',
  'since',
  'until',
  'till',
  'during',
  'from',
  'before',
  'after',
]);

/**
 * "in the summer of two thousand and fourteen": a year of this century written in words, the
 * style of some translated copy, after a word that dates it. Its year and where it ends.
 */
function spelledYear(tokens: Token[], at: number): { year: number; to: number } | undefined {
  if (tokens[at]?.norm === 'twenty') return twentyYear(tokens, at);
  if (tokens[at]?.norm !== 'two' || tokens[at + 1]?.norm !== 'thousand') return undefined;
  if (!BEFORE_YEAR.has(tokens[at - 1]?.norm ?? '')) return undefined;
  let k = at + 2;
  if (tokens[k]?.norm === 'and') k++;
  let n = NUMBER_WORDS[tokens[k]?.norm ?? ''];
  if (n === undefined) return undefined;
  k++;
  const unit = NUMBER_WORDS[tokens[k]?.norm ?? ''];
  if (n >= 20 && n % 10 === 0 && unit !== undefined && unit < 10) {
    n += unit;
    k++;
  }
  return { year: 2000 + n, to: k };
}

/**
 * "by the end of twenty twenty-six", "in twenty fourteen": a year said as two numbers, after a
 * word that dates it. Only "twenty" before "twenty" (and a unit) or a number from ten to
 * nineteen: no count is said so ("twenty five crews" is a count, and is not read).
 */
function twentyYear(tokens: Token[], at: number): { year: number; to: number } | undefined {
  if (!BEFORE_YEAR.has(tokens[at - 1]?.norm ?? '')) return undefined;
  return twentyAnd(tokens, at, () => true);
}

/**
 * The year "twenty" at `at` opens with the number after it: "twenty fourteen" (2014), "twenty
 * twenty-six" (2026), "twenty twenty" (2020); `joined(k)` says whether the words at k and k + 1
 * may be read as one number.
 */
function twentyAnd(
  tokens: Token[],
  at: number,
  joined: (k: number) => boolean,
): { year: number; to: number } | undefined {
  const n = NUMBER_WORDS[tokens[at + 1]?.norm ?? ''];
  if (n === undefined || !joined(at)) return undefined;
  if (n >= 10 && n <= 19) return { year: 2000 + n, to: at + 2 };
  if (n !== 20) return undefined;
  const unit = NUMBER_WORDS[tokens[at + 2]?.norm ?? ''];
  return unit !== undefined && unit < 10 && joined(at + 1)
    ? { year: 2020 + unit, to: at + 3 }
    : { year: 2020, to: at + 2 };
}

/**
 * "September twenty twenty-six", "in May of twenty nineteen": a year said as two numbers right
 * after a month ("of" between or not), as transcripts of speech write it. Only "twenty" before
 * "twenty" (and a unit) or a number from ten to nineteen, with nothing but spaces or hyphens
 * between: "September twenty-six" is a day, and "May twenty, twelve crews left" no year.
 */
function yearSpokenAfter(
  tokens: Token[],
  sentence: string,
  at: number,
): { year: number; to: number } | undefined {
  const k = tokens[at]?.norm === 'of' ? at + 1 : at;
  if (tokens[k]?.norm !== 'twenty') return undefined;
  const joined = (a: number) => {
    const x = tokens[a];
    const y = tokens[a + 1];
    return x !== undefined && y !== undefined && /^[\s-]*$/.test(sentence.slice(x.end, y.start));
  };
  return twentyAnd(tokens, k, joined);
}

/** Words that may stand between a verb of saying and its "… years ago": "said it would". */
const SAID_ECHO = new Set('it so they he she we would had was did happen'.split(' '));

/**
 * "The pier closed on Monday, as the council had said it would two years ago": the years ago
 * date the saying, not what happened. The plan's own date is not told there. Right after the
 * verb ("said two years ago that …") the date is kept, a point in the past as before.
 */
function saidAgo(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const word = (tokens[k] as Token).norm;
    if (SAID_PAST.has(word)) return k < at - 1;
    if (!SAID_ECHO.has(word)) return false;
  }
  return false;
}

/**
 * "Two years ago this autumn, I wrote that the exit would be messy": opening the sentence, the
 * years ago date the saying that follows it, not what was said would come (a plan's deadline
 * is not told there), as a month opening the sentence does (whenSaid).
 */
function agoOpensSaying(tokens: Token[], sentence: string, at: number): boolean {
  if (at !== 0 && !opensClause(tokens, sentence, at)) return false;
  for (let k = at + 3; k < Math.min(tokens.length, at + 3 + SAID_REACH); k++) {
    const word = tokens[k]?.norm ?? '';
    if (LOOKING_AHEAD.has(word)) return false;
    if (SAID_PAST.has(word) || WROTE.has(word)) return true;
  }
  return false;
}

/** What "N years ago this …" names in the year counted back. */
const ANNIVERSARY = new Set(['week', 'month', 'spring', 'summer', 'autumn', 'fall', 'winter']);

/** Verbs of writing that date a saying as "said" does, where a year ago opens the sentence. */
const WROTE = new Set(['wrote', 'predicted', 'argued', 'forecast']);

/** Verbs a deadline is set with: "the date set two years ago", "the timetable agreed a year ago". */
const SET_PAST = new Set(['set', 'agreed', 'announced', 'fixed', 'chosen', 'given', 'promised']);
/** Nouns of a date set ahead: the "N years ago" after them dates the setting. */
const SET_NOUNS = new Set([
  'date',
  'deadline',
  'target',
  'timetable',
  'timeline',
  'schedule',
  'cutoff',
  'end-date',
]);

/**
 * "The date set two years ago for the crews to leave came and went": the years ago date the
 * setting of the deadline, not the deadline itself, which the sentence does not give.
 */
function setAgo(tokens: Token[], at: number): boolean {
  return SET_PAST.has(tokens[at - 1]?.norm ?? '') && SET_NOUNS.has(tokens[at - 2]?.norm ?? '');
}

/** Whether the word at `k` starts after a mark ending a phrase, or the sentence ends before it. */
function closesPhrase(tokens: Token[], sentence: string, k: number): boolean {
  return k >= tokens.length || /[,;:.]/.test(gapBefore(tokens, sentence, k));
}

/** Verbs that fix a date ahead: "the date set in 2024", "the deadline they fixed in 2023". */
const FIX_PAST = new Set(['set', 'fixed', 'chosen', 'given']);
/** Nouns of a single date ahead, which a year after their setting verb does not give. */
const DATE_NOUNS = new Set(['date', 'deadline', 'cutoff', 'end-date', 'target']);
/** Most words between such a noun and its verb ("date that the two governments set"). */
const FIX_REACH = 6;

/**
 * "The date that the two boards set in 2024 for the crews to leave": a bare year after "in" after
 * the verb setting a date named before it dates the setting, not the date set.
 */
function setIn(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.norm !== 'in' || !FIX_PAST.has(tokens[at - 2]?.norm ?? '')) return false;
  for (let k = at - 3; k >= 0 && k >= at - 2 - FIX_REACH; k--)
    if (DATE_NOUNS.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Words a "twelve months since …" stands after when it dates the event: "It is", "it has been". */
const COPULA_BEFORE = new Set(['is', "it's", 'been', 'was']);

/** How far after "In May," the verb of saying may stand ("In May, officials in the capital said"). */
const SAID_REACH = 6;

/** What a month is set as when it names a deadline ("set September as the end of the mission"). */
const END_WORDS = new Set(['end', 'deadline', 'date', 'cutoff', 'close']);

/** "set September as the end", "named May as its deadline": the month is a deadline. */
function setAsEnd(tokens: Token[], at: number): boolean {
  if (tokens[at + 1]?.norm !== 'as') return false;
  const next = tokens[at + 2]?.norm ?? '';
  const word = next === 'the' || next === 'its' || next === 'their' ? tokens[at + 3]?.norm : next;
  return END_WORDS.has(word ?? '');
}

/**
 * Words of a thing gone that "by" a month may follow: "gone by September", "left by May". Not a
 * participle that is also a passive ("bases emptied by September" in a headline is a plan).
 */
const DONE_STATES = new Set(['gone', 'left', 'withdrew', 'departed']);
/** Words that may stand between that "by" and its month. */
const DONE_BY_LEAD = new Set(['the', 'end', 'close', 'of', 'late', 'early', 'mid']);

/**
 * Whether the month whose phrase starts at `from` follows "by" after a word of a thing gone,
 * with no "be" before it: "with the last crews gone by the end of May", "the crews left by May".
 * It tells when they went, a month gone by, not a deadline ahead ("must be gone by May" is).
 */
function doneBy(tokens: Token[], from: number): boolean {
  let k = from - 1;
  while (k > 0 && k >= from - 4 && tokens[k]?.norm !== 'by') k--;
  if (tokens[k]?.norm !== 'by') return false;
  // Only "the", "end", "close", "of" between "by" and the month: "by the close of May".
  for (let j = k + 1; j < from; j++) if (!DONE_BY_LEAD.has(tokens[j]?.norm ?? '')) return false;
  const state = tokens[k - 1]?.norm ?? '';
  const aux = tokens[k - 2]?.norm ?? '';
  return DONE_STATES.has(state) && aux !== 'be' && aux !== 'being';
}

/**
 * Modals that put a participle after them ahead or in doubt ("should have left"); not "may",
 * which is a month too.
 */
const MODALS = new Set(['should', 'must', 'would', 'could', 'might', 'ought']);

/** Told in the past: a past word, and no word of the future or modal ("should have left"). */
function toldInPast(clause: readonly Token[]): boolean {
  return !future(clause) && !clause.some((t) => MODALS.has(t.norm)) && toldAsDone(clause);
}

/**
 * Whether the month whose phrase starts at `from` follows a "By" that opens the sentence or a
 * clause ("By January the pier belonged to the town", "By the end of May the crews departed"):
 * told in the past, it says where things stood then, a month gone by; told with a word of the
 * future ("By May the crews will have left") it is a deadline ahead.
 */
function byThen(tokens: Token[], sentence: string, from: number): boolean {
  let k = from - 1;
  while (k > 0 && k >= from - 4 && tokens[k]?.norm !== 'by') k--;
  if (tokens[k]?.norm !== 'by') return false;
  for (let j = k + 1; j < from; j++) if (!DONE_BY_LEAD.has(tokens[j]?.norm ?? '')) return false;
  return k === 0 || opensClause(tokens, sentence, k);
}

/** Words before "in" that tell a month as gone by: "back in December", "earlier in May". */
const GONE_BY_IN = new Set(['back', 'earlier']);

/** Whether the bare month at `at` follows "back in" or "earlier in" ("back in late December"). */
function backIn(tokens: readonly Token[], at: number): boolean {
  const inAt = PARTS.has(tokens[at - 1]?.norm ?? '') ? at - 2 : at - 1;
  return tokens[inAt]?.norm === 'in' && GONE_BY_IN.has(tokens[inAt - 1]?.norm ?? '');
}

/** How far before a month its clause's pluperfect "had" is looked for. */
const PLUPERFECT_REACH = 8;
/** Words between "had" and a month that put it ahead again: "had said they would leave in May". */
const AHEAD_AGAIN = new Set(['will', 'would', "'ll", 'shall', 'to']);

/**
 * Whether the month whose phrase starts at `from` is told in the pluperfect of its own clause:
 * "had been promised for the last days of December", "had forecast in December". A "had" a
 * few words before it, no comma or semicolon between, and nothing between that looks ahead
 * again ("had said the crews would leave in May", "had planned to leave in May").
 */
function pluperfectBefore(tokens: readonly Token[], sentence: string, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - PLUPERFECT_REACH; k--) {
    const word = (tokens[k] as Token).norm;
    if (AHEAD_AGAIN.has(word)) return false;
    if (word === 'had') return tokens[k + 1]?.norm !== 'to';
    if (gapHas(tokens, sentence, k, ',;:')) return false;
  }
  return false;
}

/** Nouns a month stands before as a deadline's: "the September deadline", "a May cutoff". */
const DEADLINE_AFTER_MONTH = new Set(['deadline', 'cutoff', 'target']);
/** Verbs of a month named as the date of something ahead: "September remains the month …". */
const NAMED_AS_DATE = new Set(['is', 'remains', 'stays']);
/** Nouns of a date after such a verb: "remains the month", "is the deadline". */
const MONTH_NAMED_AS = new Set(['month', 'date', 'deadline', 'target']);
/** The first of two words naming a deadline after a month: "a May end date", "a June finish line". */
const ENDING_BEFORE_DATE = new Set(['end', 'finish', 'completion', 'target', 'exit']);

/**
 * Whether the bare month at `at` stands before a noun of a deadline ("the September deadline",
 * "has a September end date", "a June finish line"): the month is named as a date ahead.
 */
function namesDeadline(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1]?.norm ?? '';
  if (DEADLINE_AFTER_MONTH.has(next)) return true;
  // "September remains the month in which the mission ends", "May is the date set": the month
  // named as the date of what is to come (not "May was the month …", a time told as gone).
  if (
    NAMED_AS_DATE.has(next) &&
    tokens[at + 2]?.norm === 'the' &&
    MONTH_NAMED_AS.has(tokens[at + 3]?.norm ?? '')
  )
    return true;
  const after = tokens[at + 2]?.norm;
  if (!ENDING_BEFORE_DATE.has(next)) return false;
  return after === 'date' || after === 'deadline' || (next === 'finish' && after === 'line');
}

/** Words that run on past a deadline or reach it ("stay past the September deadline", "missed the May deadline", "met the May deadline"): either way it has come. */
const OVERRUN_CUES = new Set(['past', 'beyond', 'after', 'missed', 'passed', 'overran', 'met']);

/**
 * Whether the bare month at `at` (its phrase starting at `from`) names a deadline run past:
 * "past the September deadline", "beyond its May deadline". Such a month is the one nearest the
 * page, not the next one a plan told in the future would point to.
 */
function overrun(tokens: Token[], from: number, at: number): boolean {
  if (!deadlineNoun(tokens, at + 1)) return false;
  let k = from - 1;
  const det = tokens[k]?.norm;
  if (det === 'the' || det === 'its' || det === 'their' || det === 'a') k--;
  if (OVERRUN_CUES.has(tokens[k]?.norm ?? '')) return true;
  // "the May deadline came and went", "the May deadline has passed": a deadline told as gone by.
  return goneBy(tokens, tokens[at + 1]?.norm === 'cut' ? at + 3 : at + 2);
}

/** Verbs that tell a deadline gone by: "passed", "expired", "lapsed", "came and went". */
const GONE_BY = new Set(['passed', 'expired', 'lapsed']);

/**
 * Whether the words at `at`, right after a deadline's noun, tell it gone by: "came and went",
 * "passed", "has expired", "had come and gone", "went by". Not "passes" or "will pass": a
 * deadline still to come.
 */
function goneBy(tokens: Token[], at: number): boolean {
  let k = at;
  const aux = tokens[k]?.norm;
  if (aux === 'has' || aux === 'had' || aux === 'have') k++;
  const verb = tokens[k]?.norm ?? '';
  if (GONE_BY.has(verb)) return true;
  if (verb === 'went' || verb === 'gone') return tokens[k + 1]?.norm === 'by';
  // "the May deadline was supposed to clear the pier", "was meant to": what it was to bring is
  // told in the past, the deadline gone by.
  const then = tokens[k + 1]?.norm;
  if ((verb === 'was' || verb === 'were') && (then === 'supposed' || then === 'meant')) return true;
  return (
    (verb === 'came' || verb === 'come') &&
    tokens[k + 1]?.norm === 'and' &&
    (tokens[k + 2]?.norm === 'went' || tokens[k + 2]?.norm === 'gone')
  );
}

/**
 * Whether a noun naming a deadline starts at `at`: "deadline", "cutoff", or "cut-off" (the
 * tokenizer splits the hyphen: "cut" then "off"), as in "past the September cut-off". What a
 * month before such a noun looks ahead to is `namesDeadline`'s, which reads more nouns.
 */
function deadlineNoun(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.norm;
  return (
    word === 'deadline' || word === 'cutoff' || (word === 'cut' && tokens[at + 1]?.norm === 'off')
  );
}

/**
 * Whether the bare month at `at` opens the sentence as a timeline's label: "October – The
 * council votes …", "May: Crews return".
 */
function entryLabel(tokens: Token[], sentence: string, at: number): boolean {
  const next = tokens[at + 1];
  return (
    at === 0 &&
    next !== undefined &&
    /^\s*[-–—:]\s/.test(sentence.slice((tokens[at] as Token).end, next.start + 1))
  );
}

/** Whether the sentence retells a plan in the past tense, with nothing pointing ahead. */
/** Words that put a plan in the future ("will leave", "due to leave", "expected to leave"). */
const LOOKING_AHEAD = new Set([
  'will',
  "'ll",
  'shall',
  'would',
  'due',
  'expected',
  // "Officials expect the ferry to sail in May": what someone expects lies ahead.
  'expect',
  'expects',
  'scheduled',
  'slated',
]);
const LOOKING_AHEAD_CLASS = wordClass(LOOKING_AHEAD);

/** Words before "to" that put what follows ahead: "set to end", "plans to close", "poised to". */
const AHEAD_BEFORE_TO = new Set(['set', 'poised', 'plans', 'aims', 'intends']);

/** Nouns of "on track for", "on course to", "on schedule for": a plan running to its date. */
const ON_COURSE = new Set(['track', 'course', 'schedule', 'target']);
/** Verbs before "on track" that tell it of the past: "was on track for May", "had stayed on course". */
const PAST_BEFORE_ON_COURSE = new Set([
  'was',
  'were',
  'been',
  'remained',
  'stayed',
  'seemed',
  'looked',
]);

/** Words that, after "is"/"are" and before "to", tell a plan in force: "is meant to end". */
const MEANT = new Set(['meant', 'supposed']);

/** Words after which a verb's form is a noun ("the exit", "their return"). */
const NOUN_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
]);

/**
 * True when the sentence tells what is to come ("will leave", "expected to leave"): a bare
 * month is the next one, and a plain date times the plan as a deadline would.
 */
export function future(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Most words are none of those tested below: one bit tested ("…'ll" apart).
    if ((t.classes & FUTURE_WORD) === 0 && !endsWithChars(t.norm, "'ll")) continue;
    // Not the noun "will", nor a bid to remember ("Members will recall that …", remembered-that.ts).
    if (
      ((inClass(t, LOOKING_AHEAD_CLASS) && !willIsNoun(tokens, i)) || t.norm.endsWith("'ll")) &&
      !willRecall(tokens, i)
    )
      return true;
    // A timetable told in the present: "the last ferry sails in May".
    if (inClass(t, TIMETABLE_VERBS_CLASS) && timetabled(tokens, i)) return true;
    // "The service wraps up its run in May": a phrasal verb's particle stands for the verb, and
    // the month may follow its object (not "to wrap up", "did not wind down").
    if (
      i > 0 &&
      PHRASAL_TIMETABLE.get(t.norm) === tokens[i + 1]?.norm &&
      !inClass(tokens[i - 1], NOT_PRESENT_CLASS) &&
      timetabled(tokens, i + 1)
    )
      return true;
    // "In May the service comes to an end" (not "had come to an end", "did not come …").
    if (
      comesToAnEnd(tokens, i) &&
      (t.norm === 'comes' || !inClass(tokens[i - 1], NOT_PRESENT_CLASS)) &&
      timetabled(tokens, i)
    )
      return true;
    // The plural: "the last ferries sail in May" (not "to sail", "did not sail"; not a noun
    // after a determiner: "The exit began in August" tells a past exit).
    if (
      inClass(t, TIMETABLE_PLURAL_CLASS) &&
      i > 0 &&
      !inClass(tokens[i - 1], NOT_PRESENT_CLASS) &&
      !NOUN_OPENERS.has((tokens[i - 1] as Token).norm) &&
      timetabled(tokens, i)
    )
      return true;
    // "The last crews are leaving the pier this month": a timetable in the present progressive.
    if (
      (t.norm === 'is' || t.norm === 'are') &&
      PROGRESSIVE_TIMETABLE.has(tokens[i + 1]?.norm ?? '') &&
      timedNow(tokens, i + 1)
    )
      return true;
    // "is to leave", "are to be finished": what is arranged to happen.
    if (t.norm === 'to' && (tokens[i - 1]?.norm === 'is' || tokens[i - 1]?.norm === 'are'))
      return true;
    // "is set to end", "plans to close": a plan still ahead ("was set to" is retold, see retold()).
    if (t.norm === 'to' && AHEAD_BEFORE_TO.has(tokens[i - 1]?.norm ?? '')) return true;
    // "is meant to close", "are supposed to sail": the plan in force ("was meant to" is retold).
    if (
      t.norm === 'to' &&
      MEANT.has(tokens[i - 1]?.norm ?? '') &&
      (tokens[i - 2]?.norm === 'is' || tokens[i - 2]?.norm === 'are')
    )
      return true;
    // "the plan calls for the ferries to stop": what a plan in force sets out.
    if (t.norm === 'for' && (tokens[i - 1]?.norm === 'calls' || tokens[i - 1]?.norm === 'call'))
      return true;
    // "remains on track for completion in May", "on course to close in May": a plan still
    // running to its date, whatever the verb before it ("was on track for May" is told of the past).
    if (
      (t.norm === 'for' || t.norm === 'to') &&
      ON_COURSE.has(tokens[i - 1]?.norm ?? '') &&
      tokens[i - 2]?.norm === 'on' &&
      !PAST_BEFORE_ON_COURSE.has(tokens[i - 3]?.norm ?? '')
    )
      return true;
    // A Title Case headline drops the "is": "Ferry Service In Riverton To End Next Month".
    if (t.raw === 'To' && i > 0 && isCapitalised(tokens[i - 1]) && isCapitalised(tokens[i + 1]))
      return true;
  }
  return false;
}

/**
 * Irregular past forms of going away, which do not end in "-ed": "the last crews left the pier
 * on 31 May" reports the departure as done as "were emptied" does. Only these: a past of
 * giving or bringing ("gave the pier over on 31 May") tells another event than the leaving.
 */
const LEAVING_PAST = new Set(['left', 'went', 'withdrew']);

/**
 * True when the sentence reports something as done: a past participle or past auxiliary
 * ("were emptied", "had been completed", "handed over"), or an irregular past of leaving ("left").
 * Read only when a claim needs it.
 */
export function toldAsDone(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (PAST_CUES.has(t.norm) && t.norm !== 'called') return true;
    if (LEAVING_PAST.has(t.norm)) return true;
    if (t.norm.length > 4 && t.norm.endsWith('ed') && !t.norm.endsWith('eed')) return true;
  }
  return false;
}

function isCapitalised(token: Token | undefined): boolean {
  return isUpper(token?.raw.charCodeAt(0) ?? 0);
}

function retold(tokens: readonly Token[]): boolean {
  let past = false;
  for (const t of tokens) {
    if (FUTURE_CUES.has(t.norm)) return false;
    if (PAST_CUES.has(t.norm)) past = true;
  }
  return past;
}

/** Reads the few words before a date: its role, and whether it means the end of the period. */
function lookBehind(
  tokens: Token[],
  from: number,
): {
  role: DateRole;
  end: boolean;
  before: boolean;
  schedule: boolean;
  part?: { from: number; to: number; label: 'early' | 'mid' | 'late' };
} {
  let role: DateRole = 'point';
  let end = false;
  let before = false;
  let schedule = false;
  let part: { from: number; to: number; label: 'early' | 'mid' | 'late' } | undefined;
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) {
    const word = tokens[k]?.norm ?? '';
    if (END_CUES.has(word)) end = true;
    if (k === from - 1 && PARTS.has(word)) part = PARTS.get(word);
    if (DEADLINE_CUES.has(word)) {
      role = 'deadline';
      before = word === 'before' && k === from - 1;
      break;
    }
    if (SINCE_CUES.has(word)) {
      role = 'since';
      // "No soldier will remain after 2026": nothing after it is everything by it.
      if ((word === 'after' || word === 'beyond') && noneBefore(tokens, k)) role = 'deadline';
      break;
    }
    if (SCHEDULE_CUES.has(word)) schedule = true;
    if (
      word === 'in' ||
      word === 'on' ||
      word === 'of' ||
      word === 'the' ||
      word === 'a' ||
      END_CUES.has(word) ||
      PARTS.has(word)
    )
      continue;
    if (!SCHEDULE_CUES.has(word) && word !== 'for' && word !== 'at' && word !== 'least') break;
  }
  return { role, end, before, schedule, part };
}

/**
 * Verbs a timetable is told with in the present ("the last ferry sails in May", "the lease ends
 * in June"): news English states a fixed schedule as a future in the present tense.
 */
const TIMETABLE_VERBS = new Set([
  'departs',
  'leaves',
  'exits',
  'ends',
  'expires',
  'concludes',
  'finishes',
  'closes',
  'begins',
  'starts',
  'sails',
  'goes',
  // "What happens in May?": the present of a thing scheduled, asked or told, looks ahead.
  'happens',
]);
const TIMETABLE_VERBS_CLASS = wordClass(TIMETABLE_VERBS);

/**
 * Phrasal verbs a timetable is told with in the present, each with its particle, in the singular
 * and the plural ("the service wraps up in May", "the crews wind down their work in June").
 */
const PHRASAL_TIMETABLE = new Map([
  ['wraps', 'up'],
  ['wrap', 'up'],
  ['winds', 'down'],
  ['wind', 'down'],
  ['pulls', 'out'],
  ['pull', 'out'],
  ['hands', 'over'],
  ['hand', 'over'],
  // "the mandate runs out in September": a term that lapses then.
  ['runs', 'out'],
  ['run', 'out'],
]);

/** The same verbs with a plural subject ("the last crews leave in May"). */
const TIMETABLE_PLURAL = new Set([
  'depart',
  'leave',
  'exit',
  'end',
  'expire',
  'conclude',
  'finish',
  'close',
  'begin',
  'start',
  'sail',
  'go',
  'happen',
]);
const TIMETABLE_PLURAL_CLASS = wordClass(TIMETABLE_PLURAL);
/** Words before a bare verb that make it no present tense: "to leave", "did not leave", "will leave". */
const NOT_PRESENT = new Set(
  'to did do does not never will would could should may might must can shall let'.split(' '),
);
const NOT_PRESENT_CLASS = wordClass(NOT_PRESENT);
/**
 * Every word future() reads a plan from when it stands there ("…'ll" is tested apart): a word
 * looking ahead, a timetable verb, "comes"/"come" ("comes to an end"), "is"/"are" ("are
 * leaving"), "to" ("is to leave", "set to end", "To" in a headline) and "for" ("calls for").
 * A word that adds a reading there is added here.
 */
const FUTURE_WORD = wordClass([
  ...LOOKING_AHEAD,
  ...TIMETABLE_VERBS,
  ...TIMETABLE_PLURAL,
  ...PHRASAL_TIMETABLE.keys(),
  'comes',
  'come',
  'is',
  'are',
  'to',
  'for',
]);

/** The timetable verbs in the present progressive ("are leaving this month"). */
const PROGRESSIVE_TIMETABLE = new Set([
  'departing',
  'leaving',
  'exiting',
  'ending',
  'finishing',
  'closing',
]);

/**
 * Whether the verb at `at` is timed, a few words on, by a month or by this or next month, week
 * or year ("are leaving the pier this month", "is closing in May"): what is under way now is
 * told with no time, and need not be a plan.
 */
function timedNow(tokens: readonly Token[], at: number): boolean {
  if (timetabled(tokens, at)) return true;
  for (let k = at + 1; k <= at + 5 && k + 1 < tokens.length; k++) {
    const w = tokens[k]?.norm;
    const next = tokens[k + 1]?.norm ?? '';
    if ((w === 'this' || w === 'next') && (NOW_UNITS.has(next) || monthOf(tokens[k + 1])))
      return true;
  }
  return false;
}
const NOW_UNITS = new Set(['month', 'week', 'year']);

/** Whether the timetable verb at `at` is timed by "in <month>" a few words on ("departs Portsea in May"). */
function timetabled(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k <= at + 4 && k + 1 < tokens.length; k++)
    if (tokens[k]?.norm === 'in' && monthOf(tokens[k + 1]) !== undefined) return true;
  // "In May the last ferry sails": the month opening the sentence times the verb after it.
  return tokens[0]?.norm === 'in' && monthOf(tokens[1]) !== undefined && at > 1;
}

/** Words opening a clause on a place or a time named just before: ", where …", ", when …". */
export const PLACE_CLAUSE = new Set(['where', 'when']);

/**
 * Where the clause ", where …" or ", when …" holding token `at` opens (no comma between it and
 * `at`), or 0.
 */
function placeClauseBefore(tokens: readonly Token[], sentence: string, at: number): number {
  for (let k = at; k >= 1; k--) {
    const gap = gapBefore(tokens, sentence, k);
    const w = (tokens[k] as Token).norm;
    if (gap.includes(',')) return PLACE_CLAUSE.has(w) && k < at ? k : 0;
  }
  return 0;
}

/** "comes to an end", "come to a close": a timetable's end told in the present. */
function comesToAnEnd(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]?.norm;
  if (t !== 'comes' && t !== 'come') return false;
  if (tokens[at + 1]?.norm !== 'to') return false;
  const [a, b] = [tokens[at + 2]?.norm, tokens[at + 3]?.norm];
  return (a === 'an' && b === 'end') || (a === 'a' && b === 'close');
}

/** Whether "no" or "none" comes before token `at` in the sentence ("no ferries … after 2026"). */
function noneBefore(tokens: Token[], at: number): boolean {
  for (let k = 0; k < at; k++)
    if (tokens[k]?.norm === 'no' || tokens[k]?.norm === 'none') return true;
  return false;
}

/** "end of 2026", "September 2025", "late 2025", "2024". */
export function formatDate(date: {
  year: number;
  month?: number;
  end?: boolean;
  part?: { label: string };
}): string {
  if (date.month === undefined && !date.end && date.part) return `${date.part.label} ${date.year}`;
  if (date.month !== undefined && !(date.end && date.month === 12))
    return `${date.end ? 'end of ' : ''}${MONTH_NAMES[date.month - 1]} ${date.year}`;
  return `${date.end ? 'end of ' : ''}${date.year}`;
}
