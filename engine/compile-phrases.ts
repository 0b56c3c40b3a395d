/**
 * Build time: turns every phrasing of every concept into one token trie, so the content script
 * compiles nothing and finds all concepts of a sentence in a single walk (find-concepts.ts).
 *
 * A trie edge is a word predicate (an exact word, a case-sensitive word, or a prefix); a phrasing
 * with alternatives ("pull* out|back") becomes several paths; "~" becomes a gap edge that skips up
 * to MAX_GAP words. Paths that end alike share their nodes (shareSuffixes: a DAG, a tenth of the
 * tree's nodes). Output is plain JSON so it ships in the bundle as data: the trie as a few flat
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
  /**
   * Per node, the bits (predicate mod 32) of its edges' predicates (none for the root): a walk
   * tells most missing edges by one bit. Worked out here, not when the matcher starts: the
   * matcher's first match runs on a restarted worker, where a loop over every node and edge runs
   * in the interpreter (6 M instructions for 2,500 nodes), and reading the finished numbers
   * costs a sixth of that.
   */
  edgeBits: number[];
  /** Per node, 1 when it ends no concept and has no gap (a walk there only follows its edges). */
  plain: number[];
};

/** How many words a "~" may skip. */
export const MAX_GAP = 3;

/** A trie node while building: edges by predicate id, gaps by how many words they skip. */
type Node = { edges: Map<number, number>; gaps: Map<number, number>; ends: Set<number> };

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
  const { kept, numberOf } = shareSuffixes(nodes);
  kept.forEach((node, n) => {
    for (const [skip, child] of [...node.gaps].sort((a, b) => a[0] - b[0])) {
      gapSkip.push(skip);
      gapChild.push(numberOf[child] as number);
    }
    gapFrom.push(gapSkip.length);
    const edges = [...node.edges]
      .map(([p, child]) => [renumbered[p] as number, numberOf[child] as number] as const)
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
    ...walkTables(edgeFrom, edgePredicate, gapFrom, endFrom),
  };
}

/** The per-node tables the walk reads besides the trie itself (PhraseIndex's edgeBits, plain). */
function walkTables(
  edgeFrom: number[],
  edgePredicate: number[],
  gapFrom: number[],
  endFrom: number[],
): { edgeBits: number[]; plain: number[] } {
  const count = endFrom.length - 1;
  const edgeBits = new Array<number>(count).fill(0);
  const plain = new Array<number>(count).fill(0);
  for (let node = 0; node < count; node++) {
    if (endFrom[node] === endFrom[node + 1] && gapFrom[node] === gapFrom[node + 1]) plain[node] = 1;
    // The root's edges are the rootChild table, not edges.
    if (node === 0) continue;
    let bits = 0;
    for (let e = edgeFrom[node] as number; e < (edgeFrom[node + 1] as number); e++)
      bits |= 1 << ((edgePredicate[e] as number) & 31);
    edgeBits[node] = bits;
  }
  return { edgeBits, plain };
}

/**
 * The trie as a DAG: nodes whose ends, gaps and edges are the same, leading to nodes that are
 * the same, are one node. Many phrasings end alike ("… ~ base|bases", every form of a verb after
 * each auxiliary), and a phrasing with alternatives is a path per alternative, each with its own
 * copy of the words after it: the vocabulary's 22,000 tree nodes are 2,100 distinct ones. A walk
 * from two such nodes finds the same concepts at the same words, so sharing one changes no hit.
 * `kept` are the distinct nodes, the root first and the rest in the order the tree made them;
 * `numberOf[n]` is tree node n's place there.
 */
function shareSuffixes(nodes: Node[]): { kept: Node[]; numberOf: number[] } {
  // A child is made after its parent (a larger number), so going down from the last node
  // meets every child before its parent.
  const classOf = new Array<number>(nodes.length);
  const classes = new Map<string, number>();
  for (let n = nodes.length - 1; n >= 0; n--) {
    const node = nodes[n] as Node;
    const pairs = (edges: Map<number, number>) =>
      [...edges]
        .sort((a, b) => a[0] - b[0])
        .map(([key, child]) => `${key}:${classOf[child]}`)
        .join(',');
    // The root is never shared: a walk starts there.
    const signature =
      n === 0
        ? 'root'
        : `${[...node.ends].sort((a, b) => a - b).join(',')}|${pairs(node.gaps)}|${pairs(node.edges)}`;
    let found = classes.get(signature);
    if (found === undefined) {
      found = classes.size;
      classes.set(signature, found);
    }
    classOf[n] = found;
  }
  const kept: Node[] = [];
  const numberOfClass = new Map<number, number>();
  const numberOf = classOf.map((c, n) => {
    let at = numberOfClass.get(c);
    if (at === undefined) {
      at = kept.push(nodes[n] as Node) - 1;
      numberOfClass.set(c, at);
    }
    return at;
  });
  return { kept, numberOf };
}
