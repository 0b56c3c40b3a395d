/**
 * Run time: finds every concept of a sentence in one walk of the precompiled trie
 * (compile-phrases.ts). Each distinct word is classified once per page (which predicates it
 * satisfies, by bisection in the sorted word lists); each token then costs a bisection in each
 * trie node's sorted edges.
 */
import type { PhraseIndex } from './compile-phrases';
import { indexOfSorted, indexOfSortedNumber, lowerBound } from './sorted-search';
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
  /**
   * Taken from the dateline ("RIVERTON — …", sentence-facts.ts): where the story was filed
   * places what the sentence tells, but excludes no claim (a report filed from the capital is
   * not about the capital).
   */
  filed?: boolean;
};

/**
 * Whether a hit of `hits` covers token `k`; with `ownOnly`, only a hit of the sentence's own words
 * (not one inferred from a negated word or carried in).
 */
export function coversToken(hits: readonly ConceptHit[], k: number, ownOnly: boolean): boolean {
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j] as ConceptHit;
    if (h.from <= k && k < h.to && !(ownOnly && h.inferred)) return true;
  }
  return false;
}

/**
 * The hits without those of `concepts` that `drop` rules out, the list given back unchanged
 * (not copied) when it rules out none: the usual case, so nothing is built per sentence.
 */
export function hitsWithout(
  hits: ConceptHit[],
  concepts: ReadonlySet<ConceptId>,
  drop: (hit: ConceptHit) => boolean,
): ConceptHit[] {
  if (concepts.size === 0) return hits;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as ConceptHit;
    if (concepts.has(h.concept) && drop(h))
      return hits.filter((g) => !(concepts.has(g.concept) && drop(g)));
  }
  return hits;
}

/** "mayor's" → "mayor"; the tokenizer keeps the apostrophe inside the word. */
export function possessive(word: string): string {
  return word.length > 2 && (word.endsWith("'s") || word.endsWith('’s')) ? word.slice(0, -2) : word;
}

export type ConceptFinder = (tokens: Token[], sentence: string) => ConceptHit[];

const NONE: number[] = [];
/** Words a concept finder keeps the predicates of before it starts its table again. */
const MAX_WORDS = 1 << 16;

export function createConceptFinder(index: PhraseIndex): ConceptFinder {
  // The compiled arrays are read as they are: nothing here grows with the vocabulary.
  const { exact, cased, prefix: prefixes } = index.words;
  const casedBase = exact.length;
  const prefixBase = exact.length + cased.length;
  const { rootChild, edgeFrom, edgePredicate, edgeChild, endFrom, endConcept } = index;
  const { gapFrom, gapSkip, gapChild } = index;
  // The per-node tables come compiled (compile-phrases.ts); a typed array is copied from each by
  // one native call, where building them here looped over every node and edge in the interpreter.
  /** 1 for a node that ends no concept and has no gap: a walk there only follows its edges. */
  const plain = Uint8Array.from(index.plain);
  /**
   * Per node, the bits (predicate mod 32) of its edges' predicates. Nine in ten look-ups of a
   * walk find no edge (most are words a gap may land on), and most of those are told by one bit
   * without a search of the node's edges.
   */
  const edgeBits = Int32Array.from(index.edgeBits);
  /** The node's child along predicate p, or -1. */
  const childOf = (node: number, p: number): number => {
    if (node === 0) return rootChild[p] as number;
    if (((edgeBits[node] as number) & (1 << (p & 31))) === 0) return -1;
    const at = indexOfSortedNumber(
      edgePredicate,
      p,
      edgeFrom[node] as number,
      edgeFrom[node + 1] as number,
    );
    return at < 0 ? -1 : (edgeChild[at] as number);
  };

  /**
   * Predicates per word as written, by the word's Token.id from `firstWord` on: an array read at
   * every token, where a Map by the word's spelling hashed and compared it. The page's vocabulary
   * is small next to its length; the table starts again past MAX_WORDS numbers (a long-running
   * background reads page after page), and a word numbered before `firstWord` is classified
   * again, unkept.
   */
  let classified: (number[] | undefined)[] = [];
  let firstWord = 0;
  const predicatesOf = (token: Token): number[] => {
    const ids = classified[token.id - firstWord];
    return ids ?? classify(token);
  };
  /**
   * predicatesOf() for a word not seen yet. Apart, so that the look-up above, made at every
   * token, allocates nothing: the closures below hold `found`, and a function holding such
   * closures allocates a context for it at each call, before any early return.
   */
  const classify = (token: Token): number[] => {
    const found: number[] = [];
    const add = (id: number) => {
      if (!found.includes(id)) found.push(id);
    };
    const exactly = (word: string) => {
      const at = indexOfSorted(exact, word);
      if (at >= 0) add(at);
    };
    const asWritten = (word: string) => {
      const at = indexOfSorted(cased, word);
      if (at >= 0) add(casedBase + at);
    };
    // A possessive is also its word: "the mayor's office", "the council's vote", "the US's".
    const norm = token.norm;
    const stem = possessive(norm);
    exactly(norm);
    asWritten(token.raw);
    if (stem !== norm) {
      exactly(stem);
      asWritten(possessive(token.raw));
    }
    // Every prefix the word starts with, shortest first: once no prefix starts with the word's
    // first k letters, none is as long as k letters.
    for (let k = 0; k <= norm.length; k++) {
      const head = norm.slice(0, k);
      const at = lowerBound(prefixes, head);
      const next = prefixes[at];
      if (next === undefined || !next.startsWith(head)) break;
      if (next === head) add(prefixBase + at);
    }
    const ids = found.length === 0 ? NONE : found;
    let slot = token.id - firstWord;
    if (slot < 0) return ids;
    if (slot >= MAX_WORDS) {
      classified = [];
      firstWord = token.id;
      slot = 0;
    }
    // Filled in order (undefined where a number is some other matcher's word), so the array
    // stays one of plain elements.
    while (classified.length <= slot) classified.push(undefined);
    classified[slot] = ids;
    return ids;
  };

  // The shortest end per concept for the current start, as the first phrasing to fit would give:
  // marked in typed arrays stamped with the start's number, since a big vocabulary ends several
  // concepts at many starts and a map per start is what a first match would spend its time on.
  const endAt = new Int32Array(index.concepts.length);
  const endedAt = new Int32Array(index.concepts.length);
  let stamp = 0;
  /** The concepts ended from the current start: ended[0 .. endedCount), each once a stamp. */
  const ended = new Int32Array(index.concepts.length);
  let endedCount = 0;
  /** A root that ends nothing and has no gap (every phrasing starts on a word): no visit of its own. */
  const rootPlain = endFrom[0] === endFrom[1] && gapFrom[0] === gapFrom[1];

  // The sentence being walked. The walk is one function made once, not a closure per sentence:
  // V8 then optimises one function, and a recursive call is always to the same one.
  // Its words' predicates in words[0 .. n): one array for every sentence, grown to the longest
  // (each list it holds is also held by `classified`), not a new one per sentence.
  const words: number[][] = [];
  /**
   * Per word of the sentence, the bits (predicate mod 32) of its predicates, as edgeBits holds
   * a node's: a gap's landing or a word after a node is looked at only when the two share a
   * bit. Most are words no edge of the node takes (story-10k, a match: 44k landings and 56k
   * edge look-ups, 4k edges found); this passes them without reading their predicates
   * (Node 24, a warm match: `visit` 8.6 -> 7.2 M instructions).
   */
  let wordBits = new Int32Array(64);
  let n = 0;
  const visit = (node: number, pos: number): void => {
    for (let k = endFrom[node] as number; k < (endFrom[node + 1] as number); k++) {
      const c = endConcept[k] as number;
      if (endedAt[c] !== stamp) {
        endedAt[c] = stamp;
        endAt[c] = pos;
        ended[endedCount++] = c;
      } else if (pos < (endAt[c] as number)) endAt[c] = pos;
    }
    for (let g = gapFrom[node] as number; g < (gapFrom[node + 1] as number); g++) {
      const child = gapChild[g] as number;
      const most = Math.min(gapSkip[g] as number, n - pos);
      if (!plain[child]) {
        for (let skip = 0; skip <= most; skip++) visit(child, pos + skip);
        continue;
      }
      // A gap leads to the words after it (a node that ends nothing and has no gap of its
      // own): each word the gap may land on is looked up there, without a visit per landing.
      // A big vocabulary has many gaps, and most landings lead nowhere.
      const bits = child === 0 ? -1 : (edgeBits[child] as number);
      for (let at = pos; at <= pos + most && at < n; at++) {
        if (((wordBits[at] as number) & bits) === 0) continue;
        const here = words[at] as number[];
        for (let k = 0; k < here.length; k++) {
          const next = childOf(child, here[k] as number);
          if (next >= 0) visit(next, at + 1);
        }
      }
    }
    // A phrasing's last word leads nowhere: most nodes a walk reaches are such ends.
    if (pos >= n || (node !== 0 && edgeFrom[node] === edgeFrom[node + 1])) return;
    if (node !== 0 && ((wordBits[pos] as number) & (edgeBits[node] as number)) === 0) return;
    const here = words[pos] as number[];
    for (let k = 0; k < here.length; k++) {
      const child = childOf(node, here[k] as number);
      if (child >= 0) visit(child, pos + 1);
    }
  };

  return (tokens, sentence) => {
    const hits: ConceptHit[] = [];
    n = tokens.length;
    while (words.length < n) words.push(NONE);
    if (wordBits.length < n) wordBits = new Int32Array(2 * n);
    for (let i = 0; i < n; i++) {
      const here = predicatesOf(tokens[i] as Token);
      words[i] = here;
      let bits = 0;
      for (let k = 0; k < here.length; k++) bits |= 1 << ((here[k] as number) & 31);
      wordBits[i] = bits;
    }
    for (let start = 0; start < n; start++) {
      const here = words[start] as number[];
      if (here.length === 0) continue;
      stamp++;
      endedCount = 0;
      // The root's step taken here: half of a page's visits were the root's, one per word.
      if (rootPlain)
        for (let k = 0; k < here.length; k++) {
          const child = rootChild[here[k] as number] as number;
          if (child >= 0) visit(child, start + 1);
        }
      else visit(0, start);
      if (endedCount === 0) continue;
      if (endedCount > 1) sortPrefix(ended, endedCount);
      const first = tokens[start] as Token;
      // A common word can end a dozen concepts at once: their hits share one text.
      let textEnd = -1;
      let text = '';
      for (let e = 0; e < endedCount; e++) {
        const c = ended[e] as number;
        const end = endAt[c] as number;
        if (end !== textEnd) {
          textEnd = end;
          text = sentence.slice(first.start, (tokens[end - 1] as Token).end);
        }
        hits.push({ concept: index.concepts[c] as ConceptId, from: start, to: end, text });
      }
    }
    return hits;
  };
}

/**
 * Sorts list[0 .. count) ascending, in place (insertion sort: a few concepts end at a start).
 * sortNumbers' loop for a typed array with a count: one function for both would see two kinds of
 * list at one site, on the hottest path of the walk.
 */
function sortPrefix(list: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const value = list[i] as number;
    let j = i - 1;
    while (j >= 0 && (list[j] as number) > value) {
      list[j + 1] = list[j] as number;
      j--;
    }
    list[j + 1] = value;
  }
}
