/**
 * The reader's search of the knowledge base: a few words, misspelt or not ("Veldmarck", "reopning
 * 2026"), find the claims they are about, each with what the card would show for a sentence
 * asserting it. This is the engine's only fuse.js import (style.md: one thin wrapper per library).
 *
 * Each query word is looked up on its own and a claim must match every word, so words may come
 * from different fields (a date in the statement, an outlet among the sources). Words are fuzzy;
 * numbers are exact, because a year one digit off is a rival claim ("2025" against "2026"), not a
 * typo, and the knowledge base disagrees on exactly those.
 *
 * Given the story's vocabulary, a word also finds what the story means by it: a word within one
 * letter of one of a name's spellings finds the claims that write the name any other known way
 * (the vocabulary lists a city's older and local spellings), and a word within one letter of a
 * concept's one-word phrasing finds the claims that require that concept, whatever words their
 * text uses ("reopning" finds a claim worded "open again").
 */
import Fuse, { type FuseOptionKey, type IFuseOptions } from 'fuse.js/basic';
import { buildSides, tally } from './build-verdict';
import type { EntityIndex } from './compile-entities';
import type { PhraseIndex } from './compile-phrases';
import { timeViewerOf } from './plan-outcome';
import type { Claim, ClaimResult, ConceptId, KnowledgeBase, Position, Question } from './types';

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

/**
 * The story's words a search may read (compile-story.ts's `phrases` and `entities`): its
 * concepts' phrasings and its names' spellings.
 */
export type SearchVocabulary = { phrases: PhraseIndex; entities: EntityIndex };

/**
 * The score of a claim found through a concept it requires rather than through its words (Fuse
 * scores run from 0, perfect, to 1, none; a word in a field of a few dozen words scores 0.3-0.6):
 * behind a hit in its text, so a claim saying the word itself ranks first.
 */
const CONCEPT_SCORE = 0.9;
/** Shorter words must match a phrasing or spelling exactly: one letter off, "war" is "was". */
const MIN_TYPO_LENGTH = 5;

/** Builds the search over `kb` once (the Fuse index); the returned function answers each query. */
export function createClaimSearch(kb: KnowledgeBase, vocabulary?: SearchVocabulary): ClaimSearch {
  const outlets = new Map(kb.sources.map((s) => [s.id, s.outlet]));
  const records = kb.claims.map((claim) => toRecord(claim, kb, outlets));
  const index = Fuse.createIndex(KEYS, records);
  const fuzzy = new Fuse(records, { ...OPTIONS, threshold: FUZZY_THRESHOLD }, index);
  // Threshold 0 is an exact substring: "202" still finds the years while the reader types.
  const exact = new Fuse(records, { ...OPTIONS, threshold: 0 }, index);
  const words = vocabulary && storyWords(vocabulary);
  /** Concept → the claims requiring it, built on the first query that names a concept. */
  let requiring: Map<ConceptId, number[]> | undefined;
  const claimsRequiring = (concept: ConceptId): number[] => {
    if (!requiring) {
      requiring = new Map();
      kb.claims.forEach((claim, i) => {
        for (const c of new Set(claim.recognize.require.flat())) {
          const list = requiring?.get(c) ?? [];
          list.push(i);
          requiring?.set(c, list);
        }
      });
    }
    return requiring.get(concept) ?? [];
  };
  /** Claim index → best score for one term, from its text, a name's other spelling or a concept. */
  const hitsFor = (term: string): Map<number, number> => {
    const best = new Map<number, number>();
    const note = (i: number, score: number) => {
      const before = best.get(i);
      if (before === undefined || score < before) best.set(i, score);
    };
    if (/\d/.test(term)) {
      for (const hit of exact.search(term)) note(hit.refIndex, hit.score ?? 1);
      return best;
    }
    for (const hit of fuzzy.search(term)) note(hit.refIndex, hit.score ?? 1);
    if (!words) return best;
    const { spellings, concepts } = words.near(term);
    for (const spelling of spellings)
      if (spelling !== term)
        for (const hit of exact.search(spelling)) note(hit.refIndex, hit.score ?? 1);
    for (const concept of concepts)
      for (const i of claimsRequiring(concept)) note(i, CONCEPT_SCORE);
    return best;
  };
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
      const next = new Map<number, number>();
      for (const [i, score] of hitsFor(term)) {
        const before = scores ? scores.get(i) : 0;
        if (before !== undefined) next.set(i, before + score);
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

/**
 * The story's one-word phrasings and names, for near() to find a query word's meanings: the
 * concepts it names, and for a name, every spelling of it.
 */
function storyWords({ phrases, entities }: SearchVocabulary) {
  /** The concepts whose phrasing is the root's edge `predicate` alone. */
  const endingAt = (predicate: number): ConceptId[] => {
    const node = phrases.rootChild[predicate] ?? -1;
    if (node < 0) return [];
    const ends = phrases.endConcept.slice(
      phrases.endFrom[node] as number,
      phrases.endFrom[node + 1] as number,
    );
    return ends.map((c) => phrases.concepts[c] as ConceptId);
  };
  const oneWord = (word: string) => /^[\p{L}\p{N}]+$/u.test(word);
  /** Word → the concepts whose phrasing is that word alone; the same for a word's start ("leav*"). */
  const phrasings = new Map<string, ConceptId[]>();
  const starts = new Map<string, ConceptId[]>();
  const { exact, cased, prefix } = phrases.words;
  exact.forEach((word, p) => {
    const ids = endingAt(p);
    if (ids.length && oneWord(word)) phrasings.set(word, ids);
  });
  prefix.forEach((word, p) => {
    const ids = endingAt(exact.length + cased.length + p);
    if (ids.length && oneWord(word)) starts.set(word, ids);
  });
  /** Name → its spellings (folded, accents off, as query words are), and one-word spelling → names. */
  const spellingsOf = new Map<ConceptId, string[]>();
  const names = new Map<string, ConceptId[]>();
  entities.spellings.forEach((spelling, id) => {
    const concept = entities.concepts[id] as ConceptId;
    const plain = queryTerms(spelling).join(' ');
    spellingsOf.set(concept, [...(spellingsOf.get(concept) ?? []), plain]);
    if (!plain.includes(' ')) names.set(plain, [...(names.get(plain) ?? []), concept]);
  });
  const close = (term: string, word: string) =>
    word === term || (term.length >= MIN_TYPO_LENGTH && withinOneEdit(term, word));
  return {
    near(term: string): { spellings: string[]; concepts: ConceptId[] } {
      const concepts = new Set<ConceptId>();
      const spellings = new Set<string>();
      for (const [word, ids] of phrasings)
        if (close(term, word)) for (const c of ids) concepts.add(c);
      for (const [start, ids] of starts) {
        // The word's start, give or take the letter a typo adds or drops there.
        const begins = [-1, 0, 1].some((d) => close(term.slice(0, start.length + d), start));
        if (term.startsWith(start) || begins) for (const c of ids) concepts.add(c);
      }
      for (const [name, ids] of names)
        if (close(term, name))
          for (const c of ids) for (const s of spellingsOf.get(c) ?? []) spellings.add(s);
      return { spellings: [...spellings], concepts: [...concepts] };
    },
  };
}

/** Whether `a` and `b` differ by at most one letter added, dropped or changed. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (i === short.length) return true;
  // The first difference: a letter changed (same length) or one dropped from the longer.
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
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
