/**
 * The article's publication date, which the engine needs to resolve "next year" or "by the end of
 * the month" and to tell a 2008 article from a 2024 one. Publishers state it in several places,
 * read by how reliable each is on news sites (issue 18):
 *
 *   1. JSON-LD `datePublished` (also inside `@graph`, arrays, nested `mainEntity`, and CDATA),
 *   2. `itemprop="datePublished"` (microdata),
 *   3. meta tags (`article:published_time`, `publishDate`, `parsely-pub-date`, `sailthru.date`,
 *      `DC.date.issued`…, names read in any case), which many sites fill with the update time,
 *   4. `<time datetime>` (one marked `pubdate` or inside the article or its header first),
 *   5. a visible byline, as a last resort ("Published 8 September 2024", "Sept. 8, 2024").
 *
 * When the first three disagree by more than a day, the earlier is taken (an update time is
 * always later), unless the visible byline agrees with another; `readPublishedDate` says which
 * and why, for the CLI's --explain. No date is read from notices, comments or lists of other
 * stories: missing is better than wrong, since a wrong date moves every relative date.
 *
 * The answer is `YYYY-MM-DD`, or `YYYY-MM` when the page only gives a month (some outlets and
 * archives do); it is the publisher's own day, never shifted to another time zone. A month-only
 * answer is refined by a later source that names a day in that same month.
 */

import { dayAfter, dayNumber, daysInMonth } from '../engine/calendar-days';
import { hasProperty, UPPER } from '../engine/char-class';
import { nameWords } from './class-words';
import { precedes } from './document-order';
import { isNamedFurniture, isNamedFurnitureBeyond, isNamedFurnitureBut } from './furniture';
import {
  isLaterPage,
  isLaterPageByAddress,
  type KeptAddresses,
  laterPagePosts,
  namesForumTopic,
  pageAddresses,
  withoutOrigin,
  withPageAddressesKept,
} from './later-page';
import { lazyPattern } from './lazy-pattern';
import { readNuxtState } from './nuxt-state';
import { storyModalIn } from './story-modal';

/**
 * Meta names and properties (lower case) that carry the publication date, most specific first.
 * Many sites put their update time in the Open Graph one, so JSON-LD is asked first.
 */
const META_NAMES = [
  'article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'publishdate',
  'publisheddate',
  'publish-date',
  'publish_date',
  'published_time',
  'date_published',
  'publication_date',
  'pubdate',
  'pdate',
  'ptime',
  'originalpublicationdate',
  'parsely-pub-date',
  'sailthru.date',
  'cxenseparse:recs:publishtime',
  'dc.date.issued',
  'dcterms.issued',
  // Plone's effective day, the start of the range the item is shown in ('2026/03/10 - ').
  'dc.date.valid_range',
  'dcterms.created',
  'dc.date.created',
  'article.published',
  'dcterms.date',
  'dc.date',
  'date',
];

/** Where a date was read. */
export type DateSource = 'json-ld' | 'microdata' | 'meta' | 'time' | 'byline' | 'url' | 'app-state';

/** The publication date and how it was chosen. */
export type PublishedDate = {
  /** YYYY-MM-DD or YYYY-MM, or null when the page says nothing usable. */
  date: string | null;
  /** Where the answer came from. */
  source: DateSource | null;
  /** Why, when the page's sources disagreed (for the CLI's --explain). */
  note?: string;
};

/** YYYY-MM-DD or YYYY-MM as the publisher wrote it, or null when the page says nothing usable. */
export function findPublishedDate(doc: Document): string | null {
  return readPublishedDate(doc).date;
}

/** Further apart than this (in days), two sources disagree rather than differ by a time zone. */
const AGREE_DAYS = 1;

/** The publication date, with its source and, when sources disagreed, the reason for the choice. */
export function readPublishedDate(doc: Document): PublishedDate {
  const steps = readPublishedDateSteps(doc);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same, yielding between the page's sources (its JSON-LD, its metas, its bylines…), so that
 * the scan's slices stay short on a page with much metadata. What one reading finds once and
 * asks again (the page's addresses, its mastheads, a modal over it) is kept in the reading's
 * own record and lent to the module only while one of its steps runs: a reading abandoned
 * between steps (a scan cancelled) or another page read in between (a frame, a re-scan) never
 * sees another's.
 */
export function* readPublishedDateSteps(doc: Document): Generator<void, PublishedDate, void> {
  const own: Reading = {
    doc,
    addresses: { doc, paths: null },
    mastheads: null,
    storyModal: undefined,
    numericOrders: new Map(),
  };
  const steps = readDate(doc);
  for (;;) {
    reading = own;
    let next: IteratorResult<void, PublishedDate>;
    try {
      next = withPageAddressesKept(doc, () => steps.next(), own.addresses);
    } finally {
      reading = null;
    }
    if (next.done) return next.value;
    yield;
  }
}

/** What one reading of a page's date looks for once and asks again. */
type Reading = {
  doc: Document;
  addresses: KeptAddresses;
  /** The page's mastheads without a menu, once looked for (inNameplateMasthead). */
  mastheads: ReadonlySet<Element> | null;
  /**
   * The open modal showing the page's story (story-modal.ts), looked for once a date in a
   * block hidden by aria-hidden is judged (a modal's script hides the page behind it):
   * undefined until then.
   */
  storyModal: Element | null | undefined;
  /** Which number comes first in the page's all-digit dates, per separator (numericOrder). */
  numericOrders: Map<string, 'day' | 'month' | null>;
};

/** The reading whose step is running, or null between steps. */
let reading: Reading | null = null;

/**
 * Whether `hidden` (hidden by aria-hidden) is the page behind a modal showing the story: the
 * home page's masthead day and its tiles' times date other stories.
 */
function behindStoryModal(hidden: Element): boolean {
  if (!reading) return false;
  if (reading.storyModal === undefined) reading.storyModal = storyModalIn(reading.doc);
  const modal = reading.storyModal;
  return !!modal && !hidden.contains(modal) && !modal.contains(hidden);
}

function* readDate(doc: Document): Generator<void, PublishedDate, void> {
  // A wiki's page is written over years by many hands: its JSON-LD datePublished is the day
  // the page was created (Wikipedia's often a decade before its text), not its text's date,
  // and would move every relative date. No date is better than that one.
  if (isWiki(doc)) {
    // A news wiki (Wikinews) prints each story's day as a dated microformat: that is the
    // story's own date, which an encyclopedia's page never has.
    const date = wikiStoryDate(doc);
    return date ? { date, source: 'byline' } : { date: null, source: null };
  }
  // A later page of a forum's topic: its text is the replies, and the first of them dates it.
  // The topic's metas (a forum's og:type=article with article:published_time) hold the day
  // the topic began, which would move every 'yesterday' in the replies by days.
  // Asked of every page, so only where the page's head or address says it is a later page:
  // other pages never look for posts or read their pager for it.
  // A topic's address that names no page (NodeBB keeps '/topic/3317/slug' on every page) is
  // asked its pager too: a string test first, so other pages never read one.
  const firstPost =
    isLaterPageByAddress(doc) || (namesForumTopic(doc) && isLaterPage(doc))
      ? laterPageFirstDate(doc)
      : null;
  if (firstPost) return { date: firstPost, source: 'time' };
  // A yield between the sources: each is a search of the page (or a parse of its JSON-LD), and
  // their sum on a big page is more than a slice. The order and the answers are the same.
  yield;
  const machine: { source: DateSource; date: string }[] = [];
  // The article's item in the page's JSON-LD, walked once: its dateModified is read below
  // where the page's dates disagree.
  const ld = jsonLdArticle(doc);
  for (const [source, dates] of [
    ['json-ld', [ld?.date ?? null]],
    ['microdata', microdataDates(doc)],
    ['meta', metaDates(doc)],
  ] as const) {
    yield;
    const date = first(dates);
    if (date) machine.push({ source, date });
  }
  yield;
  if (machine.length > 1) {
    const sorted = [...machine].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const earliest = sorted[0] as (typeof machine)[number];
    const latest = sorted[sorted.length - 1] as (typeof machine)[number];
    if (!agree(earliest.date, latest.date)) {
      const listed = machine.map((d) => `${d.source} ${d.date}`).join(', ');
      const byline = first(visibleBylineDates(doc));
      const backed = byline ? machine.find((d) => agree(d.date, byline)) : undefined;
      // A byline printing the day the page's own JSON-LD article gives as its dateModified,
      // later than its datePublished, prints the last update (a template showing when the post
      // was last saved): the article's own account of which date is which stands.
      const fromLd = machine.find((d) => d.source === 'json-ld');
      if (backed && fromLd && backed !== fromLd && fromLd.date < backed.date) {
        const modified = ld?.modified ?? null;
        if (modified && agree(modified, backed.date))
          return {
            date: fromLd.date,
            source: fromLd.source,
            note: `the page's dates disagree (${listed}); took json-ld, whose dateModified (${modified}) is the day the byline and the later one print`,
          };
      }
      if (backed)
        return {
          date: backed.date,
          source: backed.source,
          note: `the page's dates disagree (${listed}); took ${backed.source}, which the visible byline (${byline}) agrees with`,
        };
      return {
        date: earliest.date,
        source: earliest.source,
        note: `the page's dates disagree (${listed}); took the earlier, ${earliest.source} (a later one is usually the last update)`,
      };
    }
  }
  // The byline under the headline as a cross-check: a machine date more than a day after the
  // day it prints is a later time put in the page's metadata (an archive's capture, an
  // update), and the earlier is taken. Only the few blocks under the headline are read.
  const trusted = machine.reduce<(typeof machine)[number] | null>(
    (a, b) => (a && a.date <= b.date ? a : b),
    null,
  );
  if (trusted && trusted.date.length === 10) {
    yield;
    // A page with no <h1> (its title set in a <p>, as a portal's asset publisher does, or in
    // an <h2>) has no headline to read under: its first byline line (a <time> without
    // datetime, a date line named so) is read instead. The check stays cheap: the body's text
    // is not walked for a "Published" label, as the last resort below does.
    const underHeadline = bylineUnderHeadline(doc);
    const byline =
      underHeadline?.date ?? (doc.querySelector('h1') ? null : first(bylineLineDates(doc)));
    if (byline && byline < trusted.date && !agree(byline, trusted.date))
      return {
        date: byline,
        source: 'byline',
        note: `the page's dates disagree (${trusted.source} ${trusted.date}, byline ${byline}); took the earlier, the byline under the headline (a later one is usually a copy's or the last update)`,
      };
    // A republished copy: the page's own dates are the republisher's, while its address (a
    // canonical link to the original) files the story days earlier and a line of the text
    // says when it first ran ('This article was first published by … on 2 October 2024').
    // Both must give that day, so a draft's day in an address moves nothing; the lines are
    // read only on a page whose address gives such a day.
    const filed = addressDays(doc).filter((d) => d < trusted.date && !agree(d, trusted.date));
    const firstRan = filed.length > 0 ? firstPublishedLineDate(doc) : null;
    if (firstRan && filed.includes(firstRan))
      return {
        date: firstRan,
        source: 'byline',
        note: `the page's address and a line of its text give ${firstRan}, days before the ${trusted.source}'s ${trusted.date}: a republished copy, its first publication taken`,
      };
    // A machine time written in UTC early in its day ('2024-10-11T01:00:00Z') is, for a
    // publisher west of Greenwich, the evening before, the day its byline prints ('October
    // 10, 2024 at 9:00 p.m. EDT'): the byline's day, one before, is the page's. Read only
    // where the byline prints that day before.
    if (
      byline &&
      byline < trusted.date &&
      writtenInUtc(doc, trusted.date, (hour) => hour < UTC_EVENING_BEFORE_HOURS)
    )
      return {
        date: byline,
        source: 'byline',
        note: `the byline under the headline prints ${byline}, the day before the ${trusted.source}'s UTC time early on ${trusted.date}: the publisher's evening, taken`,
      };
    // East of Greenwich the other way round: a UTC time late in its day ('2024-10-10T20:42Z')
    // is past midnight there, on the day after. Taken only where the page's address, filed
    // by the publisher's calendar when it published (an update never moves it), gives that
    // day after, and no byline under the headline prints another; else the UTC day stands.
    const next = dayAfter(trusted.date);
    if (
      (byline === null || byline === next) &&
      addressDays(doc).includes(next) &&
      writtenInUtc(doc, trusted.date, (hour) => hour >= UTC_NEXT_DAY_EAST_HOURS)
    )
      return {
        date: next,
        source: 'url',
        note: `the page's address gives ${next}, the day after the ${trusted.source}'s UTC time late on ${trusted.date}: past midnight east of Greenwich, taken`,
      };
    // Or where the byline prints that day after with a clock time ahead of the UTC time by a
    // zone's offset (whole quarter hours, at most 14): the same moment, printed where it is
    // already the next day, not a later update's day.
    const clock = underHeadline?.date === next ? clockMinutes(underHeadline.text) : null;
    if (
      clock !== null &&
      writtenInUtc(doc, trusted.date, (hour, minute) => {
        const ahead = clock + 1440 - (hour * 60 + minute);
        return hour >= UTC_NEXT_DAY_EAST_HOURS && ahead % 15 === 0 && ahead <= 14 * 60;
      })
    )
      return {
        date: next,
        source: 'byline',
        note: `the byline under the headline prints ${next} at a clock time a zone's offset ahead of the ${trusted.source}'s UTC time late on ${trusted.date}: past midnight east of Greenwich, taken`,
      };
  }
  // A page with no machine date whose first <time> sits outside any article or header (a
  // forum's bar printing the visitor's clock, a sidebar): a byline's day more than a day
  // earlier is the page's, as a later machine date gives way to the byline above.
  if (machine.length === 0) {
    const loose = firstLooseTime(doc);
    if (loose) {
      yield;
      const byline = first(visibleBylineDates(doc));
      if (byline && byline.length === 10 && byline < loose && !agree(byline, loose))
        return {
          date: byline,
          source: 'byline',
          note: `the page's dates disagree (time ${loose}, byline ${byline}); took the earlier, the byline (a <time> outside the article is often the day the page was served)`,
        };
    }
  }
  // In order of trust; a month-only answer is refined by a later source's day in that month.
  const inOrder: [DateSource, Iterable<string | null>][] = [
    ...machine.map((m): [DateSource, string[]] => [m.source, [m.date]]),
    ['time', timeDates(doc)],
    ['byline', visibleBylineDates(doc)],
    ['url', urlDates(doc)],
    ['byline', editionPickerDates(doc)],
    // A day printed without its year beside its moment as Unix time in an attribute.
    ['time', epochAttributeDates(doc)],
    // A framework's page-state JSON (Next.js), where the page prints no date of its own ('Updated
    // 2 hours ago'): only the record whose headline is the page's, never a listed story's.
    ['app-state', appStateDates(doc)],
    // Last: a list of other stories not named as one can print relative times too.
    ['time', relativeTimeTitles(doc)],
    // A details list's labelled day (an image agency's 'DATE CREATED', a repository's 'Date').
    ['byline', detailsListDates(doc)],
  ];
  let month: { source: DateSource; date: string } | null = null;
  for (const [source, dates] of inOrder) {
    yield;
    for (const date of dates) {
      if (!date) continue;
      if (date.length === 7) month ??= { source, date };
      else if (!month || date.startsWith(`${month.date}-`)) return { date, source };
    }
  }
  return month ?? { date: null, source: null };
}

/** The day of the first post on a later page of a topic (later-page.ts), or null. */
function laterPageFirstDate(doc: Document): string | null {
  const posts = laterPagePosts(doc);
  const time = posts?.querySelector('time[datetime]');
  // Without a <time>, the first post's date line named so, as its text prints it ('Oct 3,
  // 2024, 9:12 AM' in NodeBB's `a.timeago`).
  const line = time ? null : posts?.querySelector(POST_DATE_LINE);
  const date = time
    ? parseDateString(time.getAttribute('datetime'))
    : line
      ? readVisibleDate((line.textContent ?? '').slice(0, MAX_POST_DATE_CHARS))
      : null;
  return date?.length === 10 ? date : null;
}

/** A post's date line, named for a date or a time (thread-posts.ts reads posts' dates so). */
const POST_DATE_LINE = '[class*="date"], [class*="time"]';

/** A post's date line is short: a longer element is a block holding one. */
const MAX_POST_DATE_CHARS = 120;

/** Whether the page is a MediaWiki page (Wikipedia, Fandom, other wikis), by its generator meta. */
function isWiki(doc: Document): boolean {
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  // Most pages name no generator: the expression is not compiled for them.
  return generator !== '' && /^\s*MediaWiki\b/i.test(generator);
}

/**
 * The day a news wiki's story gives itself: the first element of class `published` (hAtom's
 * mark) whose `value-title` child holds the machine date in its title, or whose short text is
 * a day. One query; an encyclopedia's page has no such mark.
 */
function wikiStoryDate(doc: Document): string | null {
  const published = doc.querySelector('.published');
  if (!published) return null;
  const marked = published.matches('.value-title')
    ? published
    : published.querySelector('.value-title[title]');
  const machine = parseDateString(marked?.getAttribute('title'));
  if (machine) return machine;
  const text = shortText(published, MAX_BYLINE_CHARS);
  const date = text === null ? null : readVisibleDate(text);
  return date?.length === 10 ? date : null;
}

/**
 * The date in the page's own address, as a last resort: news sites file a story under the day
 * it was published ("/2024/11/10/world/…", "/2024/11/10/slug"), and the canonical link or
 * og:url keeps that address in a saved page. A month only ("/2024/11/slug") gives the month.
 */
function* urlDates(doc: Document): Generator<string | null, void, void> {
  for (const url of addresses(doc)) yield urlDate(url);
}

/** The page's own addresses: its canonical link and its og:url. */
function addresses(doc: Document): string[] {
  return Array.from(
    doc.querySelectorAll('link[rel="canonical"][href], meta[property="og:url"][content]'),
    (el) => el.getAttribute('href') ?? el.getAttribute('content') ?? '',
  );
}

/**
 * The day or month an address files its story under ('/2024/11/10/…', '/2024/11/slug',
 * '/news/2024-11-10/slug'), or null.
 */
function urlDate(url: string): string | null {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const m = URL_DATE().exec(path);
  if (!m) {
    const iso = URL_ISO_DAY().exec(path);
    return iso ? day(iso[1], iso[2], iso[3]) : null;
  }
  const mo = URL_MONTHS.indexOf((m[2] as string).toLowerCase());
  const num = mo < 0 ? m[2] : String(mo + 1);
  return m[3] !== undefined ? day(m[1], num, m[3]) : month(m[1], num);
}

/**
 * /YYYY/MM/DD/ or /YYYY/MM/ in a path (a year of this century or the last); the month may be
 * its three-letter name, as some newspapers file their stories ("/world/2024/oct/14/slug").
 */
const URL_DATE = lazyPattern(
  () =>
    /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(?:(0?[1-9]|[12]\d|3[01])\/)?/i,
);

/** A day as a path segment of its own, ISO-written ('/news/2024-10-03/slug/'). */
const URL_ISO_DAY = lazyPattern(() => /\/((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\//);

const URL_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** The first non-null answer of a source. */
function first(dates: Iterable<string | null>): string | null {
  for (const date of dates) if (date) return date;
  return null;
}

/**
 * Whether the page's head gives `date` as a UTC time (Z, +00:00, GMT) whose hour passes `at`,
 * in a meta's content, a JSON-LD block or a microdata value. Before noon: a time still on the
 * day before wherever the clock is behind Greenwich by more than its hour; late in the day:
 * already the next day wherever it is ahead by more than the hours left.
 */
function writtenInUtc(
  doc: Document,
  date: string,
  at: (hour: number, minute: number) => boolean,
): boolean {
  const time = new RegExp(
    `${date}[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s?(?:Z|UTC|GMT|[+-]00:?00)(?![\\d:])`,
    'i',
  );
  const holders = doc.querySelectorAll(
    'meta[content], script[type="application/ld+json"], [itemprop][content], [itemprop][datetime]',
  );
  for (let i = 0; i < holders.length; i++) {
    const el = holders[i] as Element;
    const raw =
      el.localName === 'script'
        ? el.textContent
        : (el.getAttribute('content') ?? el.getAttribute('datetime'));
    const found = raw ? time.exec(raw) : null;
    if (found && at(Number(found[1]), Number(found[2]))) return true;
  }
  return false;
}

/** A UTC time before this hour is the evening before somewhere west of Greenwich (to UTC−12). */
const UTC_EVENING_BEFORE_HOURS = 12;

/**
 * A UTC time from this hour on is past midnight somewhere east of Greenwich (to UTC+10: the
 * Gulf, South Asia, China, Japan, eastern Australia in winter); further east is left alone.
 */
const UTC_NEXT_DAY_EAST_HOURS = 14;

/**
 * The clock time a byline prints, in minutes after midnight ('00:42', '12:42 AM', '1:05 a.m.'),
 * or null where it prints none or more than one (a published and an updated time).
 */
function clockMinutes(text: string): number | null {
  let all = text.match(CLOCK_TIME()) ?? [];
  // Two stamps on one line, each a day and a clock ('Published: 04 Oct 2024 - 12:20 am | Last
  // updated: 04 Oct 2024 - 08:10 am'): the clock before the update's label is the
  // publication's. An update's clock alone ('…00:40, updated 02:15') says less: none is read.
  const update = all.length > 1 ? UPDATE_WORD().exec(text) : null;
  if (update && findDates(squash(text.slice(update.index))).some((d) => d.kind === 'day'))
    all = text.slice(0, update.index).match(CLOCK_TIME()) ?? [];
  if (all.length !== 1) return null;
  const m = /(\d{1,2})[:.](\d{2})\s*(?:([ap])\.?\s?m\b\.?)?/i.exec(all[0] as string);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (minute > 59 || hour > (half ? 12 : 23) || (half && hour === 0)) return null;
  if (half) hour = (hour % 12) + (half === 'p' ? 12 : 0);
  return hour * 60 + minute;
}

/**
 * The day a short paragraph naming the story's first publication gives ('This article was first
 * published by … on 2 October 2024 and is republished here with permission'), or null.
 */
function firstPublishedLineDate(doc: Document): string | null {
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const text = shortText(p, MAX_FIRST_PUBLISHED_LINE);
    const named = text === null ? null : FIRST_PUBLISHED_LINE().exec(text);
    if (!named || text === null) continue;
    const date = readVisibleDate(text.slice(named.index));
    if (date?.length === 10) return date;
  }
  return null;
}

/** A republication note is a sentence or two. */
const MAX_FIRST_PUBLISHED_LINE = 300;

/** Words naming a first publication: 'first published', 'originally appeared'. */
const FIRST_PUBLISHED_LINE = lazyPattern(
  () => /\b(?:first|originally)\s+(?:published|appeared)\b/i,
);

/** A word naming an update, wherever it stands in a line. */
const UPDATE_WORD = lazyPattern(() => /\b(?:last\s+)?(?:updated?|modified|edited|revised)\b/i);

/** A clock time: hours, a colon (or a point before 'am'/'pm'), minutes. */
const CLOCK_TIME = lazyPattern(
  () => /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{1,2}\.\d{2}\s*[ap]\.?\s?m\b\.?/gi,
);

/** A 'YYYY-MM-DD' of its own in an address's path: a segment, or a slug's start or end. */
const ADDRESS_ISO_DAY = lazyPattern(() => /[/-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/-]|$)/);

/**
 * The days the page's address gives (canonical link, og:url): a '/2024/10/11/' path or a
 * '2024-10-11' in a segment ('/liveblog-2024-10-11/', '/story/2024-10-11/slug'). Read only to
 * confirm a day a UTC time leaves open, never as a date of its own here.
 */
function addressDays(doc: Document): string[] {
  const days: string[] = [];
  for (const url of addresses(doc)) {
    const filed = urlDate(url);
    if (filed?.length === 10) days.push(filed);
    const m = ADDRESS_ISO_DAY().exec(url.replace(/[?#].*$/, ''));
    const date = m ? day(m[1], m[2], m[3]) : null;
    if (date) days.push(date);
  }
  return days;
}

/**
 * Two dates agree when they are at most a day apart (time zones), or a month holds the day.
 * Each is YYYY-MM-DD or YYYY-MM.
 */
function agree(a: string, b: string): boolean {
  if (a.length === 7 || b.length === 7) return b.startsWith(a) || a.startsWith(b);
  const days = dayNumber(b) - dayNumber(a);
  return Math.abs(days) <= AGREE_DAYS;
}

/** Meta tags' dates, in the order of META_NAMES, then document order. */
function* metaDates(doc: Document): Generator<string | null, void, void> {
  const found: { rank: number; content: string | null }[] = [];
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const rank = META_NAMES.indexOf(key);
    if (rank < 0) continue;
    // A meta in the body is microdata, and may date another story: a card of a "Trending"
    // strip or a related list marked up as its own NewsArticle.
    if (!el.closest('head') && (isInFurniture(el) || datesAnotherStory(el))) continue;
    const content = el.getAttribute('content');
    found.push({
      rank,
      content: key === VALID_RANGE ? (content?.split(' - ')[0] ?? null) : content,
    });
  }
  found.sort((a, b) => a.rank - b.rank);
  const dates = found.map((f) => parseDateString(f.content));
  // Two publication metas giving two days: the earlier is the publication (a print edition's
  // `DC.date.issued` before the web release's `article:published_time` the next morning; a
  // site filling one with its update time), as between the page's sources below. A record's
  // creation day (`DC.date.created`) is when its draft was begun, days before a publication
  // meta's day in a CMS that gives both (Plone): it dates the page only where none is given.
  let earliest: string | null = null;
  let created: string | null = null;
  found.forEach((f, i) => {
    const d = dates[i];
    if (d?.length !== 10) return;
    if (META_NAMES[f.rank]?.endsWith('.created')) created = created && created < d ? created : d;
    else if (!earliest || d < earliest) earliest = d;
  });
  if (earliest ?? created) yield earliest ?? created;
  yield* dates;
}

/** Plone's Dublin Core range of days an item is shown in: its start is the publication. */
const VALID_RANGE = 'dc.date.valid_range';

/**
 * The publication date marked in the body: microdata, and RDFa's Dublin Core date (Drupal 7
 * prints every node's date as `<span property="dc:date dc:created" content="…">`).
 */
const MICRODATA_PUBLISHED =
  '[itemprop="datePublished"], [property~="dc:date"], [property~="dc:created"], ' +
  '[property~="dcterms:created"], [property~="dcterms:issued"]';

/** Microdata: a meta's or time's machine value, else the element's visible date. */
function* microdataDates(doc: Document): Generator<string | null, void, void> {
  for (const el of Array.from(doc.querySelectorAll(MICRODATA_PUBLISHED))) {
    if (el.localName === 'meta') continue;
    if ((isInFurniture(el) && !datesItsPost(el)) || datesAnotherStory(el)) continue;
    // hAtom's value pattern: the machine date in an <abbr>'s title (Blogger's
    // abbr.published[itemprop=datePublished] holding only '6:30 PM').
    const machine =
      el.getAttribute('content') ??
      el.getAttribute('datetime') ??
      (el.localName === 'abbr' ? el.getAttribute('title') : null);
    // A visible microdata date ("1 September 2024") is marked as the publication date already.
    yield machine !== null ? parseDateString(machine) : readVisibleDate(el.textContent ?? '');
  }
}

/**
 * Whether the microdata date `el` is its own post's: its item is typed as a piece of writing
 * and holds that piece's body (`itemprop=articleBody`). A blog prints the post's date in the
 * post's footer line ('Posted by … at 6:30 PM'), which is named as a footer, not furniture.
 */
function datesItsPost(el: Element): boolean {
  const item = el.closest('[itemscope]');
  return (
    !!item &&
    WRITING_ITEM.test(item.getAttribute('itemtype') ?? '') &&
    !!item.querySelector('[itemprop~="articleBody"]')
  );
}

/** An item typed as a piece of writing: an article of any kind, a blog's post. */
const WRITING_ITEM = /(?:Article|BlogPosting)\s*$/;

/**
 * The day an edition picker shows: a `<select>` labelled as the edition or the issue (a
 * newspaper's replica edition, 'Edition' over 'Friday, 11 October 2024'), its selected option
 * a date. The edition a reader reads is the day its articles were printed. A picker labelled
 * otherwise ('Archive', 'Go to date') may show the day the page was served, and is not read.
 * Read where nothing else dated the page, after the address.
 */
function* editionPickerDates(doc: Document): Generator<string | null, void, void> {
  const selects = doc.getElementsByTagName('select');
  for (let i = 0; i < selects.length && i < MAX_PICKERS; i++) {
    const select = selects[i] as Element;
    const label = pickerLabel(select);
    if (EDITION_LABEL().test(label)) {
      const option = select.querySelector('option[selected]') ?? select.querySelector('option');
      if (option) yield optionDay(option);
    } else if (DAY_PICKER_LABEL().test(label)) {
      // A picker only labelled for going to a day ('Go to date') may show the day the page
      // was served. One set to a day before another it offers was set to the page's own.
      const chosen = select.querySelector('option[selected]');
      const day = chosen ? optionDay(chosen) : null;
      if (day?.length !== 10) continue;
      const options = select.getElementsByTagName('option');
      for (let j = 0; j < options.length && j < MAX_PICKER_OPTIONS; j++) {
        const other = optionDay(options[j] as Element);
        if (other && other.length === 10 && other > day) {
          yield day;
          break;
        }
      }
    }
  }
}

/** The day an option stands for: its value as a machine date, else its text. */
function optionDay(option: Element): string | null {
  return (
    parseDateString(option.getAttribute('value')) ??
    readVisibleDate(squash(option.textContent ?? ''))
  );
}

/** Options of a day picker read for a later day (an archive lists a year's days or more). */
const MAX_PICKER_OPTIONS = 400;

/** A picker's label naming a day or a date to go to ('Go to date', 'Choose a day'). */
const DAY_PICKER_LABEL = lazyPattern(() => /\b(?:date|day)\b/i);

/** Pickers asked for a label (a replica edition has one or two). */
const MAX_PICKERS = 8;

/** A picker's label naming the edition or the issue it shows. */
const EDITION_LABEL = lazyPattern(() => /\b(?:edition|issue)\b/i);

/** The words that label a `<select>`: its `<label for>`, the `<label>` around it, its aria-label. */
function pickerLabel(select: Element): string {
  const id = select.getAttribute('id');
  let label = select.closest('label');
  if (!label && id) {
    const labels = select.ownerDocument.getElementsByTagName('label');
    for (let i = 0; i < labels.length && !label; i++)
      if (labels[i]?.getAttribute('for') === id) label = labels[i] as HTMLLabelElement;
  }
  return `${label?.textContent ?? ''} ${select.getAttribute('aria-label') ?? ''}`;
}

/** `<time datetime>` values, best placed first. */
function* timeDates(doc: Document): Generator<string | null, void, void> {
  for (const el of timesInOrder(doc)) yield parseDateString(el.getAttribute('datetime'));
}

/**
 * A relative time ('3 hours ago', 'yesterday', '6h') holding its exact time in its title, as a
 * tooltip: a link aggregator's or a forum's `<span class="age" title="2024-10-14T07:12:40">`
 * is a `<time datetime>` in all but name. So is a tooltip a script shows from an attribute of
 * its own (Tippy's `data-tippy-content`, on Lemmy's `span.moment-time`; Bootstrap's
 * `data-original-title`, where it has moved the title). The first one outside furniture and not dating
 * another story dates the page; read only where nothing else did (no machine date, `<time>`,
 * byline or dated address).
 */
/**
 * The day a details list gives its page's item, under a term naming the item's date ('DATE
 * CREATED:' on an image agency's photo page, 'Date' or 'Published' on a repository's record):
 * the first term so labelled outside furniture whose `<dd>` is a day alone. Read last, where
 * the page dates itself nowhere else (a news page's own date comes first).
 */
function* detailsListDates(doc: Document): Generator<string | null, void, void> {
  for (const term of Array.from(doc.getElementsByTagName('dt'))) {
    if (!ITEM_DATE_TERM().test(squash(term.textContent ?? ''))) continue;
    const value = term.nextElementSibling;
    if (value?.localName !== 'dd' || isInFurniture(term)) continue;
    const text = squash(value.textContent ?? '');
    if (isLoneDay(text)) yield readVisibleDate(text);
  }
}

const ITEM_DATE_TERM = lazyPattern(
  () => /^(?:date(?: (?:created|published|issued))?|published|publication date|issued):?$/i,
);

function* relativeTimeTitles(doc: Document): Generator<string | null, void, void> {
  for (const el of Array.from(doc.querySelectorAll(TOOLTIPS))) {
    const title = tooltipOf(el);
    // A title holds a date in a few dozen characters: a longer one is prose, never read.
    if (title.length === 0 || title.length > MAX_TITLE_DATE_CHARS) continue;
    const text = relativePart((el.textContent ?? '').trim());
    if (text.length === 0 || text.length > MAX_RELATIVE_CHARS || !RELATIVE_TIME().test(text))
      continue;
    // A machine date ('2024-10-14T07:12:40'), or the day written for people, as a timeago
    // plugin's tooltip prints it ('Thursday, October 10, 2024 at 9:14 AM'): a day in full,
    // never a month alone or a day either way round.
    const c = title.charCodeAt(0);
    const machine = isDigitCode(c) ? MACHINE_DATE_OPENING().exec(title) : null;
    const date = machine ? parseDateString(machine[0]) : wordedTitleDay(title);
    if (!date || isInFurniture(el) || datesAnotherStory(el)) continue;
    yield date;
  }
}

/**
 * An element printing a day without its year ('28 OCT, 15:20') and holding its moment as Unix
 * time in an attribute ('1730118000', in seconds or milliseconds): a `<time datetime>` in all
 * but name, as a news agency's `<dateformat time>` is before its script writes the year.
 * The moment's year completes the printed day only where the moment falls on that day in
 * some zone (within 14 hours of UTC); the first such element outside furniture and not
 * dating another story dates the page. Read only where nothing else did.
 */
function* epochAttributeDates(doc: Document): Generator<string | null, void, void> {
  const body = doc.body;
  if (!body) return;
  // Walked by its elements' text, not by asking every element for its own: a lone text node's
  // data is its element's text without building it, and an element with no child element
  // holds all its text nodes before the next element begins, so its first one meets it in the
  // elements' order (each is asked once). Everything in a <nav> or an <aside> is furniture
  // (isInFurniture), so their subtrees are stepped over: a page of 50k nodes of menus is not
  // walked. Where a DOM's walker cannot be moved (linkedom's), they are walked and
  // isInFurniture turns their dates down.
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_TEXT);
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (tag === 'nav' || tag === 'aside') walker.currentNode = lastDescendant(node);
      continue;
    }
    const parent = node.parentNode;
    if (!parent || parent === last) continue;
    last = parent;
    if (parent === body || parent.nodeType !== 1) continue;
    const el = parent as Element;
    if (el.childElementCount > 0 || !el.hasAttributes()) continue;
    const lone = node.previousSibling === null && node.nextSibling === null;
    const text = ((lone ? (node as Text).data : el.textContent) ?? '').trim();
    if (text.length === 0 || text.length > MAX_RELATIVE_CHARS) continue;
    const printed = DAY_WITHOUT_YEAR().exec(text);
    if (!printed) continue;
    const monthWord = (printed[1] ?? printed[4] ?? '').toLowerCase().slice(0, 3);
    const monthIndex = MONTH_INDEX.indexOf(monthWord);
    const dayOfMonth = Number(printed[2] ?? printed[3]);
    for (let a = 0; a < el.attributes.length; a++) {
      const value = (el.attributes[a] as Attr).value.trim();
      if (!UNIX_TIME().test(value)) continue;
      const ms = value.length === 13 ? Number(value) : Number(value) * 1000;
      const date = dayAround(ms, monthIndex, dayOfMonth);
      if (date && !isInFurniture(el) && !datesAnotherStory(el)) yield date;
      break;
    }
  }
}

/** NodeFilter's SHOW_ELEMENT and SHOW_TEXT (the global is not in every DOM the CLI runs on). */
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/** The last node of `node`'s subtree in document order (itself when it has no children). */
function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/** A day and month without a year: '28 OCT', 'Oct 28'. Groups: month, day | day, month. */
const DAY_WITHOUT_YEAR = lazyPattern(
  () =>
    new RegExp(
      `^(?:(${MONTH_NAMES})\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_NAMES})\\.?)(?:\\b|$)(?![\\s,]*\\d{4})`,
      'i',
    ),
);

/** Unix time in seconds or milliseconds, from 2001 to 2286. */
const UNIX_TIME = lazyPattern(() => /^[1-9]\d{9}(?:\d{3})?$/);

/** The farthest a zone is from UTC, in hours. */
const MAX_ZONE_HOURS = 14;

/**
 * The day `ms` falls on in a zone within MAX_ZONE_HOURS of UTC that is the printed month and
 * day, as 'yyyy-mm-dd', or null.
 */
function dayAround(ms: number, monthIndex: number, dayOfMonth: number): string | null {
  if (monthIndex < 0) return null;
  for (let hours = -MAX_ZONE_HOURS; hours <= MAX_ZONE_HOURS; hours++) {
    const at = new Date(ms + hours * 3_600_000);
    if (at.getUTCMonth() === monthIndex && at.getUTCDate() === dayOfMonth)
      return day(String(at.getUTCFullYear()), String(monthIndex + 1), String(dayOfMonth));
  }
  return null;
}

/** A title longer than this is a sentence, not a date with its time. */
const MAX_TITLE_DATE_CHARS = 64;

/** The day a title writes for people ('Oct 10, 2024 9:14 AM'), or null (a month alone too). */
function wordedTitleDay(title: string): string | null {
  const date = readVisibleDate(title);
  return date && date.length === 10 ? date : null;
}

/** The attributes a tooltip is written in: `title`, or a tooltip script's own. */
const TOOLTIP_ATTRIBUTES = [
  'title',
  'data-tippy-content',
  'data-original-title',
  'data-bs-original-title',
];

const TOOLTIPS = TOOLTIP_ATTRIBUTES.map((name) => `[${name}]`).join(', ');

/** The first tooltip attribute `el` has, or ''. */
function tooltipOf(el: Element): string {
  for (const name of TOOLTIP_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value) return value;
  }
  return '';
}

/**
 * The relative time a stamp prints after its day, in brackets ('Thu, Oct 3, 6:40 PM (2 days
 * ago)', as webmail prints a message's), or the whole text.
 */
function relativePart(text: string): string {
  const open = text.lastIndexOf('(');
  return open > 0 && open <= MAX_RELATIVE_CHARS && text.endsWith(')')
    ? text.slice(open + 1, -1).trim()
    : text;
}

/** A relative time is short: 'about 3 hours ago'. */
const MAX_RELATIVE_CHARS = 32;

/** How a page prints a time relative to now. */
const RELATIVE_TIME = lazyPattern(
  () =>
    /^(?:about\s+)?(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$|^(?:yesterday|today|just now)$|^\d+\s?(?:s|m|h|d|w|mo|y)(?:\s+ago)?$/i,
);

/** A machine date opening a title: the day, and its time of day if given. */
const MACHINE_DATE_OPENING = lazyPattern(
  () => /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/,
);

/**
 * The day of the page's best placed `<time datetime>` when it is placed outside any article
 * or header (timesInOrder's last rank), else null.
 */
function firstLooseTime(doc: Document): string | null {
  for (const el of timesInOrder(doc)) {
    const date = parseDateString(el.getAttribute('datetime'));
    if (!date) continue;
    return date.length === 10 && !el.hasAttribute('pubdate') && !el.closest('article, header')
      ? date
      : null;
  }
  return null;
}

/**
 * Whether `el` sits in a block whose dates are not the article's: a notice, a comment, a list of
 * other stories, navigation, a footer.
 */
function isInFurniture(el: Element): boolean {
  let outside = true;
  // A site's message bar is a notice; a date inside an <article> named "message" is a post's
  // (XenForo's posts are article.message, their parts message-cell, message-main).
  const inArticle = !!el.closest('article');
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.localName;
    // The body's class lists the page's layout ("one-sidebar sidebar-first"), not a block.
    if (tag === 'body' || tag === 'html') break;
    if (tag === 'aside' || tag === 'nav') return true;
    if (tag === 'article' || tag === 'main') outside = false;
    // An article's own footer often holds its dateline; the site's footer does not.
    if (tag === 'footer' && !e.closest('article, main')) return true;
    // The site's masthead (a header holding the menu) prints the day the page was served.
    if (tag === 'header' && isMasthead(e)) return true;
    const role = e.getAttribute('role');
    if (role === 'alert' || role === 'status' || role === 'complementary' || role === 'banner')
      return true;
    if (!e.hasAttributes()) continue;
    if (e.getAttribute('aria-hidden') === 'true' && behindStoryModal(e)) return true;
    const names = namesOf(e);
    if (NOTICE().test(names) || (!inArticle && MESSAGE.test(names) && !isPermalinkTime(el)))
      return true;
    if (
      isNamedFurniture(e) &&
      !isPageWrapper(e) &&
      !isProseNamedAd(e) &&
      isNamedFurnitureBeyond(e, POST_FOOTER().test(names) ? postFooterWords(e) : pageWords(e))
    )
      return true;
  }
  // So does the block around its nameplate, with no menu (asked only of a date outside the
  // article and the main content).
  return outside && inNameplateMasthead(el);
}

/**
 * The class words of the page's `<body>` where one names furniture: a word every block of the
 * page carries names the page, not a box in it (a Telegram post's embed is `body.tgme_widget`,
 * its date link `a.tgme_widget_message_date`). Empty on other pages.
 */
function pageWords(el: Element): ReadonlySet<string> {
  const body = el.ownerDocument.body;
  if (!body) return NO_WORDS;
  let words = bodyWords.get(body);
  if (!words) {
    words = isNamedFurniture(body) ? new Set(nameWords(body)) : NO_WORDS;
    bodyWords.set(body, words);
  }
  return words;
}

/**
 * A post's own footer named by its class ('tgme_widget_message_footer', 'entry-footer'): it
 * holds the post's dateline, as an `<article>`'s `<footer>` does; the site's footer is named
 * for no post.
 */
const POST_FOOTER = lazyPattern(
  () => /(?:^|[\s_-])(?:message|post|entry|article|story)[_-]footer(?:$|[\s_-])/i,
);

/** The page's words (pageWords) and 'footer', for a post's footer. */
function postFooterWords(el: Element): ReadonlySet<string> {
  return new Set([...pageWords(el), 'footer']);
}

const NO_WORDS: ReadonlySet<string> = new Set();
const bodyWords = new WeakMap<Element, ReadonlySet<string>>();

/**
 * Whether `el` is a time alone in a link: a post's permalink printing its moment (a Telegram
 * message's `a.tgme_widget_message_date > time`), which a site's message bar never holds.
 */
function isPermalinkTime(el: Element): boolean {
  const link = el.localName === 'time' ? el.parentElement : null;
  return (
    link?.localName === 'a' &&
    link.hasAttribute('href') &&
    (link.textContent ?? '').trim() === (el.textContent ?? '').trim()
  );
}

/** Whether `el` sits in one of the mastheads of the page whose date is being read. */
function inNameplateMasthead(el: Element): boolean {
  if (!reading) return false;
  reading.mastheads ??= nameplateMastheads(reading.doc);
  const mastheads = reading.mastheads;
  if (mastheads.size === 0) return false;
  for (let e: Element | null = el; e; e = e.parentElement) if (mastheads.has(e)) return true;
  return false;
}

/**
 * Whether a `<header>` is the site's masthead, whose date is today's (the day the page was
 * served or saved): outside the article and the main content, and holding the site's menu.
 * An article's header (its headline and byline) holds no menu.
 */
function isMasthead(header: Element): boolean {
  return !header.closest('article, main') && !!header.querySelector('nav, [role="navigation"]');
}

/**
 * The page's mastheads without a menu, found once per reading of the page's date, when a date
 * outside the article is first judged (dates are then judged by a set lookup): the short blocks, holding no headline, around the
 * site's nameplate (a link to the site's front page holding its logo), outside the article and
 * the main content. A local paper prints the day's date beside its nameplate ("Wednesday,
 * January 15, 2025"), which is the day the page was served or saved.
 */
function nameplateMastheads(doc: Document): ReadonlySet<Element> {
  const found = new Set<Element>();
  const logos = doc.querySelectorAll(NAMEPLATE);
  const headline = logos.length > 0 ? doc.querySelector('h1') : null;
  for (let i = 0; i < logos.length && i < MAX_NAMEPLATES; i++) {
    const logo = logos[i] as Element;
    // An outlet's logo in the article's own header, or in a byline under the headline, sits
    // beside the article's date; a masthead comes before the headline.
    if (logo.closest('article, main')) continue;
    if (headline && !precedes(logo, headline)) continue;
    for (let e = logo.closest('a')?.parentElement; e; e = e.parentElement) {
      const tag = e.localName;
      if (tag === 'body' || tag === 'html') break;
      // The short text first: a wrapper of the page is never searched for a headline.
      if (found.has(e) || shortText(e, MAX_MASTHEAD_CHARS) === null || e.querySelector('h1')) break;
      found.add(e);
    }
  }
  return found;
}

/** The nameplates looked at: a page has one or two (the masthead's, the footer's). */
const MAX_NAMEPLATES = 4;

/** A link to the front page holding an image: the site's nameplate. */
const NAMEPLATE = 'a[href="/"] img, a[href="./"] img, a[rel="home"] img';

/** A masthead's date, nameplate and weather line hold at most this much text. */
const MAX_MASTHEAD_CHARS = 200;

/**
 * Whether a block named like furniture wraps the page: it holds the headline or the main
 * content. A framework's root (Next.js's `#__next`: "next") or a layout wrapper named by one
 * word of a list is not a box of other stories; a rail of `<article>` promos is. Asked only of
 * the few named ancestors of a date.
 */
function isPageWrapper(el: Element): boolean {
  // A search that stops at the first match: a wrapper's headline or <main> comes early in it.
  return !!el.querySelector(PAGE_CONTENT);
}

const PAGE_CONTENT = 'h1, main, [role="main"], [itemprop="articleBody"]';

/**
 * Whether a block named furniture only as an ad holds prose: an ad slot holds a line or two,
 * and 'ads' is a hashed class too (webmail's `div.adn.ads` around each message of a thread).
 */
function isProseNamedAd(el: Element): boolean {
  return (
    (!isNamedFurnitureBut(el, 'ads') || !isNamedFurnitureBut(el, 'ad')) &&
    (el.textContent ?? '').length > AD_SLOT_CHARS
  );
}

/** An ad slot's text, at most: a label, an advertiser's line or two. */
const AD_SLOT_CHARS = 600;

/**
 * Whether a microdata date belongs to another story: its item (the nearest `itemscope`) is a
 * card, short and holding a link (a headline of a "Trending" strip or a related list marked up
 * as a NewsArticle of its own), or it sits in a list of dated headlines (datesATeaser). The
 * article's own item holds the article, or no link.
 */
function datesAnotherStory(el: Element): boolean {
  const scope = el.closest('[itemscope]');
  if (
    scope &&
    scope.localName !== 'html' &&
    scope.localName !== 'body' &&
    scope.querySelector('a[href]') &&
    shortText(scope, MAX_TEASER_CHARS) !== null
  )
    return true;
  return datesATeaser(el);
}

/**
 * Class or id words of a site notice, whose date is a maintenance window or an event, and of
 * a masthead's "today" line, whose date is the day the page was served.
 */
const NOTICE = lazyPattern(
  () =>
    /(?:^|[\s_-])(?:notice|alert|announcement|maintenance|banner|breaking|ticker|toast|today|todays|current-?date)(?:$|[\s_-])/i,
);

/** A site message's class or id word, a notice outside an article (isInFurniture). */
const MESSAGE = /(?:^|[\s_-])message(?:$|[\s_-])/i;

const namesOf = (el: Element) =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(
    /([a-z])([A-Z])/g,
    '$1-$2',
  );

// ---------------------------------------------------------------------------------------------
// Machine-readable dates

/** Years a news page can plausibly carry; 0001-01-01 and the like are CMS placeholders. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

const TIME = String.raw`(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?`;
const ZONE = String.raw`(?:\s?(?:Z|UTC|GMT|[+-](\d{2}):?(\d{2})))?`;
/** HTML's date, month, local and global date-time strings ("T" or a space before the time). */
const HTML_DATE = new RegExp(
  String.raw`^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ]${TIME}${ZONE})?)?$`,
  'i',
);
/** Forms CMSs put in meta tags that HTML does not define: 2024/09/05, 2024.9.5, 20240905. */
const LEGACY_DATE = lazyPattern(
  () =>
    new RegExp(
      String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[T ]${TIME}${ZONE})?$|^(\d{4})(\d{2})(\d{2})(?:T?\d{6}|T\d{4})?(?:Z|[+-]\d{4})?$`,
      'i',
    ),
);

/**
 * A machine-readable date (meta content, `datetime`, JSON-LD) → `YYYY-MM-DD`, `YYYY-MM` or null.
 * Accepts every valid HTML date, month and date-time string, the slash/dot/compact forms some
 * CMSs use, and RFC 2822 ("Sun, 08 Sep 2024 10:00:00 GMT"); rejects impossible ones (2024-13,
 * 2024-02-30, 25:00). The time and its zone are checked, then dropped: the day is the publisher's.
 */
export function parseDateString(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  // The forms most pages give (2024-09-10, 2024-09-10T08:30:00Z) are read from the characters:
  // HTML_DATE is compiled on its first run, a quarter of a millisecond of the page's main thread.
  const plain = plainHtmlDate(s);
  if (plain !== undefined) return plain;
  let m = HTML_DATE.exec(s);
  if (m) {
    if (!validTime(m[4], m[5], m[6], m[7], m[8])) return null;
    return m[3] === undefined ? month(m[1], m[2]) : day(m[1], m[2], m[3]);
  }
  m = LEGACY_DATE().exec(s);
  if (m) {
    if (m[1] !== undefined) {
      if (!validTime(m[4], m[5], m[6], m[7], m[8])) return null;
      return day(m[1], m[2], m[3]);
    }
    return day(m[9], m[10], m[11]);
  }
  // RFC 2822 and other worded forms in meta tags: the whole string must be one date.
  const worded = findDates(s);
  return worded.length === 1 && worded[0]?.kind !== 'ambiguous' ? (worded[0]?.date ?? null) : null;
}

/** The CLI's --published check; one definition, in the engine (calendar-days.ts). */
export { isDateOrMonth } from '../engine/calendar-days';

/**
 * What HTML_DATE reads `s` as, for its common forms: a date, a month, or a date and time whose
 * zone, if any, is `Z` or an offset right after the time. Undefined for any other string
 * (a space or a name before the zone, a malformed one): HTML_DATE and the rest then decide.
 */
function plainHtmlDate(s: string): string | null | undefined {
  const n = s.length;
  if (n < 7 || !digitsAt(s, 0, 4) || s.charCodeAt(4) !== 45 || !digitsAt(s, 5, 2)) return undefined;
  const year = s.slice(0, 4);
  const mo = s.slice(5, 7);
  if (n === 7) return month(year, mo);
  if (n < 10 || s.charCodeAt(7) !== 45 || !digitsAt(s, 8, 2)) return undefined;
  const date = s.slice(8, 10);
  if (n === 10) return day(year, mo, date);
  // 'T' in either case, or a space; then hh:mm, :ss and a fraction of a second.
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 116 && sep !== 32) return undefined;
  if (n < 16 || !digitsAt(s, 11, 2) || s.charCodeAt(13) !== 58 || !digitsAt(s, 14, 2))
    return undefined;
  let i = 16;
  let sec: string | undefined;
  if (s.charCodeAt(i) === 58) {
    if (!digitsAt(s, i + 1, 2)) return undefined;
    sec = s.slice(i + 1, i + 3);
    i += 3;
    if (s.charCodeAt(i) === 46) {
      let j = i + 1;
      while (j < n && isDigitCode(s.charCodeAt(j))) j++;
      if (j === i + 1) return undefined;
      i = j;
    }
  }
  let zh: string | undefined;
  let zm: string | undefined;
  if (i < n) {
    const c = s.charCodeAt(i);
    if (c === 90 || c === 122) {
      if (i + 1 !== n) return undefined;
    } else if ((c === 43 || c === 45) && digitsAt(s, i + 1, 2)) {
      zh = s.slice(i + 1, i + 3);
      let k = i + 3;
      if (s.charCodeAt(k) === 58) k++;
      if (k + 2 !== n || !digitsAt(s, k, 2)) return undefined;
      zm = s.slice(k, k + 2);
    } else return undefined;
  }
  return validTime(s.slice(11, 13), s.slice(14, 16), sec, zh, zm) ? day(year, mo, date) : null;
}

/** Whether `s` has `count` ASCII digits from `from` on (what `\d` reads). */
function digitsAt(s: string, from: number, count: number): boolean {
  if (from + count > s.length) return false;
  for (let i = from; i < from + count; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

function validTime(...parts: (string | undefined)[]): boolean {
  const [h, min, sec, zh, zm] = parts.map((p) => (p === undefined ? 0 : Number(p)));
  return (
    (h as number) <= 23 &&
    (min as number) <= 59 &&
    (sec as number) <= 59 &&
    (zh as number) <= 23 &&
    (zm as number) <= 59
  );
}

function plausibleYear(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

function isRealDay(year: number, mo: number, date: number): boolean {
  // 2024-02-30 and the like are not days.
  return mo >= 1 && mo <= 12 && date >= 1 && date <= daysInMonth(year, mo);
}

function day(y: string | undefined, mo: string | undefined, d: string | undefined): string | null {
  const year = Number(y);
  const m = Number(mo);
  const date = Number(d);
  if (!plausibleYear(year) || !isRealDay(year, m, date)) return null;
  // The Unix epoch is what a CMS prints for a missing date, not a publication day.
  if (year === 1970 && m === 1 && date === 1) return null;
  return `${year}-${pad(m)}-${pad(date)}`;
}

function month(y: string | undefined, mo: string | undefined): string | null {
  const year = Number(y);
  const m = Number(mo);
  if (!plausibleYear(year) || m < 1 || m > 12) return null;
  return `${year}-${pad(m)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------------------------
// JSON-LD

/** Types whose `datePublished` is the article's; a photo's or a comment's may be years apart. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;
const OTHER_WORK_TYPE = lazyPattern(
  () => /(?:ImageObject|VideoObject|AudioObject|MediaObject|Photograph|Comment|Review)$/,
);
const LIVE_BLOG_TYPE = /LiveBlogPosting$/;
const NESTED_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item'];

/**
 * The page's article in its JSON-LD: the best ranked `datePublished` and that item's
 * `dateModified`, or null.
 */
function jsonLdArticle(doc: Document): JsonLdDate | null {
  // Ranked across all the page's blocks, not within each: a page can describe its embedded
  // video in a block of its own before the article's, and the video's datePublished (weeks
  // older, a clip reused) is not the article's.
  const found: JsonLdDate[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')))
    collectDatePublished(parseJsonLd(script.textContent ?? ''), 0, found);
  rankOtherPages(doc, found);
  // The article's own date first, then the page's, then a photo's; document order within each.
  return found.reduce<(typeof found)[number] | null>(
    (b, f) => (!b || f.rank < b.rank ? f : b),
    null,
  );
}

/** The script's JSON, or null: CMSs ship broken JSON-LD often enough, and it must never throw. */
function parseJsonLd(text: string): unknown {
  // Wrapped for old XHTML parsers: <!-- -->, <![CDATA[ ]]>, //<![CDATA[ //]]>, /*<![CDATA[*/ /*]]>*/.
  const body = text
    .trim()
    .replace(/^(?:<!--|(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?)\s*/, '')
    .replace(/\s*(?:-->|(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?)$/, '');
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/** A `datePublished` found in the page's JSON-LD. */
type JsonLdDate = {
  date: string;
  /** Lower is trusted more: the article's own, the page's, a photo's; a listed story's after. */
  rank: number;
  /** The path of the page the item says it is (its `url`, `mainEntityOfPage` or `@id`), if any. */
  page: string | null;
  /** The item's own `dateModified`, if any. */
  modified: string | null;
};

/**
 * A graph describing the page's article beside others (Yoast's `@graph` holding the related
 * stories' NewsArticle items, sometimes before the page's own): where one article item names
 * the page's own address, those naming another page date other stories and are ranked after
 * every date of the page's own works. Where none names it (an AMP copy, an address rewritten
 * by a proxy), nothing is moved.
 */
function rankOtherPages(doc: Document, found: JsonLdDate[]): void {
  if (found.length < 2) return;
  const own = new Set<string>();
  for (const address of pageAddresses(doc)) own.add(samePage(address));
  if (!found.some((f) => f.page !== null && own.has(f.page))) return;
  for (const f of found) if (f.page !== null && !own.has(f.page)) f.rank += LISTED_RANK;
}

/** An address's path as two addresses of one page share it: no query, fragment or last '/'. */
function samePage(address: string): string {
  let path = withoutOrigin(address.trim());
  const cut = path.search(/[?#]/);
  if (cut >= 0) path = path.slice(0, cut);
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

/** The address an item of JSON-LD says it is the page of, as samePage() gives it, or null. */
function itemPage(record: Record<string, unknown>): string | null {
  const main = record.mainEntityOfPage;
  const named =
    typeof main === 'string'
      ? main
      : main && typeof main === 'object' && typeof (main as { '@id'?: unknown })['@id'] === 'string'
        ? (main as { '@id': string })['@id']
        : typeof record.url === 'string'
          ? record.url
          : typeof record['@id'] === 'string'
            ? record['@id']
            : null;
  return named?.includes('/') ? samePage(named) : null;
}

/** Depth-first through arrays, `@graph` and nested entities; depth-limited (the JSON is the page's). */
function collectDatePublished(
  value: unknown,
  depth: number,
  found: JsonLdDate[],
  listed = false,
): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectDatePublished(item, depth + 1, found, listed);
    return;
  }
  const record = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []).map(String);
  // A live blog without datePublished is dated by when its coverage began; its entries
  // (liveBlogUpdate, not followed) carry the later times of each update.
  const date =
    firstDate(record.datePublished) ??
    (types.some((t) => LIVE_BLOG_TYPE.test(t)) ? firstDate(record.coverageStartTime) : null) ??
    // An article's creation is its publication where a CMS writes no datePublished.
    (types.some((t) => ARTICLE_TYPE.test(t)) ? firstDate(record.dateCreated) : null);
  if (date) {
    const rank = types.some((t) => ARTICLE_TYPE.test(t))
      ? 0
      : types.some((t) => OTHER_WORK_TYPE().test(t))
        ? 2
        : 1;
    // An entry of an ItemList (a "related" or "most read" list in the page's JSON-LD) is
    // another story: after every date of the page's own works.
    found.push({
      date,
      rank: listed ? rank + LISTED_RANK : rank,
      page: rank === 0 ? itemPage(record) : null,
      modified: firstDate(record.dateModified),
    });
  }
  for (const key of NESTED_KEYS)
    collectDatePublished(record[key], depth + 1, found, listed || LIST_KEYS.has(key));
}

/** The keys of a list's entries, and how far down the ranking their dates go. */
const LIST_KEYS = new Set(['itemListElement', 'item']);
const LISTED_RANK = 3;

/** `"2024-09-08"`, `["2024-09-08"]` or `{ "@value": "2024-09-08" }`. */
function firstDate(value: unknown): string | null {
  for (const v of ([] as unknown[]).concat(value ?? [])) {
    const raw =
      typeof v === 'string'
        ? v
        : v && typeof v === 'object' && typeof (v as { '@value'?: unknown })['@value'] === 'string'
          ? ((v as { '@value': string })['@value'] as string)
          : null;
    const date = parseDateString(raw);
    if (date) return date;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// <time>

/** Marks of a last-modified date, which is not the publication date. */
const MODIFIED = /modif|updat|edited/i;

/**
 * Whether a `<time>` is labelled as the last update by what holds it or stands just before it:
 * 'Updated <time datetime>3 hours ago</time>' in a `span.date-line__updated` (a wire agency's
 * byline prints its publication time as text beside it).
 */
function labelledUpdate(time: Element): boolean {
  const before = time.previousSibling;
  if (before?.nodeType === TEXT_NODE && UPDATED_LABEL().test(before.textContent ?? '')) return true;
  return MODIFIED.test(time.parentElement?.getAttribute('class') ?? '');
}

const TEXT_NODE = 3;

/**
 * Whether a `<time>` is labelled as the first publication by the text just before it
 * ('First published <time>') or, where it stands alone in its holder, by the holder's label
 * before it: a definition list's `<dt>Originally published</dt><dd><time>` (an aggregator
 * prints its own 'Posted' day beside it).
 */
function labelledFirstPublished(time: Element): boolean {
  const before = time.previousSibling;
  const beforeText = before?.nodeType === TEXT_NODE ? (before.textContent ?? '').trim() : '';
  if (beforeText) return FIRST_PUBLISHED_LABEL().test(beforeText);
  const holder = time.parentElement;
  if (
    !holder ||
    time.previousElementSibling ||
    (holder.textContent ?? '').trim() !== (time.textContent ?? '').trim()
  )
    return false;
  const label = (holder.previousElementSibling?.textContent ?? '').trim();
  return label.length <= MAX_LABEL_CHARS && FIRST_PUBLISHED_LABEL().test(label);
}

/** A label naming the first publication, as it ends just before its date. */
const FIRST_PUBLISHED_LABEL = lazyPattern(
  () => /\b(?:originally|first)\s+published(?:\s+on)?\s*[:\-–—|]?\s*$/i,
);

/** A label before its date is a few words. */
const MAX_LABEL_CHARS = 40;

/** `<time datetime>` elements: `pubdate` ones, then those in an article or header, then the rest. */
function timesInOrder(doc: Document): Element[] {
  const times = Array.from(doc.querySelectorAll('time[datetime]')).filter(
    (t) =>
      !MODIFIED.test(`${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('class') ?? ''}`) &&
      !labelledUpdate(t) &&
      !isInFurniture(t) &&
      !datesAnotherStory(t),
  );
  // A time labelled as the first publication ('Originally published', 'First published')
  // outranks its neighbours: an aggregator's 'Posted' day or a republisher's is a later copy's.
  const rank = (t: Element) =>
    t.hasAttribute('pubdate') || labelledFirstPublished(t)
      ? 0
      : t.closest('article, header')
        ? 1
        : 2;
  return times
    .map((t, i) => ({ t, i, r: rank(t) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.t);
}

/** A list item or card dating another story holds at most this much text. */
const MAX_TEASER_CHARS = 400;

/** A link's text at least this long is a headline (an author's name or "Reply" is shorter). */
const HEADLINE_LINK_CHARS = 25;

/** A permalink printing its post's date and time is at most this long. */
const DATE_LINK_CHARS = 48;

/**
 * Whether `time` dates another story: it sits in a short list item holding a link outside the
 * time, or in an item of a list of dated headlines set as text (isDatedHeadlineItem), or within
 * two levels of a short block holding a link with a headline's length (a list of dated
 * headlines, a story card), wherever on the page the list is, before the byline or after the
 * article. A byline's own time is alone or inside its permalink, beside an author's
 * name at most.
 */
function datesATeaser(time: Element): boolean {
  let el = time.parentElement;
  for (let level = 0; el && level < 3; level++, el = el.parentElement) {
    const tag = el.localName;
    if (tag === 'article' || tag === 'main' || tag === 'header' || tag === 'body') return false;
    // Longer than a card: the article's own wrapper, whose links are the prose's (and whose
    // text is not read in full to learn that).
    const blockText = shortText(el, MAX_TEASER_CHARS);
    if (blockText === null) return false;
    const links = el.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) {
      const a = links[i] as Element;
      if (!a.hasAttribute('href')) continue;
      const text = (a.textContent ?? '').trim();
      // A byline's time may sit in its permalink, alone; a card linked whole holds a headline.
      if (a.contains(time)) {
        const own = text.length - (time.textContent ?? '').trim().length;
        if (own >= HEADLINE_LINK_CHARS && !namesThisPage(time, text)) return true;
        continue;
      }
      // A forum post's own subject beside its date ("Re: " and the topic's title) is this
      // page's, and so is a permalink whose text is the date.
      if (text.length >= HEADLINE_LINK_CHARS && namesThisPage(time, text)) continue;
      if (text.length <= DATE_LINK_CHARS && time.contains(a) && readVisibleDate(text)) continue;
      if (tag === 'li' || text.length >= HEADLINE_LINK_CHARS) return true;
    }
    if (tag === 'li') return isDatedHeadlineItem(el, blockText, time);
  }
  return false;
}

/**
 * Whether list item `li` (its text `text`) is one of a list of dated headlines set as text, not
 * links (a ticker or a 'Latest' strip under no telling name): beside `time` it holds a
 * headline's worth of words, and another item of its list holds an element of the time's tag
 * and class. A byline's item holds a label or a name beside its date ('Published', 'By …'),
 * and its list dates one piece.
 */
function isDatedHeadlineItem(li: Element, text: string, time: Element): boolean {
  if (text.length - squash(time.textContent ?? '').length < HEADLINE_LINK_CHARS) return false;
  const list = li.parentElement;
  if (!list) return false;
  const cls = time.getAttribute('class') ?? '';
  for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
    if (item === li || item.localName !== 'li') continue;
    const twins = item.getElementsByTagName(time.localName);
    for (let i = 0; i < twins.length; i++)
      if (((twins[i] as Element).getAttribute('class') ?? '') === cls) return true;
  }
  return false;
}

/**
 * Whether a headline-long link's text is the page's own title, or a reply's subject naming it
 * ("Re: " and the title): a forum prints each post's subject as a link beside its date.
 */
function namesThisPage(el: Element, text: string): boolean {
  const title = el.ownerDocument.title ?? '';
  const subject = text.replace(REPLY_PREFIX, '');
  return subject.length >= HEADLINE_LINK_CHARS && title.includes(subject);
}

/** How a reply's subject opens: "Re:", and the German and Nordic forums' "AW:", "SV:". */
const REPLY_PREFIX = /^(?:re|aw|sv)(?:\[\d+\])?\s*:\s*/i;

// ---------------------------------------------------------------------------------------------
// Visible bylines (last resort)

/** Class or id words of the elements that print a byline or a date. */
const BYLINE = lazyPattern(
  () =>
    /(?:^|[\s_-])(?:by-?line[a-z]*|date-?line|(?:article|story|post|entry|news|blog|item|page)?-?dates?|(?:h|pub|publish|post|article|news|info)?-?time|published|pub-?date|posted|timestamp|(?:article|story|post|entry|news|blog|item)-?(?:meta|info)|meta-?data)(?:$|[\s_-])/i,
);
/**
 * What a class or id holding one of BYLINE's words holds, in any case: a quick test that leaves
 * out nearly every named element of a page before BYLINE (with its camel-case split) is asked.
 */
const BYLINE_HINT = lazyPattern(() => /date|by-?line|published|posted|time|meta|info|author/i);
/**
 * A class or id naming the line of a post's author ("author", "post-author"; not "author-bio"
 * or "author-box", which are cards): a forum prints each post's date there ("by name » Fri Sep
 * 27, 2024 9:14 am"), the opening post's first. Only a full day is taken from it: a short bio
 * line's month ("reporting since May 2019") dates the writer, not the page.
 */
const AUTHOR_LINE = /(?:^|[\s_-])author(?=$|\s)/i;
/** The word 'author' anywhere among a class's words ('sfnews-Author-And-Date', 'author-date'). */
const WRITER_WORD = /(?:^|[\s_-])author(?=$|[\s_-])/i;
/** Longer than this, an element is a container holding a byline, not the byline itself. */
const MAX_BYLINE_CHARS = 240;
/**
 * The most labelled elements read: a byline is one of the first few a page names so, and a
 * page that names hundreds (a list of dated links) does not make the search read them all.
 */
const MAX_BYLINE_ELEMENTS = 100;
/** How much of the body's text the search for a "Published" label reads. */
const MAX_BODY_CHARS = 20_000;
/**
 * The labels a byline writes before its date, as BYLINE_LABEL reads them; a newsletter's issue
 * number ("Issue #112 · Thursday, September 12, 2024", "Issue 212 · Friday 3 October 2025")
 * heads the issue's date so.
 */
const BYLINE_LABEL_START = lazyPattern(
  () =>
    /\b(?:First|first) published|\bPublished|\bPosted|\bPUBLISHED|\bPOSTED|\bIssue (?:#|No\.? ?)?\d+/g,
);
/** How much text after a label can hold the date it labels (the label ends ≤ 40 characters before it). */
const LABELLED_DATE_CHARS = 120;

function* visibleBylineDates(doc: Document): Generator<string | null, void, void> {
  yield* bylineLineDates(doc);
  yield* datesUnderHeadline(doc);
  yield* labelledDates(doc);
}

/**
 * The dates of the page's byline lines: a `<time>` without datetime, then the first elements
 * named as a byline or a date line (at most MAX_BYLINE_ELEMENTS of them read). Native queries
 * and a few short texts: the page's text is not walked.
 */
function* bylineLineDates(doc: Document): Generator<string | null, void, void> {
  // A <time> without datetime: its text is its machine value (HTML), or at least a visible date.
  for (const el of Array.from(doc.querySelectorAll('time:not([datetime])'))) {
    if (isInFurniture(el) || datesAnotherStory(el)) continue;
    const text = squash(el.textContent ?? '');
    yield parseDateString(text) ?? readVisibleDate(text);
  }
  let read = 0;
  // A date line before the headline and apart from it, outside the article (a top strip over
  // the site's menu printing the day the page was served), is read after the others.
  const headline = doc.querySelector('h1');
  const apart: (string | null)[] = [];
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!BYLINE_HINT().test(names)) continue;
    const split = names.replace(/([a-z])([A-Z])/g, '$1-$2');
    const authorLine = !BYLINE().test(split);
    if (authorLine && !AUTHOR_LINE.test(split)) continue;
    if (MODIFIED.test(names) || el.closest('script, style, template, noscript')) continue;
    if (++read > MAX_BYLINE_ELEMENTS) break;
    // A date beside another story's headline (a "Latest" strip above the article) is that story's.
    // An author line is named as furniture itself ("author" names cards too): its blocks are asked.
    // So is a line named for its writer and its date (Sitefinity's 'sfnewsAuthorAndDate'), unless
    // another word of its own names furniture.
    const writerAndDate =
      !authorLine && WRITER_WORD.test(split) && !isNamedFurnitureBut(el, 'author');
    if (
      isInFurniture(((authorLine || writerAndDate) && el.parentElement) || el) ||
      datesAnotherStory(el)
    )
      continue;
    const text = shortText(el, MAX_BYLINE_CHARS);
    if (text === null) continue;
    const date = readVisibleDate(text);
    if (authorLine && date?.length !== 10) continue;
    if (date && headline && stripAboveHeadline(el, headline)) apart.push(date);
    else yield date;
  }
  yield* apart;
}

/**
 * Whether a date line stands before the headline, outside any article or main content, in no
 * block of the headline's short of a page's wrapper: their nearest common block holds more
 * than STRIP_APART_CHARS of text (the whole page's), so the line is a strip of the site's own.
 */
function stripAboveHeadline(el: Element, headline: Element): boolean {
  if (!precedes(el, headline) || el.closest('article, main, [role="main"]')) return false;
  let common = el.parentElement;
  while (common && !common.contains(headline)) common = common.parentElement;
  return !!common && (common.textContent ?? '').length > STRIP_APART_CHARS;
}

/** The text of a page wrapper at least: a headline's own block (its header) holds less. */
const STRIP_APART_CHARS = 1_500;

/** Dates after a "Published" label, or on a dateline of their own, in the body's first text. */
function* labelledDates(doc: Document): Generator<string | null, void, void> {
  // Anywhere on the page, but only after a capitalised "Published" label: in running prose
  // ("the report, published on 8 May 2024") the date is some other document's. Only the text
  // just after each label is read for a date, not the whole body.
  const body = doc.body ?? doc.documentElement;
  if (!body) return;
  const { text, starts, nodes } = bodyText(doc, body);
  BYLINE_LABEL_START().lastIndex = 0;
  for (let m = BYLINE_LABEL_START().exec(text); m; m = BYLINE_LABEL_START().exec(text)) {
    if (inSkipped(nodeAt(starts, nodes, m.index))) continue;
    const after = squash(text.slice(m.index, m.index + LABELLED_DATE_CHARS));
    const date = findDates(after).find((d) => d.bylineLabel && d.kind !== 'ambiguous')?.date;
    if (date) {
      yield date;
      return;
    }
  }
  // A statement's or a letter's dateline, a line of its own giving a place and a day
  // ('Baghdad, 15 October 2024' under a document's title, as a word processor's page prints
  // it): the first such line outside the page's furniture.
  // A day alone on its line counts only right under the document's title, set in no
  // heading (a document published from a word processor: 'Statement on …', then '16 October
  // 2024'); elsewhere a lone day may be anything's (a top bar's, an event's).
  for (const node of nodes) {
    const line = squash((node as Text).data);
    if (line.length > MAX_DATELINE_CHARS) continue;
    const parent = node.parentElement;
    const lone = !isDateline(line);
    if (
      lone &&
      !(
        isLoneDay(line) &&
        parent &&
        (underTitle(parent, doc) || inDocumentHeader(parent) || underDescribedText(parent, doc))
      )
    )
      continue;
    if (inSkipped(node) || (parent && isInFurniture(parent))) continue;
    const date = readVisibleDate(lone ? line : line.slice(line.indexOf(',') + 1));
    if (date?.length === 10) {
      yield date;
      return;
    }
  }
  yield null;
}

/** A day written out alone: '16 October 2024', 'October 16, 2024'. */
const LONE_DAY = lazyPattern(
  () =>
    new RegExp(
      `^(?:\\d{1,2} (?:${MONTH_NAMES_CAPITALISED})\\.? \\d{4}|(?:${MONTH_NAMES_CAPITALISED})\\.? \\d{1,2}, \\d{4})(?:,? (?:at )?\\d{1,2}:\\d{2}(?: ?[AP]M)?)?\\.?$`,
    ),
);
function isLoneDay(line: string): boolean {
  return LONE_DAY().test(line);
}

/**
 * Whether the line in `el` comes right after the document's title: the block holding it
 * follows (past empty spacers, at most TITLE_REACH blocks back) a block whose text is the
 * page's title (og:title or `<title>`).
 */
function underTitle(el: Element, doc: Document): boolean {
  const block = el.closest('p, div, li, td') ?? el;
  const titles = [
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim(),
    doc.title?.trim(),
  ].filter((t): t is string => !!t && t.length >= MIN_TITLE_CHARS);
  if (titles.length === 0) return false;
  let prev = block.previousElementSibling;
  for (let i = 0; prev && i < TITLE_REACH; i++, prev = prev.previousElementSibling) {
    const text = (prev.textContent ?? '').trim();
    if (text === '') continue;
    return titles.some((t) => t === text || t.startsWith(`${text} `));
  }
  return false;
}

/**
 * Whether the line in `el` is one of a document's header lines, as a news database prints a
 * report's fields one to a line above its text ('By …', '612 words', '3 October 2024', '18:40
 * GMT', the source, its copyright): short sibling blocks, one before it naming the writer, and
 * the text's first paragraph after them. A top bar's day has a menu after it, an event's
 * no writer before it.
 */
function inDocumentHeader(el: Element): boolean {
  const block = el.closest('p, div, li, td') ?? el;
  let signed = false;
  for (
    let prev = block.previousElementSibling, i = 0;
    prev && i < HEADER_LINES && !signed;
    prev = prev.previousElementSibling, i++
  ) {
    const text = squash(prev.textContent ?? '');
    if (text.length > MAX_HEADER_LINE_CHARS) return false;
    signed = WRITER_LINE().test(text);
  }
  if (!signed) return false;
  for (
    let next = block.nextElementSibling, i = 0;
    next && i < HEADER_LINES;
    next = next.nextElementSibling, i++
  ) {
    const length = squash(next.textContent ?? '').length;
    if (next.localName === 'p') return length >= MIN_TEXT_PARAGRAPH_CHARS;
    if (length > MAX_HEADER_LINE_CHARS) return false;
  }
  return false;
}

/**
 * Whether the line in `el` stands right after the text the page's description opens (a social
 * post's page: its description is the post, its stamp on a line under it, 'October 3, 2024 at
 * 6:40 PM'). The line's block may be the first of a row or two under that text.
 */
function underDescribedText(el: Element, doc: Document): boolean {
  const description = squash(
    doc
      .querySelector('meta[property="og:description"], meta[name="description"]')
      ?.getAttribute('content') ?? '',
  ).replace(/(?:\.\.\.|…)$/, '');
  if (description.length < MIN_DESCRIPTION_CHARS) return false;
  let block: Element | null = el.closest('p, div, li, td') ?? el;
  for (let up = 0; block && !block.previousElementSibling && up < DESCRIBED_ROWS; up++)
    block = block.parentElement;
  const text = block?.previousElementSibling?.textContent;
  return !!text && squash(text).startsWith(description);
}

/** A description shorter than this says too little to know the text by. */
const MIN_DESCRIPTION_CHARS = 40;

/** The rows wrapping a stamp under the text it dates. */
const DESCRIBED_ROWS = 2;

/** A document header's lines read on either side of its day. */
const HEADER_LINES = 8;

/** A header line, at most: a field such as a copyright notice, not a paragraph. */
const MAX_HEADER_LINE_CHARS = 120;

/** The text's first paragraph is longer than a field. */
const MIN_TEXT_PARAGRAPH_CHARS = 120;

/** A line naming the writer: 'By Jane Doe'. */
const WRITER_LINE = lazyPattern(() => /^By [A-Z]/);

/** Blocks looked back past for the title over a lone day (empty spacers in between). */
const TITLE_REACH = 3;

/** A title is longer than a word. */
const MIN_TITLE_CHARS = 12;

/** A dateline is short: a place and a day. */
const MAX_DATELINE_CHARS = 48;

/**
 * A line that is only a place (one to three capitalised words, 'of' or 'de' between) and a day written out with its
 * month's name ('Baghdad, 15 October 2024', 'Riverton, October 15, 2024.'). Compiled on first
 * use: most pages are dated before this last resort.
 */
const DATELINE = lazyPattern(
  () =>
    new RegExp(
      `^[A-Z][A-Za-z'’-]+(?:(?: (?:of|on|upon|de|al|el|the))? [A-Z][A-Za-z'’-]+){0,2}, (?:\\d{1,2} (?:${MONTH_NAMES_CAPITALISED})\\.? \\d{4}|(?:${MONTH_NAMES_CAPITALISED})\\.? \\d{1,2}, \\d{4})\\.?$`,
    ),
);
function isDateline(line: string): boolean {
  return DATELINE().test(line);
}

/** The short blocks after the headline read for its byline's date, before its prose. */
const BYLINE_AFTER_HEADLINE = 6;

/**
 * The date of the byline under the page's `<h1>`, with the text of its line, however the site names it ("detay-bilgi",
 * "info", a class in its own language): the few short blocks that follow the headline in
 * document order, up to the first paragraph or long block (the prose, or a wrapper of it),
 * are read for a date; a list of other stories' dates after it is furniture (isInFurniture).
 */
function bylineUnderHeadline(doc: Document): { date: string; text: string } | null {
  const headline = doc.querySelector('h1');
  if (!headline) return null;
  let el = elementAfter(headline);
  for (let looked = 0; el && looked < BYLINE_AFTER_HEADLINE; looked++, el = elementAfter(el)) {
    // The prose begins (a paragraph, a wrapper of paragraphs): a date in it is another
    // document's ("minutes published on 4 July 2022"), or a date with nothing to say whose.
    // A paragraph is known by its tag, before its text is read.
    if (el.localName === 'p') return null;
    const text = shortText(el, MAX_BYLINE_CHARS);
    if (text === null || el.querySelector('p')) return null;
    // A byline gives the day. Most blocks under a headline print none (a kicker, a byline of
    // names), and only one that does is judged: judging reads its ancestors (isInFurniture),
    // the first time on the page's main thread in the middle of the first scan.
    const date = readVisibleDate(text);
    if (date?.length !== 10) continue;
    // A standfirst under the headline ("First phase to end in September 2025") dates events.
    // A picture's caption under the headline dates the picture ('…, Jan. 17, 2026. (Photo)').
    if (HEADING.test(el.localName) || datesHeadlines(el) || isCaption(el) || isInFurniture(el))
      continue;
    // A headline in furniture (a box of other stories) has no byline of this page under it.
    if (isInFurniture(headline)) return null;
    // The line's text goes with its day: a clock time printed beside it is read from it.
    return { date, text };
  }
  return null;
}

/**
 * Whether a short block under the headline is a picture's caption: a `<figure>` or
 * `<figcaption>`, an element named a caption, or a block holding one (a picture and its
 * caption in a `div`). A byline's headshot has no caption.
 */
function isCaption(el: Element): boolean {
  const tag = el.localName;
  return (
    tag === 'figure' ||
    tag === 'figcaption' ||
    CAPTION_NAME.test(el.getAttribute('class') ?? '') ||
    el.querySelector('figcaption, [class*="caption"], [class*="Caption"]') !== null
  );
}

/** A class naming a caption ('caption', 'image-caption', 'photoCaption'). */
const CAPTION_NAME = /caption/i;

function* datesUnderHeadline(doc: Document): Generator<string | null, void, void> {
  const under = bylineUnderHeadline(doc);
  if (under) yield under.date;
  else yield lineAboveHeadline(doc);
}

/**
 * The day a short line right above the headline, in the headline's own block, opens with: a
 * cover's uptitle ('30 September 2024 · Long read', as Tilda and magazine templates set the
 * date over the title). Only the headline's previous siblings (LINES_ABOVE_HEADLINE) are read,
 * never a heading, a list, a caption or furniture. A site builder sets each text in a container
 * of its own (Framer's and Wix's text boxes: `div > h1`, `div > p`): a headline alone in its
 * container is read from the container (HEADLINE_WRAPPERS levels up), and a line may be one
 * paragraph alone in its container.
 */
function lineAboveHeadline(doc: Document): string | null {
  let headline: Element | null = doc.querySelector('h1');
  for (let up = 0; headline && up < HEADLINE_WRAPPERS && !headline.previousElementSibling; up++) {
    const parent: Element | null = headline.parentElement;
    if (!parent || parent.localName === 'body' || parent.childElementCount !== 1) break;
    headline = parent;
  }
  let el = headline?.previousElementSibling ?? null;
  for (
    let looked = 0;
    el && looked < LINES_ABOVE_HEADLINE;
    looked++, el = el.previousElementSibling
  ) {
    const text = shortText(el, MAX_BYLINE_CHARS);
    if (text === null || HEADING.test(el.localName) || holdsParagraphs(el)) return null;
    // A meta list's day is an item of its own ('Statement' · '03.10.2024'): that item opens with it.
    const line = isMetaList(el) ? dayItem(el) : text;
    const date = line === null ? null : readVisibleDate(line);
    if (date?.length !== 10 || !OPENS_WITH_DAY().test(line as string)) continue;
    if (datesHeadlines(el) || isCaption(el) || isInFurniture(el)) return null;
    return date;
  }
  return null;
}

/** The text of the first item of a meta list (isMetaList) opening with a day, or null. */
function dayItem(list: Element): string | null {
  const items = list.getElementsByTagName('li');
  for (let i = 0; i < items.length; i++) {
    const text = squash((items[i] as Element).textContent ?? '');
    if (OPENS_WITH_DAY().test(text)) return text;
  }
  return null;
}

/** The lines above a headline read for its date. */
const LINES_ABOVE_HEADLINE = 2;

/** The containers holding nothing but the headline climbed to find the lines above it. */
const HEADLINE_WRAPPERS = 2;

/** Whether a block above the headline holds paragraphs: more than one paragraph alone in it. */
function holdsParagraphs(el: Element): boolean {
  const first = el.querySelector('p');
  return first !== null && !(el.childElementCount === 1 && el.firstElementChild === first);
}

/** A line opening with its date: a number, a month's or a weekday's name. */
const OPENS_WITH_DAY = lazyPattern(
  () =>
    /^(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)/,
);

const HEADING = /^h[1-6]$/;

/**
 * Whether a short block under the headline dates other stories: a list, or a link of a
 * headline's length (a strip of the latest stories set between headline and byline). A
 * byline's links are its writers' names.
 */
function datesHeadlines(el: Element): boolean {
  const tag = el.localName;
  if ((tag === 'ul' || tag === 'ol' || el.querySelector('li')) && !isMetaList(el)) return true;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++)
    if (((links[i] as Element).textContent ?? '').trim().length >= HEADLINE_LINK_CHARS) return true;
  return false;
}

/**
 * Whether a list is a page's meta line set as a list, every item a word or two: a kind, a day,
 * a place ('Statement' · '03.10.2024' · 'Brussels', as the Europa Component Library's page
 * header lists them). A list of headlines has an item of a headline's length.
 */
function isMetaList(el: Element): boolean {
  const items = el.getElementsByTagName('li');
  if (items.length === 0) return false;
  for (let i = 0; i < items.length; i++)
    if (((items[i] as Element).textContent ?? '').trim().length > META_ITEM_CHARS) return false;
  return true;
}

/** A meta list's item, at most: a kind, a day or a place, not a headline. */
const META_ITEM_CHARS = 32;

/** The element after `el` and its subtree in document order (its next sibling, or an ancestor's). */
function elementAfter(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
    if (e.localName === 'body') return null;
  }
  return null;
}

/**
 * The element's text, squashed, or null when it is longer than `max` characters: a container
 * holding a byline, whose whole text is not read to learn that (a wrapper of the article would
 * cost a read of the article).
 */
function shortText(el: Element, max: number): string | null {
  let raw = '';
  // Whitespace squashes away; indentation can make a short byline's raw text several times longer.
  const rawMax = max * 4;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Text of two elements does not run together ("24 Oct 2024" in a screen-reader span
      // then "24 Oct 2024" shown: not "…202424 Oct…"), unless the next goes on with punctuation.
      if (raw !== '' && !/\s$/.test(raw) && /^[^\s,.;:)]/.test(data)) raw += ' ';
      raw += data;
      if (raw.length > rawMax) return null;
    } else if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    node = nextOutside(node, el);
  }
  const text = squash(raw);
  return text.length <= max ? text : null;
}

/** A byline's date: one labelled "Published" first, else the first that is not the last update. */
export function readVisibleDate(text: string): string | null {
  const dates = findDates(squash(text)).filter((d) => d.kind !== 'ambiguous');
  return (
    dates.find((d) => d.label === 'published')?.date ??
    dates.find((d) => d.label === null)?.date ??
    null
  );
}

type FoundDate = {
  date: string;
  /** "ambiguous": 08/09/2024 could be either day first or month first; never used. */
  kind: 'day' | 'month' | 'ambiguous';
  /** The word just before the date: "Published …", "Updated …", or nothing. */
  label: 'published' | 'updated' | null;
  /** The label is written as a byline writes it: "Published", "Posted", "First published". */
  bylineLabel: boolean;
};

const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_WORD = `(${MONTH_NAMES})\\.?`;
/**
 * The month names as a dateline writes them, capitalised. Built by splitting, not by a replace
 * with an expression, which every story page would compile when the reader loads.
 */
const MONTH_NAMES_CAPITALISED = MONTH_NAMES.split('|')
  .map((name) => (name[0] as string).toUpperCase() + name.slice(1))
  .join('|');
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';
/** One alternative per form; the groups are read in `toFound`. */
const VISIBLE_DATE = lazyPattern(
  () =>
    new RegExp(
      [
        // 8 September 2024; '8 September ,2024' too, as a Gulf broadcaster's byline prints it
        `\\b${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH_WORD}(?:\\s*,\\s*|\\s+)(\\d{4})\\b`,
        `\\b${WEEKDAY}${MONTH_WORD}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, // Sept. 8, 2024
        `\\b${MONTH_WORD},?\\s+(\\d{4})\\b`, // September 2024
        '\\b(\\d{4})-(\\d{2})-(\\d{2})\\b', // 2024-09-08
        // 08/09/2024; a forum's 09-27-2024 too (08-09-2024, either way round, stays ambiguous)
        '\\b(\\d{1,2})([/.-])(\\d{1,2})\\13(\\d{4})\\b',
        // Thu Oct 10 09:14:02 UTC 2024: the clock's form (ctime, `date`), which mail archives
        // print a message's date in, the year after the time and its zone
        `\\b${WEEKDAY}${MONTH_WORD}\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+(?:[A-Z]{2,5}|[+-]\\d{4}))?\\s+(\\d{4})\\b`,
        // 2024/09/08, 2024.09.08: the year first, as a blog theme (Hugo's XMin) or an East
        // Asian site prints it; never day first, so never ambiguous
        '\\b(\\d{4})([/.])(\\d{1,2})\\20(\\d{1,2})\\b',
      ].join('|'),
      'gi',
    ),
);
const MONTH_INDEX = MONTH_NAMES.split('|').map((m) => m.slice(0, 3));
const PUBLISHED_LABEL = lazyPattern(
  () => /\b(?:first\s+)?(?:published|posted|issued)(?:\s+on)?\s*[:\-–—|]?\s*$/i,
);
const BYLINE_LABEL = lazyPattern(
  () =>
    /(?:\b(?:First|first) published|\bPublished|\bPosted|\bPUBLISHED|\bPOSTED|\bIssue (?:#|No\.? ?)?\d+)(?:\s+(?:on|On|ON))?\s*[:\-–—|·•]?\s*$/,
);
/** A span's first day and its dash or "to", just before a date: the date ends the span. */
const RANGE_START = lazyPattern(
  () =>
    new RegExp(
      `(?:\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}${ORDINAL}|\\b\\d{1,2}${ORDINAL}\\s+(?:${MONTH_NAMES})\\.?|(?<![\\d:.])\\d{1,2})` +
        '(?:,?\\s+\\d{4})?\\s*(?:[-–—]|\\bto|\\bthrough|\\buntil|\\btill)\\s*$',
      'i',
    ),
);
/** A dash or "to", then another day, just after a date: the date begins a span. */
const RANGE_END = lazyPattern(
  () =>
    new RegExp(
      `^\\s*(?:[-–—]|to\\b|through\\b|until\\b|till\\b)\\s*(?:(?:${MONTH_NAMES})\\.?\\s+\\d|\\d{1,2}${ORDINAL}\\s+(?:${MONTH_NAMES}))`,
      'i',
    ),
);
const UPDATED_LABEL = lazyPattern(
  () => /\b(?:last\s+)?(?:updated?|modified|edited|revised)(?:\s+on)?\s*[:\-–—|]?\s*$/i,
);

const DIGIT = /\d/;

/**
 * Whether the date from `start` to `end` in `text` is a piece of a web address printed as text
 * (a link post's 'site.example/world/2025/08/2…', an archive's '…/2024-09-08/story'): a path's
 * slash before or after it, or the ellipsis that cut the address short. An address's digits
 * date the page it leads to, if anything, and cut short they may not be a day at all.
 */
function inAddress(text: string, start: number, end: number): boolean {
  const next = text.charAt(end);
  return (
    text.charAt(start - 1) === '/' ||
    next === '/' ||
    next === '\u2026' ||
    text.startsWith('...', end)
  );
}

/** Every date written out in `text`, in order, with the label in front of it. */
function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  // Every form holds a day or a year in digits. A text without one (most bylines' names, the
  // labels looked at) has no date, and is not run through VISIBLE_DATE: the first run of an
  // expression that size compiles it on the page's main thread.
  if (!DIGIT.test(text)) return out;
  const visibleDate = VISIBLE_DATE();
  visibleDate.lastIndex = 0;
  for (let m = visibleDate.exec(text); m; m = visibleDate.exec(text)) {
    const found = toFound(m);
    if (!found || inAddress(text, m.index, m.index + m[0].length)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // Either end of a span of days ("Sept. 15 - Oct. 15, 2025", "15–30 September 2025")
    // dates an event that lasts (a heritage month, an exhibition, a consultation), not a page.
    // Each expression is asked only when a cheap test on the text finds what it needs (a dash
    // or a word of its own): most bylines hold none, and a page then compiles none of them.
    const after = text.slice(m.index + m[0].length);
    if (
      (mayEndSpan(before) && RANGE_START().test(before)) ||
      (mayBeginSpan(after) && RANGE_END().test(after))
    )
      continue;
    const lower = before.toLowerCase();
    const label =
      mayLabelPublished(lower) && PUBLISHED_LABEL().test(before)
        ? 'published'
        : mayLabelUpdate(lower) && UPDATED_LABEL().test(before)
          ? 'updated'
          : null;
    out.push({
      ...found,
      label,
      bylineLabel: mayLabelPublished(lower) && BYLINE_LABEL().test(before),
    });
  }
  return out;
}

/**
 * Whether `before` may end as RANGE_START needs: with a dash or a word of a span ('to',
 * 'through', 'until', 'till'), white space after it (trimEnd drops what `\s` matches).
 */
function mayEndSpan(before: string): boolean {
  const end = before.trimEnd();
  const c = end.charCodeAt(end.length - 1);
  if (c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  const lower = end.slice(-7).toLowerCase();
  return (
    lower.endsWith('to') ||
    lower.endsWith('through') ||
    lower.endsWith('until') ||
    lower.endsWith('till')
  );
}

/** Whether `after` may begin as RANGE_END needs: a dash, or a word of a span ('to', 'until'). */
function mayBeginSpan(after: string): boolean {
  const c = after.trimStart().charCodeAt(0);
  // '-', '–', '—', or the first letter of 'to', 'through', 'till', 'until' in either case.
  return c === 0x2d || c === 0x2013 || c === 0x2014 || (c | 32) === 0x74 || (c | 32) === 0x75;
}

/**
 * Whether `lower` (the text before a date, lower-cased) holds a word PUBLISHED_LABEL or
 * BYLINE_LABEL needs: 'published', 'posted', 'issued', or 'issue' (BYLINE_LABEL's 'Issue #12').
 */
function mayLabelPublished(lower: string): boolean {
  return lower.includes('published') || lower.includes('posted') || lower.includes('issue');
}

/** Whether `lower` holds a word UPDATED_LABEL needs: 'update(d)', 'modified', 'edited', 'revised'. */
function mayLabelUpdate(lower: string): boolean {
  return (
    lower.includes('update') ||
    lower.includes('modified') ||
    lower.includes('edited') ||
    lower.includes('revised')
  );
}

type Bare = Omit<FoundDate, 'label' | 'bylineLabel'>;

function toFound(m: RegExpExecArray): Bare | null {
  const g = (i: number) => m[i];
  if (g(1) !== undefined) return worded(g(3), g(2), g(1));
  if (g(4) !== undefined) return worded(g(6), g(4), g(5));
  if (g(7) !== undefined) {
    const mo = monthNumber(g(7));
    const date = mo ? month(g(8), String(mo)) : null;
    return date ? { date, kind: 'month' } : null;
  }
  if (g(9) !== undefined) {
    const date = day(g(9), g(10), g(11));
    return date ? { date, kind: 'day' } : null;
  }
  if (g(16) !== undefined) return worded(g(18), g(16), g(17));
  if (g(19) !== undefined) {
    const date = day(g(19), g(21), g(22));
    return date ? { date, kind: 'day' } : null;
  }
  const a = Number(g(12));
  const b = Number(g(14));
  if (a <= 12 && b <= 12 && a !== b) {
    // Ambiguous alone; a page prints all its dates by one template, so its other dates with
    // the same separator may tell which comes first (numericOrder).
    const order = numericOrder(g(13) as string);
    if (order === null) return { date: '', kind: 'ambiguous' };
    const date =
      order === 'day' ? day(g(15), String(b), String(a)) : day(g(15), String(a), String(b));
    return date ? { date, kind: 'day' } : null;
  }
  // One of the two cannot be a month (or both are the same): 25/09/2024, 09/25/2024, 05/05/2024.
  const date = a > 12 ? day(g(15), String(b), String(a)) : day(g(15), String(a), String(b));
  return date ? { date, kind: 'day' } : null;
}

/**
 * Which number a page's all-digit dates written with `separator` put first, told by the page's
 * own dates: where one of them has a first number over 12 (14.10.2024, day first) and none a
 * second one over 12 (10.14.2024, month first), or the other way round. A site prints its dates
 * by one template: a list of its other stories dated '29.09.2024' says its '05.10.2024' is the
 * fifth of October. Read only during a reading of a page's date (null outside one, and where the
 * page says nothing or both), once per separator: the body's text is searched only on a page
 * whose candidate date is ambiguous.
 */
function numericOrder(separator: string): 'day' | 'month' | null {
  if (!reading) return null;
  const known = reading.numericOrders.get(separator);
  if (known !== undefined) return known;
  const text = reading.doc.body?.textContent ?? '';
  const sep = separator === '.' ? '\\.' : separator;
  const dates = new RegExp(`(?<!\\d)(\\d{1,2})${sep}(\\d{1,2})${sep}(?:19|20)\\d{2}(?!\\d)`, 'g');
  let dayFirst = false;
  let monthFirst = false;
  for (let m = dates.exec(text); m && !(dayFirst && monthFirst); m = dates.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
  }
  const order =
    dayFirst === monthFirst
      ? dayFirst
        ? null
        : localeOrder(reading.doc)
      : dayFirst
        ? 'day'
        : 'month';
  reading.numericOrders.set(separator, order);
  return order;
}

/**
 * Which number the page's language puts first where none of its dates tells: English as
 * written in the United States, month first; in Britain, Ireland, Australia, New Zealand,
 * India, Pakistan and South Africa, day first. Else (a language alone, another region) null.
 */
function localeOrder(doc: Document): 'day' | 'month' | null {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  if (lang === 'en-us') return 'month';
  return DAY_FIRST_ENGLISH().test(lang) ? 'day' : null;
}

const DAY_FIRST_ENGLISH = lazyPattern(() => /^en[-_](?:gb|ie|au|nz|in|pk|za)$/);

function worded(
  year: string | undefined,
  monthWord: string | undefined,
  date: string | undefined,
): Bare | null {
  const mo = monthNumber(monthWord);
  const d = mo ? day(year, String(mo), date) : null;
  return d ? { date: d, kind: 'day' } : null;
}

/** 1–12 for a month name written with a capital ("Sept", "MAY"), else 0: "may" is a verb. */
function monthNumber(word: string | undefined): number {
  if (!word || !hasProperty(word.codePointAt(0) as number, UPPER)) return 0;
  return MONTH_INDEX.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The body's text, up to MAX_BODY_CHARS characters, with where each Text node starts in it.
 * Read from Text nodes only (a TreeWalker): a content script pays for a wrapper of every node
 * it touches, and asking every element for its children or siblings as well cost 5–37 ms for
 * the first 20,000 characters of a page of 6,000 menus. Long script and style bodies are left
 * out; a label found in a short one is left out by the caller (inSkipped).
 */
function bodyText(doc: Document, body: Element): { text: string; starts: number[]; nodes: Node[] } {
  const starts: number[] = [];
  const nodes: Node[] = [];
  let text = '';
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (
    let node = walker.nextNode();
    node && text.length < MAX_BODY_CHARS;
    node = walker.nextNode()
  ) {
    const data = (node as Text).data;
    // Indentation between tags: nothing to search, and it would use up the budget (the search
    // used to count squashed text).
    if (data.trim() === '') continue;
    // A long script or style body (inline JSON, CSS) would use up the budget: left out. A short
    // one costs little, and a label in it is left out below.
    if (data.length > LONG_TEXT_NODE && inSkipped(node)) continue;
    starts.push(text.length);
    nodes.push(node);
    text += `${data} `;
  }
  return { text, starts, nodes };
}

/** Text nodes longer than this are asked whether they are a script's (see bodyText). */
const LONG_TEXT_NODE = 200;

/** The Text node holding `offset` of bodyText()'s text. */
function nodeAt(starts: number[], nodes: Node[], offset: number): Node | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return nodes[lo];
}

/** Whether `node` sits in a script, style, template or noscript. */
function inSkipped(node: Node | undefined): boolean {
  for (let e = node?.parentElement; e; e = e.parentElement)
    if (SKIPPED.has(e.localName.toLowerCase())) return true;
  return false;
}

/**
 * Elements whose text is not the page's prose: a `<select>`'s options are choices (a picker's
 * days are read only where it is labelled as the edition: editionPickerDates), not datelines.
 */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'select']);

/** The node after `node` and its subtree, in document order within `root`; null past its end. */
function nextOutside(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n && n !== root && !n.nextSibling) n = n.parentNode;
  return n && n !== root ? n.nextSibling : null;
}

/**
 * The page-state JSON a framework ships for hydration (Next.js's `#__NEXT_DATA__`) repeats the
 * page's data, its story's record among the related and most-read ones (Nuxt 3's
 * `#__NUXT_DATA__` too, flattened). A record is the page's
 * story only when one of its title fields is the page's headline (the `<h1>`, or the Open
 * Graph title); its publication key is read, and no other record's. Asked after every other
 * source but relative times, so only where the page gives no date of its own, and only where
 * such a script is there (one lookup by id).
 */
export function* appStateDates(doc: Document): Generator<string | null, void, void> {
  // Nuxt 3's `#__NUXT_DATA__` holds the same records flattened (devalue): one array whose
  // objects give each field as the index of its value in the array.
  const next = doc.getElementById('__NEXT_DATA__');
  const script = next ?? doc.getElementById('__NUXT_DATA__');
  const flat = !next;
  const text = script?.localName === 'script' ? (script.textContent ?? '') : '';
  // Nuxt 2 assigns its state in an inline script of no id (`window.__NUXT__=…`), looked for
  // only on a page with neither.
  const nuxt2 = script ? null : nuxt2StateScript(doc);
  if (!nuxt2 && (!text || text.length > MAX_APP_STATE_CHARS)) return;
  const headlines = new Set<string>();
  for (const h of [
    doc.querySelector('h1')?.textContent,
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
  ])
    if (h?.trim()) headlines.add(squashTitle(h));
  if (headlines.size === 0) return;
  let state: unknown;
  if (nuxt2) {
    state = readNuxtState(nuxt2);
    if (state === undefined) return;
  } else {
    try {
      state = JSON.parse(text);
    } catch {
      return;
    }
  }
  if (flat && !nuxt2) {
    yield flatStoryRecordDate(state, headlines);
    return;
  }
  const budget = { nodes: MAX_APP_STATE_NODES };
  yield storyRecordDate(state, headlines, 0, budget);
}

/**
 * The text of the inline script assigning Nuxt 2's state (`window.__NUXT__=…`), or null. Nuxt
 * writes it near the body's end, after the app's markup: the scripts are looked at from last.
 */
function nuxt2StateScript(doc: Document): string | null {
  const scripts = doc.getElementsByTagName('script');
  for (let i = scripts.length - 1, looked = 0; i >= 0 && looked < NUXT2_SCRIPTS; i--) {
    const script = scripts[i] as Element;
    if (script.hasAttribute('src')) continue;
    looked++;
    const text = script.textContent ?? '';
    if (text.length <= MAX_APP_STATE_CHARS && text.trimStart().startsWith('window.__NUXT__'))
      return text;
  }
  return null;
}

/** Inline scripts looked at for Nuxt 2's state, from the page's last. */
const NUXT2_SCRIPTS = 20;

/**
 * In a flattened page state (an array whose objects hold, for each field, the index of its
 * value: `[…, {"title": 7, "publishedAt": 8}, …, "The headline", "2024-09-30T11:05:00Z"]`),
 * the publication date of the first object whose title, looked up, is one of `headlines`. A
 * date kept as a Date is `["Date", "…"]` there.
 */
function flatStoryRecordDate(state: unknown, headlines: ReadonlySet<string>): string | null {
  if (!Array.isArray(state)) return null;
  const values: unknown[] = state;
  const at = (i: unknown): unknown =>
    typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < values.length
      ? values[i]
      : undefined;
  const end = Math.min(values.length, MAX_APP_STATE_NODES);
  for (let i = 0; i < end; i++) {
    const item = values[i];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    const date = recordDate(item as Record<string, unknown>, headlines, at, (i) => {
      const v = at(i);
      return Array.isArray(v) && v[0] === 'Date' ? v[1] : v;
    });
    if (date) return date;
  }
  return null;
}

/** The page-state JSON read at most: a page's whole data, not a dump of the site's. */
const MAX_APP_STATE_CHARS = 2_000_000;
const MAX_APP_STATE_NODES = 20_000;
const MAX_APP_STATE_DEPTH = 12;
/** Where a record names its title, and its publication, most specific first. */
const APP_TITLE_KEYS = ['headline', 'title', 'seoTitle', 'name'];
const APP_PUBLISHED_KEYS = [
  'datePublished',
  'publishedAt',
  'published_at',
  'publishedDate',
  'publishDate',
  'publicationDate',
  'firstPublished',
  'firstPublishedAt',
  'firstPublishedDate',
];

const squashTitle = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const asIs = (v: unknown) => v;

/**
 * A page-state record's publication date when one of its title fields is one of `headlines`:
 * null when it is so titled but gives no date, undefined when it is not. `title` and `date` read
 * a field's value (the value itself, or in a flattened state the value its index points at).
 */
function recordDate(
  record: Record<string, unknown>,
  headlines: ReadonlySet<string>,
  title: (field: unknown) => unknown,
  date: (field: unknown) => unknown,
): string | null | undefined {
  const titled = APP_TITLE_KEYS.some((k) => {
    const v = title(record[k]);
    return typeof v === 'string' && headlines.has(squashTitle(v));
  });
  if (!titled) return undefined;
  for (const k of APP_PUBLISHED_KEYS) {
    const found = stateDate(date(record[k]));
    if (found) return found;
  }
  return null;
}

/**
 * A page-state field's date: a date's text, or a time since the epoch as a number or a string
 * of digits, in milliseconds (13 digits, what JavaScript's `Date.now()` and most APIs give) or
 * seconds (10 digits, Unix time): its day in UTC, the zone the count is in. Other counts of
 * digits are ids or years, not times.
 */
function stateDate(v: unknown): string | null {
  if (typeof v === 'number') return Number.isInteger(v) ? epochDate(String(v)) : null;
  if (typeof v !== 'string') return null;
  // A compact '20241001' is a date's text, read as such.
  const digits = v.trim();
  return (digits.length === 10 || digits.length === 13) && ALL_DIGITS().test(digits)
    ? epochDate(digits)
    : parseDateString(v);
}

/** A count since the epoch, 10 digits of seconds or 13 of milliseconds, as its UTC day. */
function epochDate(digits: string): string | null {
  const ms =
    digits.length === 13
      ? Number(digits)
      : digits.length === 10
        ? Number(digits) * 1000
        : Number.NaN;
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString();
  return day(iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10));
}

const ALL_DIGITS = lazyPattern(() => /^\d+$/);

/** Depth-first: the publication date of the first record titled with one of `headlines`. */
function storyRecordDate(
  value: unknown,
  headlines: ReadonlySet<string>,
  depth: number,
  budget: { nodes: number },
): string | null {
  if (depth > MAX_APP_STATE_DEPTH || value === null || typeof value !== 'object') return null;
  if (--budget.nodes < 0) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const date = storyRecordDate(item, headlines, depth + 1, budget);
      if (date) return date;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const own = recordDate(record, headlines, asIs, asIs);
  if (own) return own;
  for (const v of Object.values(record)) {
    const date = storyRecordDate(v, headlines, depth + 1, budget);
    if (date) return date;
  }
  return null;
}
