/**
 * Finds lexicon concepts in a tokenised sentence. Patterns are compiled once per matcher;
 * the syntax is documented in lexicon.ts.
 */
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

type Item = { gap: true } | { gap: false; alternatives: Alternative[] };
type Alternative = { kind: 'exact' | 'prefix' | 'case'; word: string };

export type CompiledPattern = { concept: ConceptId; items: Item[] };

const MAX_GAP = 3;

export function compileLexicon(lexicon: Record<ConceptId, string[]>): CompiledPattern[] {
  const compiled: CompiledPattern[] = [];
  for (const [concept, patterns] of Object.entries(lexicon)) {
    for (const pattern of patterns) compiled.push({ concept, items: compilePattern(pattern) });
  }
  return compiled;
}

function compilePattern(pattern: string): Item[] {
  return pattern
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part): Item[] => {
      if (part === '~') return [{ gap: true }];
      // "capacity-building" in a pattern means the two words, as the tokenizer splits hyphens.
      const words = part.startsWith('=') ? [part] : part.split('-');
      if (words.length > 1 && !part.includes('|'))
        return words.map((w) => ({ gap: false, alternatives: [toAlternative(w)] }));
      return [
        { gap: false, alternatives: part.split('|').flatMap(expandHyphen).map(toAlternative) },
      ];
    });
}

/** "draw-down" as one alternative matches the split tokens only through its first word. */
function expandHyphen(word: string): string[] {
  return word.startsWith('=') ? [word] : [word.split('-')[0] as string];
}

function toAlternative(word: string): Alternative {
  if (word.startsWith('=')) return { kind: 'case', word: word.slice(1) };
  if (word.endsWith('*')) return { kind: 'prefix', word: word.slice(0, -1) };
  return { kind: 'exact', word };
}

function accepts(alt: Alternative, token: Token): boolean {
  switch (alt.kind) {
    case 'exact':
      return token.norm === alt.word;
    case 'prefix':
      return token.norm.startsWith(alt.word);
    case 'case':
      return token.raw === alt.word;
  }
}

/** Tries to match `items` starting at token `at`; returns the end index or -1. */
function matchAt(items: Item[], tokens: Token[], at: number): number {
  const step = (itemIndex: number, pos: number): number => {
    if (itemIndex === items.length) return pos;
    const item = items[itemIndex] as Item;
    if (item.gap) {
      for (let skip = 0; skip <= MAX_GAP && pos + skip <= tokens.length; skip++) {
        const end = step(itemIndex + 1, pos + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    const token = tokens[pos];
    if (!token || !item.alternatives.some((alt) => accepts(alt, token))) return -1;
    return step(itemIndex + 1, pos + 1);
  };
  return step(0, at);
}

/**
 * Patterns indexed by their first word, so each token is tried only against the few patterns
 * that can start there (a scan runs on the page's main thread; see npm run bench).
 */
export type PatternIndex = {
  exact: Map<string, CompiledPattern[]>;
  cased: Map<string, CompiledPattern[]>;
  prefixed: { prefix: string; pattern: CompiledPattern }[];
};

export function indexPatterns(patterns: CompiledPattern[]): PatternIndex {
  const index: PatternIndex = { exact: new Map(), cased: new Map(), prefixed: [] };
  const add = (map: Map<string, CompiledPattern[]>, key: string, p: CompiledPattern) =>
    map.set(key, [...(map.get(key) ?? []), p]);
  for (const pattern of patterns) {
    const first = pattern.items[0];
    if (!first || first.gap) continue;
    for (const alt of first.alternatives) {
      if (alt.kind === 'exact') add(index.exact, alt.word, pattern);
      else if (alt.kind === 'case') add(index.cased, alt.word, pattern);
      else index.prefixed.push({ prefix: alt.word, pattern });
    }
  }
  return index;
}

export function findConcepts(tokens: Token[], sentence: string, index: PatternIndex): ConceptHit[] {
  const hits: ConceptHit[] = [];
  const seen = new Set<string>();
  tokens.forEach((token, at) => {
    const candidates = new Set([
      ...(index.exact.get(token.norm) ?? []),
      ...(index.cased.get(token.raw) ?? []),
      ...index.prefixed.filter((p) => token.norm.startsWith(p.prefix)).map((p) => p.pattern),
    ]);
    for (const { concept, items } of candidates) {
      const end = matchAt(items, tokens, at);
      const key = `${concept}:${at}:${end}`;
      if (end <= at || seen.has(key)) continue;
      seen.add(key);
      const last = tokens[end - 1] as Token;
      hits.push({ concept, from: at, to: end, text: sentence.slice(token.start, last.end) });
    }
  });
  return hits;
}
