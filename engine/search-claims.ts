/**
 * The reader's search of the knowledge base: a few words, misspelt or not ("Veldmarck", "reopning
 * 2026"), find the claims they are about, each with what the card would show for a sentence
 * asserting it. This is the engine's only fuse.js import (style.md: one thin wrapper per library).
 *
 * Each query word is looked up on its own and a claim must match every word, so words may come
 * from different fields (a date in the statement, an outlet among the sources). Words are fuzzy;
 * numbers are exact, because a year one digit off is a rival claim ("2025" against "2026"), not a
 * typo, and the knowledge base disagrees on exactly those.
 */
import Fuse, { type FuseOptionKey, type IFuseOptions } from 'fuse.js/basic';
import { buildSides, tally } from './build-verdict';
import { timeViewerOf } from './plan-outcome';
import type { Claim, ClaimResult, KnowledgeBase, Position, Question } from './types';

export type { ClaimResult } from './types';

/** The text of one claim that a query is matched against (numbers without digit grouping). */
type SearchRecord = {
  statement: string;
  value: string;
  question: string;
  position: string;
  says: string[];
  outlets: string[];
  attributions: string[];
};

/** The statement is what the reader sees as the result's title, so a hit there counts most. */
const KEYS: FuseOptionKey<SearchRecord>[] = [
  { name: 'statement', weight: 4 },
  { name: 'value', weight: 2 },
  { name: 'question', weight: 1.5 },
  { name: 'position', weight: 1.5 },
  { name: 'says', weight: 1 },
  { name: 'outlets', weight: 1 },
  { name: 'attributions', weight: 0.5 },
];

const OPTIONS: IFuseOptions<SearchRecord> = {
  keys: KEYS,
  ignoreDiacritics: true,
  // A word can sit anywhere in a long summary; Fuse's default favours the first 60 characters.
  ignoreLocation: true,
  includeScore: true,
};

/**
 * Errors allowed per letter of a query word: one in "Veldmarck" ("Veldmark") or "reopning", two in a
 * word of seven letters. From 0.35 up, "Harris" already matched stray "ha"s all over the KB.
 */
const FUZZY_THRESHOLD = 0.3;
/** Most results the popup lists. */
export const SEARCH_LIMIT = 8;
/** A pasted paragraph is not a search; past this many words the rest is ignored. */
const MAX_TERMS = 8;

/**
 * Answers one query: the best matching claims, best first, at most `limit` (default
 * SEARCH_LIMIT). An options object, not a bare number, so `queries.flatMap(search)` cannot pass
 * an array index as the limit.
 */
export type ClaimSearch = (query: string, options?: { limit?: number }) => ClaimResult[];

/** Builds the search over `kb` once (the Fuse index); the returned function answers each query. */
export function createClaimSearch(kb: KnowledgeBase): ClaimSearch {
  const outlets = new Map(kb.sources.map((s) => [s.id, s.outlet]));
  const records = kb.claims.map((claim) => toRecord(claim, kb, outlets));
  const index = Fuse.createIndex(KEYS, records);
  const fuzzy = new Fuse(records, { ...OPTIONS, threshold: FUZZY_THRESHOLD }, index);
  // Threshold 0 is an exact substring: "202" still finds the years while the reader types.
  const exact = new Fuse(records, { ...OPTIONS, threshold: 0 }, index);
  const results = new Map<number, ClaimResult>();
  const resultFor = (i: number) => {
    let result = results.get(i);
    if (!result) {
      result = toResult(kb.claims[i] as Claim, kb);
      results.set(i, result);
    }
    return result;
  };

  return (query, { limit = SEARCH_LIMIT } = {}) => {
    const terms = queryTerms(query);
    if (!terms.length) return [];
    // Claim index → summed score over the terms (Fuse scores: 0 perfect, 1 no match).
    let scores: Map<number, number> | undefined;
    for (const term of terms) {
      const searcher = /\d/.test(term) ? exact : fuzzy;
      const next = new Map<number, number>();
      for (const hit of searcher.search(term)) {
        const before = scores ? scores.get(hit.refIndex) : 0;
        if (before !== undefined) next.set(hit.refIndex, before + (hit.score ?? 1));
      }
      scores = next;
      if (!scores.size) return [];
    }
    return [...(scores ?? [])]
      .sort(([a, x], [b, y]) => x - y || a - b)
      .slice(0, limit)
      .map(([i]) => resultFor(i));
  };
}

/** Lower-case words without accents; digit groups joined so "2,500" is the number 2500. */
export function queryTerms(query: string): string[] {
  const words = foldNumbers(query)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return [...new Set(words ?? [])].slice(0, MAX_TERMS);
}

/** "2,500" and "2.500" → "2500", in the query and in the indexed text alike. */
function foldNumbers(text: string): string {
  return text.replace(/(\d)[,.](?=\d{3}(?!\d))/g, '$1');
}

function toRecord(claim: Claim, kb: KnowledgeBase, outlets: Map<string, string>): SearchRecord {
  const { question, position } = questionOf(claim, kb);
  return {
    statement: foldNumbers(claim.statement),
    value: foldNumbers(claim.value ?? ''),
    question: foldNumbers(question?.text ?? ''),
    position: foldNumbers(position?.label ?? ''),
    says: claim.sources.map((s) => foldNumbers(s.says)),
    outlets: claim.sources.map((s) => outlets.get(s.source) ?? s.source),
    attributions: claim.sources.map((s) => s.attribution),
  };
}

function toResult(claim: Claim, kb: KnowledgeBase): ClaimResult {
  // No sentence value: the card for a sentence asserting the claim compares against the claim's own.
  const { corroborating, contradicting } = buildSides(claim, kb, undefined);
  // tally() is what the card's verdict comes from, so outlets relaying one report count once here too.
  const { verdict, summary } = tally(corroborating, contradicting);
  const time = timeViewerOf(kb)(claim);
  return {
    claim,
    ...questionOf(claim, kb),
    sources: [...corroborating, ...contradicting],
    verdictIfAsserted: verdict,
    summary,
    ...(time && { time }),
  };
}

function questionOf(claim: Claim, kb: KnowledgeBase): { question?: Question; position?: Position } {
  if (!claim.position) return {};
  const { question: questionId, position: positionId } = claim.position;
  const question = kb.questions.find((q) => q.id === questionId);
  const position = question?.positions.find((p) => p.id === positionId);
  return { ...(question && { question }), ...(position && { position }) };
}
