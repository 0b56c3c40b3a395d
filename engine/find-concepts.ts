/**
 * Run time: finds every concept of a sentence in one walk of the precompiled trie
 * (compile-phrases.ts). Each distinct word is classified once per page (which predicates it
 * satisfies); each token then costs a few integer map lookups.
 */
import { MAX_GAP, type PhraseIndex } from './compile-phrases';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** One occurrence of a concept: token span [from, to) and the words that expressed it. */
export type ConceptHit = {
  concept: ConceptId;
  from: number;
  to: number;
  text: string;
  /** Inferred from a negated word ("not … leave" ⇒ remain): its negation is already accounted for. */
  inferred?: boolean;
};

/** "mayor's" → "mayor"; the tokenizer keeps the apostrophe inside the word. */
export function possessive(word: string): string {
  return word.length > 2 && (word.endsWith("'s") || word.endsWith('’s')) ? word.slice(0, -2) : word;
}

export type ConceptFinder = (tokens: Token[], sentence: string) => ConceptHit[];

const NONE: number[] = [];
/** Prefixes are bucketed by their first letters so a word is compared with few of them. */
const HEAD = 3;

export function createConceptFinder(index: PhraseIndex): ConceptFinder {
  const exact = new Map<string, number[]>();
  const cased = new Map<string, number[]>();
  const prefixes = new Map<string, [string, number][]>();
  const shortPrefixes: [string, number][] = [];
  index.predicates.forEach(([kind, word], id) => {
    if (kind === 'exact') exact.set(word, [...(exact.get(word) ?? []), id]);
    else if (kind === 'case') cased.set(word, [...(cased.get(word) ?? []), id]);
    else if (word.length < HEAD) shortPrefixes.push([word, id]);
    else {
      const head = word.slice(0, HEAD);
      prefixes.set(head, [...(prefixes.get(head) ?? []), [word, id]]);
    }
  });

  // Edges of all nodes in one integer-keyed map: node * P + predicate → child.
  const P = index.predicates.length || 1;
  const edges = new Map<number, number>();
  const gaps = new Int32Array(index.nodes.length);
  const ends: number[][] = [];
  index.nodes.forEach(([flat, gap, end], node) => {
    for (let k = 0; k < flat.length; k += 2)
      edges.set(node * P + (flat[k] as number), flat[k + 1] as number);
    gaps[node] = gap;
    ends.push(end);
  });

  /** Predicates per word as written; the page's vocabulary is small next to its length. */
  const classified = new Map<string, number[]>();
  const predicatesOf = (token: Token): number[] => {
    let ids = classified.get(token.raw);
    if (ids) return ids;
    // A possessive is also its word: "the mayor's office", "the council's vote", "the US's".
    const norm = token.norm;
    const stem = possessive(norm);
    const rawStem = possessive(token.raw);
    ids = [...(exact.get(norm) ?? NONE), ...(cased.get(token.raw) ?? NONE)];
    if (stem !== norm) ids.push(...(exact.get(stem) ?? NONE), ...(cased.get(rawStem) ?? NONE));
    for (const [prefix, id] of prefixes.get(norm.slice(0, HEAD)) ?? [])
      if (norm.startsWith(prefix)) ids.push(id);
    for (const [prefix, id] of shortPrefixes) if (norm.startsWith(prefix)) ids.push(id);
    if (ids.length === 0) ids = NONE;
    else ids = [...new Set(ids)];
    classified.set(token.raw, ids);
    return ids;
  };

  return (tokens, sentence) => {
    const hits: ConceptHit[] = [];
    const n = tokens.length;
    const words: number[][] = new Array(n);
    for (let i = 0; i < n; i++) words[i] = predicatesOf(tokens[i] as Token);
    // Shortest end per concept for the current start, as the first phrasing to fit would give.
    const shortest = new Map<number, number>();
    const visit = (node: number, pos: number) => {
      for (const c of ends[node] as number[]) {
        const seen = shortest.get(c);
        if (seen === undefined || pos < seen) shortest.set(c, pos);
      }
      const gap = gaps[node] as number;
      if (gap >= 0)
        for (let skip = 0; skip <= MAX_GAP && pos + skip <= n; skip++) visit(gap, pos + skip);
      if (pos >= n) return;
      for (const p of words[pos] as number[]) {
        const child = edges.get(node * P + p);
        if (child !== undefined) visit(child, pos + 1);
      }
    };
    for (let start = 0; start < n; start++) {
      if ((words[start] as number[]).length === 0) continue;
      visit(0, start);
      if (shortest.size === 0) continue;
      const first = tokens[start] as Token;
      const found = shortest.size === 1 ? shortest : [...shortest].sort((a, b) => a[0] - b[0]);
      for (const [c, end] of found) {
        const last = tokens[end - 1] as Token;
        hits.push({
          concept: index.concepts[c] as ConceptId,
          from: start,
          to: end,
          text: sentence.slice(first.start, last.end),
        });
      }
      shortest.clear();
    }
    return hits;
  };
}
