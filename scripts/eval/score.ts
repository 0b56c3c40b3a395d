/**
 * Scores the engine on eval articles as ../shared/eval/README.md defines it, after mapping its
 * highlights (spans of the extracted page text) back to the set's sentences (scripts/eval/locate.ts):
 *
 * - a sentence counts as highlighted when the highlights together cover more than half of its
 *   non-whitespace characters;
 * - precision = highlighted `highlight: true` sentences / highlighted sentences marked true or
 *   false (every highlighted sentence of a `negative` article counts as false);
 *   recall = highlighted `highlight: true` sentences / all `highlight: true` sentences;
 * - a stance error is a highlighted sentence where a highlight touching it lists a
 *   `never_corroborating` source as corroborating or a `never_contradicting` one as contradicting;
 * - missing corroboration: a highlighted `highlight: true` sentence none of whose highlights list
 *   any of its `corroborated_by_any` sources as corroborating;
 * - negative highlights: highlighted sentences, and highlights outside every sentence, in
 *   `negative` articles.
 *
 * Highlights that touch no sentence ("stray": page furniture the reader let through) and sentences
 * whose text is not found in the extracted page ("unlocated") are counted and listed, so a
 * rendering or extraction fault cannot pass for an engine result.
 */
import type { Annotation, Highlight } from '../../cli/annotate';
import type { Rejection } from '../../engine/types';
import type { EvalArticle } from './eval-set';
import { isMostlyCovered, locateSentences, overlap } from './locate';
import { renderFlat, renderPage } from './render-page';

/** `page`: the realistic news page, date read from its metadata; `flat`: the old layout. */
export type Layout = 'page' | 'flat';

/** The CLI's HTML → annotation function (cli/annotate.ts `createAnnotator(story)`). */
export type Annotate = (
  html: string,
  options?: { published?: string | null; explain?: boolean; text?: boolean },
) => Annotation;

export type Counts = {
  articles: number;
  sentences: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  stanceErrors: number;
  negativeHighlights: number;
  /** Highlights of expected sentences that list none of `corroborated_by_any`. */
  missingCorroboration: number;
  /** Highlights that touch no sentence of the set. */
  strayHighlights: number;
  /** Sentences whose text the page reader did not give the engine. */
  unlocated: number;
};

export type SetScore = Counts & {
  set: string;
  precision: number;
  recall: number;
  f1: number;
  /** Misses, false alarms, stance errors and the like, with the engine's reasons. */
  confusion: string[];
};

const ZERO: Counts = {
  articles: 0,
  sentences: 0,
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  stanceErrors: 0,
  negativeHighlights: 0,
  missingCorroboration: 0,
  strayHighlights: 0,
  unlocated: 0,
};

/** Renders each article in `layout`, runs it through `annotate` and scores the set. */
export function scoreSet(
  name: string,
  articles: readonly EvalArticle[],
  annotate: Annotate,
  layout: Layout = 'page',
): SetScore {
  const counts = { ...ZERO };
  const confusion: string[] = [];
  for (const article of articles) {
    // The page layout gives the engine no date: it must come from the page's metadata.
    const annotation =
      layout === 'page'
        ? annotate(renderPage(article), { explain: true, text: true })
        : annotate(renderFlat(article), {
            published: article.published,
            explain: true,
            text: true,
          });
    const scored = scoreArticle(article, { ...annotation, text: annotation.text ?? '' });
    add(counts, scored.counts);
    confusion.push(...scored.confusion);
  }
  return withRates(name, counts, confusion);
}

/** Sums scores (the "dev+dev2" and "all" rows); rates are recomputed from the sums. */
export function combineScores(name: string, scores: readonly SetScore[]): SetScore {
  const counts = { ...ZERO };
  for (const s of scores) add(counts, s);
  return withRates(name, counts, []);
}

/** The parts of a highlight the scorer reads. */
export type ScoredHighlight = Pick<Highlight, 'text' | 'claim' | 'evidence' | 'start' | 'end'> & {
  corroborating: { source: string }[];
  contradicting: { source: string }[];
};

/** What the scorer needs from an annotation: the extracted text and the spans in it. */
export type ScoredAnnotation = {
  text: string;
  highlights: readonly ScoredHighlight[];
  rejections: readonly Rejection[];
};

/** One article's counts and confusion lines, from the engine's annotation of its page. */
export function scoreArticle(
  article: EvalArticle,
  annotation: ScoredAnnotation,
): { counts: Counts; confusion: string[] } {
  const counts = { ...ZERO, articles: 1 };
  const confusion: string[] = [];
  const { highlights, rejections, text } = annotation;
  const located = locateSentences(
    text,
    article.sentences.map((s) => s.text),
  );
  const byHighlight = overlap(located, highlights);
  const byRejection = overlap(located, rejections);
  const negative = article.kind === 'negative';

  article.sentences.forEach((s, i) => {
    counts.sentences++;
    const short = squash(s.text);
    const where = `${article.id}: "${short.slice(0, 90)}${short.length > 90 ? '…' : ''}"`;
    if (!located.spans[i]) {
      counts.unlocated++;
      confusion.push(`UNLOCATED ${where}\n    → not in the text the page reader extracted`);
    }
    const covered = byHighlight.covered[i] ?? 0;
    const hits = (byHighlight.touching[i] ?? []).map((h) => highlights[h] as ScoredHighlight);
    if (!isMostlyCovered(covered)) {
      if (hits.length > 0)
        confusion.push(
          `PARTIAL ${where}\n    → ${Math.round(covered * 100)}% covered by ${hits[0]?.claim}: "${squash(hits[0]?.text ?? '')}"`,
        );
      if (s.highlight === true) {
        counts.falseNegatives++;
        const reasons = (byRejection.touching[i] ?? []).map((r) => {
          const rejection = rejections[r];
          return `${rejection?.claim ?? '-'}: ${rejection?.reason}`;
        });
        confusion.push(`MISS ${where}\n    → ${reasons.join(' | ') || 'no claim came close'}`);
      }
      return;
    }
    if (negative) counts.negativeHighlights++;
    if (s.highlight === true) counts.truePositives++;
    else if (s.highlight === false || negative) {
      counts.falsePositives++;
      const h = hits[0] as ScoredHighlight;
      confusion.push(`FALSE ALARM ${where}\n    → ${h.claim} [${h.evidence.join('; ')}]`);
    }
    const corroborating = new Set(hits.flatMap((h) => h.corroborating.map((c) => c.source)));
    const contradicting = new Set(hits.flatMap((h) => h.contradicting.map((c) => c.source)));
    const wrong = [
      ...(s.never_corroborating ?? [])
        .filter((id) => corroborating.has(id))
        .map((id) => `${id} listed as corroborating`),
      ...(s.never_contradicting ?? [])
        .filter((id) => contradicting.has(id))
        .map((id) => `${id} listed as contradicting`),
    ];
    if (wrong.length) {
      counts.stanceErrors++;
      confusion.push(`STANCE ERROR ${where}\n    → ${hits[0]?.claim}: ${wrong.join(', ')}`);
    }
    const wanted = s.corroborated_by_any ?? [];
    if (s.highlight === true && wanted.length && !wanted.some((id) => corroborating.has(id))) {
      counts.missingCorroboration++;
      confusion.push(
        `NO EXPECTED SOURCE ${where}\n    → ${hits[0]?.claim} lists ${[...corroborating].join(', ')}; wanted one of ${wanted.join(', ')}`,
      );
    }
  });

  for (const h of byHighlight.outside) {
    const stray = highlights[h] as ScoredHighlight;
    counts.strayHighlights++;
    if (negative) counts.negativeHighlights++;
    confusion.push(
      `STRAY ${article.id}: "${squash(stray.text).slice(0, 90)}"\n    → ${stray.claim}, on text that is not one of the set's sentences`,
    );
  }
  return { counts, confusion };
}

function add(into: Counts, from: Counts): void {
  for (const key of Object.keys(ZERO) as (keyof Counts)[]) into[key] += from[key];
}

function withRates(set: string, counts: Counts, confusion: string[]): SetScore {
  const tp = counts.truePositives;
  const precision = tp + counts.falsePositives ? tp / (tp + counts.falsePositives) : 1;
  const recall = tp + counts.falseNegatives ? tp / (tp + counts.falseNegatives) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { set, ...counts, precision, recall, f1, confusion };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
