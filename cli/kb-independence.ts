/**
 * How many independent reports carry a set of passages. Copies of one wire story count once,
 * as the card counts outlets relaying one origin once: two passages are one report when they
 * come from the same article, from articles the knowledge base traces to the same origin, from
 * articles that are near-copies of each other, when the sentences themselves are near-copies, or
 * when they quote the same words (one statement or briefing, relayed: one origin).
 */
import type { KnowledgeBase } from '../engine/types';

/** The article-level facts independence is judged on. */
export type ArticleText = { id: string; url: string; text: string };

/** Counts independent reports among passages (each names its article and sentence). */
export type ReportCounter = (passages: { article: string; sentence: string }[]) => number;

/** Share of the smaller article's word 6-grams found in the other: a rewrite of one story. */
const ARTICLE_COPY_SHARE = 0.25;
/** Jaccard similarity of two sentences' word 3-grams above which one copies the other. */
const SENTENCE_COPY_SIMILARITY = 0.5;

/** Builds the counter once for a run: the articles' pairwise copies are found up front. */
export function createReportCounter(articles: ArticleText[], kb: KnowledgeBase): ReportCounter {
  const originOf = originsByUrl(kb);
  const grams = articles.map((a) => shingles(a.text, 6));
  /** Article id → the id of the first article it is one report with. */
  const root = new Map<string, string>();
  articles.forEach((a, i) => {
    let same = a.id;
    for (let j = 0; j < i && same === a.id; j++) {
      const b = articles[j] as (typeof articles)[number];
      const origin = originOf.get(a.url);
      if (
        (origin !== undefined && origin === originOf.get(b.url)) ||
        containment(grams[i] as Set<string>, grams[j] as Set<string>) >= ARTICLE_COPY_SHARE
      )
        same = root.get(b.id) ?? b.id;
    }
    root.set(a.id, same);
  });
  return (passages) => {
    const reports: { article: string; grams: Set<string>; quotes: string[] }[] = [];
    for (const p of passages) {
      const article = root.get(p.article) ?? p.article;
      const g = shingles(p.sentence, 3);
      const quotes = quotesOf(p.sentence);
      const known = reports.some(
        (r) =>
          r.article === article ||
          jaccard(r.grams, g) >= SENTENCE_COPY_SIMILARITY ||
          r.quotes.some((q) => quotes.includes(q)),
      );
      if (!known) reports.push({ article, grams: g, quotes });
    }
    return reports.length;
  };
}

/** Shorter quotes ("a “historic” step") are words, not a statement someone made. */
const QUOTE_MIN_WORDS = 6;

/**
 * The quoted statements of a sentence as runs of QUOTE_MIN_WORDS words, lower-cased, letters
 * and digits only: two passages sharing a run quote one statement, however each trims it
 * ("The resistance is a right…" / "Resistance is a right…").
 */
export function quotesOf(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/[“"]([^”"]+)[”"]/g))
    if ((m[1] ?? '').split(/\s+/).length >= QUOTE_MIN_WORDS)
      out.push(...shingles(m[1] ?? '', QUOTE_MIN_WORDS));
  return out;
}

/** Article URL → the one origin the knowledge base gives its statements, when it gives one. */
function originsByUrl(kb: KnowledgeBase): Map<string, string> {
  const urlOf = new Map(kb.sources.map((s) => [s.id, s.url]));
  const seen = new Map<string, Set<string>>();
  for (const c of kb.claims)
    for (const st of c.sources) {
      const url = urlOf.get(st.source);
      if (!url || st.origin === undefined) continue;
      const set = seen.get(url) ?? new Set<string>();
      set.add(st.origin);
      seen.set(url, set);
    }
  const out = new Map<string, string>();
  for (const [url, set] of seen) if (set.size === 1) out.set(url, [...set][0] as string);
  return out;
}

/** Lower-cased word n-grams of `text`. */
export function shingles(text: string, n: number): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

function containment(a: Set<string>, b: Set<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const g of small) if (big.has(g)) shared++;
  return shared / small.size;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}
