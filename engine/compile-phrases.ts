/**
 * Build time: turns every phrasing of every concept into one token trie, so the content script
 * compiles nothing and finds all concepts of a sentence in a single walk (find-concepts.ts).
 *
 * A trie edge is a word predicate (an exact word, a case-sensitive word, or a prefix); a phrasing
 * with alternatives ("pull* out|back") becomes several paths; "~" becomes a gap edge that skips up
 * to MAX_GAP words. Output is plain JSON so it ships in the bundle as data: the trie as a few flat
 * integer arrays (node 0 is the root), which parse at a fraction of the cost of one small array
 * per node and are walked as they are.
 */
import type { ConceptId } from './types';

/** An exact (folded) word, a case-sensitive word as written, or the start of a folded word. */
export type PredicateKind = 'exact' | 'cased' | 'prefix';

/** The order in which predicate ids count through the kinds. */
export const PREDICATE_KINDS: readonly PredicateKind[] = ['exact', 'cased', 'prefix'];

export type PhraseIndex = {
  /** Concept ids; hits and node endings refer to them by position. */
  concepts: ConceptId[];
  /**
   * The edges' words by kind, each list sorted (code-unit order) without duplicates, so the
   * content script finds a word by bisection instead of building a table of them. A predicate's
   * id is its position counting through exact, then cased, then prefixes.
   */
  words: Record<PredicateKind, string[]>;
  /**
   * The root's children by predicate id, -1 where it has none: every word of a page starts a
   * walk there, so it is a direct table.
   */
  rootChild: number[];
  /**
   * Node n's edges (none for the root) are edgeFrom[n] .. edgeFrom[n + 1] of edgePredicate
   * (ascending) and edgeChild: a node past the root has a few, found by bisection.
   */
  edgeFrom: number[];
  edgePredicate: number[];
  edgeChild: number[];
  /**
   * Node n's gaps: gapFrom[n] .. gapFrom[n + 1] of gapSkip (the most words the gap skips, for
   * "~" MAX_GAP, for "~ ~" twice that) and gapChild. A run of gaps is one edge, not a chain of
   * gap nodes: a chain reaches the same node at the same word along every split of the skipped
   * words between its gaps, and walks everything after it once per split.
   */
  gapFrom: number[];
  gapSkip: number[];
  gapChild: number[];
  /** The concepts whose phrasing ends at node n: endConcept[endFrom[n] .. endFrom[n + 1]], ascending. */
  endFrom: number[];
  endConcept: number[];
};

/** How many words a "~" may skip. */
export const MAX_GAP = 3;

type Item = { gap: true; skip: number } | { gap: false; alternatives: string[] };

/** Splits a phrasing into items; throws with a readable message on a malformed one. */
export function parsePhrasing(phrasing: string): Item[] {
  const items = phrasing
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part): Item[] => {
      if (part === '~') return [{ gap: true, skip: MAX_GAP }];
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
  // "~ ~" is one gap of twice the reach.
  return items.reduce<Item[]>((merged, item) => {
    const last = merged[merged.length - 1];
    if (item.gap && last?.gap) last.skip += item.skip;
    else merged.push(item);
    return merged;
  }, []);
}

export function compilePhrases(concepts: Record<ConceptId, string[]>): PhraseIndex {
  const ids = Object.keys(concepts);
  const predicates: [PredicateKind, string][] = [];
  const predicateIds = new Map<string, number>();
  const predicateOf = (word: string): number => {
    const kind: PredicateKind = word.startsWith('=')
      ? 'cased'
      : word.endsWith('*')
        ? 'prefix'
        : 'exact';
    const text = kind === 'cased' ? word.slice(1) : kind === 'prefix' ? word.slice(0, -1) : word;
    const key = `${kind}:${text}`;
    let id = predicateIds.get(key);
    if (id === undefined) {
      id = predicates.length;
      predicates.push([kind, text]);
      predicateIds.set(key, id);
    }
    return id;
  };

  /** edges by predicate id, gaps by how many words they skip. */
  type Node = { edges: Map<number, number>; gaps: Map<number, number>; ends: Set<number> };
  const nodes: Node[] = [];
  const newNode = () => nodes.push({ edges: new Map(), gaps: new Map(), ends: new Set() }) - 1;
  newNode();

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
            let child = node.gaps.get(item.skip);
            if (child === undefined) {
              child = newNode();
              node.gaps.set(item.skip, child);
            }
            next.add(child);
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

  // Final predicate ids: kind by kind, each kind's words in sorted order.
  const words: Record<PredicateKind, string[]> = { exact: [], cased: [], prefix: [] };
  for (const [kind, text] of predicates) words[kind].push(text);
  for (const kind of PREDICATE_KINDS) words[kind].sort();
  const finalId = new Map<string, number>();
  let id = 0;
  for (const kind of PREDICATE_KINDS)
    for (const text of words[kind]) finalId.set(`${kind}:${text}`, id++);
  const renumbered = predicates.map(([kind, text]) => finalId.get(`${kind}:${text}`) as number);

  const rootChild = new Array<number>(predicates.length).fill(-1);
  const edgeFrom = [0];
  const edgePredicate: number[] = [];
  const edgeChild: number[] = [];
  const gapFrom = [0];
  const gapSkip: number[] = [];
  const gapChild: number[] = [];
  const endFrom = [0];
  const endConcept: number[] = [];
  nodes.forEach((node, n) => {
    for (const [skip, child] of [...node.gaps].sort((a, b) => a[0] - b[0])) {
      gapSkip.push(skip);
      gapChild.push(child);
    }
    gapFrom.push(gapSkip.length);
    const edges = [...node.edges]
      .map(([p, child]) => [renumbered[p] as number, child] as const)
      .sort((a, b) => a[0] - b[0]);
    if (n === 0) for (const [p, child] of edges) rootChild[p] = child;
    else
      for (const [p, child] of edges) {
        edgePredicate.push(p);
        edgeChild.push(child);
      }
    edgeFrom.push(edgePredicate.length);
    endConcept.push(...[...node.ends].sort((a, b) => a - b));
    endFrom.push(endConcept.length);
  });
  return {
    concepts: ids,
    words,
    rootChild,
    edgeFrom,
    edgePredicate,
    edgeChild,
    gapFrom,
    gapSkip,
    gapChild,
    endFrom,
    endConcept,
  };
}
