/**
 * The article's publication day, which the engine needs to resolve "next year" or "by the end of
 * the month". Publishers state it in several places; the first one that parses wins, in order of
 * how often each is right on news sites (Open Graph article metas are the most reliable).
 */

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
];

/** YYYY-MM-DD as the publisher wrote it (no time-zone shift), or null when the page says nothing usable. */
export function findPublishedDate(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const date = toDay(doc.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"]'))) {
    const date = toDay(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
    if (date) return date;
  }
  const fromJsonLd = findInJsonLd(doc);
  if (fromJsonLd) return fromJsonLd;
  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  const preferred = times.find((t) => t.hasAttribute('pubdate') || t.closest('article, header'));
  for (const el of preferred ? [preferred, ...times] : times) {
    const date = toDay(el.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}

function findInJsonLd(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // CMSs ship broken JSON-LD often enough; the next source may still be fine.
    }
    const date = datePublishedIn(data, 0);
    if (date) return date;
  }
  return null;
}

/** Depth-first through arrays and @graph; depth-limited because the JSON is the page's. */
function datePublishedIn(value: unknown, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const date = datePublishedIn(item, depth + 1);
      if (date) return date;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const own = record.datePublished;
  const date = toDay(
    typeof own === 'string'
      ? own
      : Array.isArray(own)
        ? own.find((d) => typeof d === 'string')
        : null,
  );
  if (date) return date;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    const nested = datePublishedIn(record[key], depth + 1);
    if (nested) return nested;
  }
  return null;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** Accepts ISO (with or without time), YYYY/MM/DD, YYYYMMDD and "8 September 2024"-style dates. */
export function toDay(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  let m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(s);
  if (m) return day(Number(m[3]), MONTHS.indexOf((m[2] as string).toLowerCase()) + 1, Number(m[1]));
  m = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) return day(Number(m[3]), MONTHS.indexOf((m[1] as string).toLowerCase()) + 1, Number(m[2]));
  return null;
}

function day(year: number, month: number, date: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || date < 1 || date > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCDate() !== date) return null; // 2024-02-30 and the like
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}
