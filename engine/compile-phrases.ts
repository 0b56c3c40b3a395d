/**
 * Build time: turns every phrasing of every concept into one token trie, so the content script
 * compiles nothing and finds all concepts of a sentence in a single walk (find-concepts.ts).
 *
 * A trie edge is a word predicate (an exact word, a case-sensitive word, or a prefix); a phrasing
 * with alternatives ("pull* out|back") becomes several paths; "~" becomes a gap edge that skips up
 * to MAX_GAP words. Output is plain JSON (arrays and records) so it ships in the bundle as data.
 */
import type { ConceptId } from './types';

export type PredicateKind = 'exact' | 'case' | 'prefix';

export type PhraseIndex = {
  /** Concept ids; hits and node endings refer to them by position. */
  concepts: ConceptId[];
  /** Predicate id → [kind, word]. */
  predicates: [PredicateKind, string][];
  /**
   * Trie nodes; node 0 is the root. Each is [edges, gap, ends]: edges as flat pairs
   * [predicate, child, predicate, child, …], the child reached by a gap (or -1), and the
   * concepts whose phrasing ends at this node.
   */
  nodes: [number[], number, number[]][];
};

/** How many words a "~" may skip. */
export const MAX_GAP = 3;

type Item = { gap: true } | { gap: false; alternatives: string[] };

/** Splits a phrasing into items; throws with a readable message on a malformed one. */
export function parsePhrasing(phrasing: string): Item[] {
  return phrasing
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part): Item[] => {
      if (part === '~') return [{ gap: true }];
      // "capacity-building" means the two words, as the tokenizer splits hyphens.
      const words = part.startsWith('=') ? [part] : part.split('-');
      if (words.length > 1 && !part.includes('|'))
        return words.map((w) => ({ gap: false, alternatives: [w] }));
      // "draw-down" as one alternative matches the split tokens only through its first word.
      const alternatives = part
        .split('|')
        .map((w) => (w.startsWith('=') ? w : (w.split('-')[0] as string)));
      return [{ gap: false, alternatives }];
    });
}

export function compilePhrases(concepts: Record<ConceptId, string[]>): PhraseIndex {
  const ids = Object.keys(concepts);
  const predicates: [PredicateKind, string][] = [];
  const predicateIds = new Map<string, number>();
  const predicateOf = (word: string): number => {
    const kind: PredicateKind = word.startsWith('=')
      ? 'case'
      : word.endsWith('*')
        ? 'prefix'
        : 'exact';
    const text = kind === 'case' ? word.slice(1) : kind === 'prefix' ? word.slice(0, -1) : word;
    const key = `${kind}:${text}`;
    let id = predicateIds.get(key);
    if (id === undefined) {
      id = predicates.length;
      predicates.push([kind, text]);
      predicateIds.set(key, id);
    }
    return id;
  };

  type Node = { edges: Map<number, number>; gap: number; ends: Set<number> };
  const nodes: Node[] = [{ edges: new Map(), gap: -1, ends: new Set() }];
  const newNode = () => nodes.push({ edges: new Map(), gap: -1, ends: new Set() }) - 1;

  ids.forEach((concept, c) => {
    for (const phrasing of concepts[concept] ?? []) {
      const items = parsePhrasing(phrasing);
      if (!items.some((i) => !i.gap)) continue;
      let frontier = [0];
      for (const item of items) {
        const next = new Set<number>();
        for (const at of frontier) {
          const node = nodes[at] as Node;
          if (item.gap) {
            if (node.gap < 0) node.gap = newNode();
            next.add(node.gap);
            continue;
          }
          for (const word of item.alternatives) {
            const p = predicateOf(word);
            let child = node.edges.get(p);
            if (child === undefined) {
              child = newNode();
              node.edges.set(p, child);
            }
            next.add(child);
          }
        }
        frontier = [...next];
      }
      for (const at of frontier) (nodes[at] as Node).ends.add(c);
    }
  });

  return {
    concepts: ids,
    predicates,
    nodes: nodes.map((n) => [[...n.edges].flat(), n.gap, [...n.ends].sort((a, b) => a - b)]),
  };
}
