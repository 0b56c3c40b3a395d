/**
 * HTML in, highlights out: the path shared by the CLI, `npm run eval` and the CLI tests.
 * Parses the page with linkedom (declarative shadow roots attached as a browser attaches them,
 * cli/declarative-shadow.ts), reads it with the same page/ code the content script uses, and
 * runs the engine.
 */
import { type CompiledStory, createMatcher, type Matcher } from '../engine/index';
import type { Match, PlanOutcome, Rejection, SourceView, TimeView } from '../engine/types';
import { extractArticle } from '../page/article';
import { isDateOrMonth, readPublishedDate } from '../page/published-date';
import { parsePage } from './declarative-shadow';

export type SideEntry = {
  source: string;
  outlet: string;
  published: string;
  says: string;
  attribution: string;
  link: string;
  why?: string;
};

/** A later report of what became of a plan, as a plan's highlight lists it. */
export type SinceEntry = {
  claim: string;
  statement: string;
  /** When it happened ("2026-01-17" or "2026-01"). */
  happened: string;
  outcome: PlanOutcome;
  sources: SideEntry[];
};

/** A plan an event's highlight answers: the plan's claim, statement and date, and the outcome. */
export type PlanAnswer = { claim: string; statement: string; due?: string; outcome: PlanOutcome };

export type Highlight = {
  text: string;
  claim: string;
  position: string | null;
  question: string | null;
  statement: string;
  value?: string;
  verdict: Match['verdict'];
  summary: string;
  /** Independent reports on each side (outlets relaying one report count once). */
  origins: Match['origins'];
  corroborating: SideEntry[];
  contradicting: SideEntry[];
  evidence: string[];
  start: number;
  end: number;
  /** Whether the claim is a plan (announced, scheduled, forecast) or an event reported as done. */
  kind?: TimeView['kind'];
  /** A plan's own date. */
  due?: string;
  /** An event's date. */
  happened?: string;
  /** Plan only: the later claims saying what became of it, oldest first (empty: nothing yet). */
  since?: SinceEntry[];
  /** Plan only: what became of it, by the latest of `since`. */
  outcome?: PlanOutcome;
  /** Event only: the (first) plan it carries out or breaks; `answers` lists every one. */
  fulfils?: PlanAnswer;
  /** Event only: every plan it carries out or breaks, each with its outcome, `fulfils` first. */
  answers?: PlanAnswer[];
};

export type Annotation = {
  published: string | null;
  /** With `explain`: where the page's date came from, and why when its sources disagreed. */
  publishedFrom?: string;
  sentences: number;
  highlights: Highlight[];
  rejections: Rejection[];
  /** Why the page as a whole is not about the story, when it is not. */
  offTopic?: string;
  /** The article text the engine read (offsets refer to it); only with `options.text`. */
  text?: string;
  /** Set when the page's text is longer than this many characters: only these were read. */
  truncatedAt?: number;
};

/**
 * Where the extension stops reading a page's text (entrypoints/content/scan.ts `MAX_CHARS`: the
 * engine's cost grows with the text). The CLI reads exactly as much, so its highlights are the
 * extension's, and says so when a page is cut. A unit test holds the two equal
 * (tests/unit/cli/bad-input.test.ts); the CLI's bundle does not import the content script.
 */
export const ARTICLE_MAX_CHARS = 400_000;

export class NotHtmlError extends Error {}

export function createAnnotator(story: CompiledStory) {
  const matcher: Matcher = createMatcher(story);
  return (
    html: string,
    options: { published?: string | null; explain?: boolean; text?: boolean } = {},
  ): Annotation => {
    if (!/<\s*(html|body|head|p|div|article|main|h1|!doctype)\b/i.test(html))
      throw new NotHtmlError('not an HTML document (no <html>, <body> or block elements found)');
    const document = parsePage(html);
    // The caller's date (a day or, for month-only sources, a month) wins over the page's.
    const found = options.published ? null : readPublishedDate(document);
    const published = options.published ?? found?.date ?? null;
    if (published && !isDateOrMonth(published))
      throw new Error(`invalid publication date "${published}"`);
    const { text } = extractArticle(document, { maxChars: ARTICLE_MAX_CHARS });
    // Always the thorough pass (every claim on every sentence, near misses kept): on the command
    // line speed matters less than a full sentence count and the reasons; the highlights are the
    // same as the extension's fast path gives.
    const result = matcher.match(text, { published, explain: true });
    return {
      published: published ?? null,
      ...(options.explain &&
        found?.source && {
          publishedFrom: found.note ?? `the page's ${found.source}`,
        }),
      sentences: result.sentences,
      highlights: result.matches.map(toHighlight),
      rejections: options.explain ? result.rejections : [],
      ...(result.offTopic && { offTopic: result.offTopic }),
      ...(options.text && { text }),
      ...(text.length >= ARTICLE_MAX_CHARS && { truncatedAt: ARTICLE_MAX_CHARS }),
    };
  };
}

function toHighlight(m: Match): Highlight {
  return {
    text: m.text,
    claim: m.claim,
    position: m.position,
    question: m.question,
    statement: m.statement,
    ...(m.value && { value: m.value }),
    verdict: m.verdict,
    summary: m.summary,
    origins: m.origins,
    corroborating: m.corroborating.map(side),
    contradicting: m.contradicting.map(side),
    evidence: m.evidence.map((e) => `${e.kind}: ${e.detail}`),
    start: m.start,
    end: m.end,
    ...(m.time && timeFields(m.time)),
  };
}

/** The highlight's place in time, flat beside its other fields (added fields only: the contract holds). */
function timeFields(time: TimeView): Partial<Highlight> {
  return {
    kind: time.kind,
    ...(time.due && { due: time.due }),
    ...(time.happened && { happened: time.happened }),
    ...(time.since && {
      since: time.since.map((s) => ({
        claim: s.claim,
        statement: s.statement,
        happened: s.happened,
        outcome: s.outcome,
        sources: s.sources.map(side),
      })),
    }),
    ...(time.outcome && { outcome: time.outcome }),
    ...(time.answers?.[0] && { fulfils: time.answers[0], answers: time.answers }),
  };
}

function side(v: SourceView): SideEntry {
  return {
    source: v.source,
    outlet: v.outlet,
    published: v.published,
    says: v.says,
    attribution: v.attribution,
    link: v.link,
    ...(v.why && { why: v.why }),
  };
}
