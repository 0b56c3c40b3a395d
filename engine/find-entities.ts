/**
 * Names that outlets spell differently (Veldmark / Veldmarck, al-Rashid / al-Rasheed): runs
 * of one to five words starting with a capital letter are looked up among the precomputed
 * spellings and their one-letter-dropped forms (compile-entities.ts). A near spelling counts
 * when its edit distance is small for its length: one edit from five letters, two from ten.
 */
import { deletions, type EntityIndex, formHash, isFormOf } from './compile-entities';
import { type ConceptHit, possessive } from './find-concepts';
import { indexOfSorted, lowerBoundNumber } from './sorted-search';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

export type EntityFinder = (tokens: Token[], sentence: string) => ConceptHit[];

/** Letters per allowed edit. */
const LETTERS_PER_EDIT = 5;
/** Shorter runs are only ever exact spellings ("KRG"); near spellings need five letters. */
const MIN_LENGTH = 3;

export function createEntityFinder(index: EntityIndex): EntityFinder {
  // Everything below was precomputed at build time (compile-entities.ts); only looked up here.
  const { spellings, formHashes, formSpelling } = index;
  /** The pairs under this form's hash, their spellings in id order (none: an empty range). */
  const formRange = (form: string): [number, number] => {
    const hash = formHash(form);
    const from = lowerBoundNumber(formHashes, hash);
    let to = from;
    while (formHashes[to] === hash) to++;
    return [from, to];
  };
  const lengthsOf = (initial: string): [number, number] | undefined =>
    Object.hasOwn(index.lengths, initial) ? index.lengths[initial] : undefined;
  const isHead = (start: string) => indexOfSorted(index.heads, start) >= 0;
  const maxWords = index.maxWords;
  const cache = new Map<string, number>();

  /** The spelling id a word run stands for, or -1. */
  const lookup = (query: string): number => {
    let found = cache.get(query);
    if (found !== undefined) return found;
    found = -1;
    const allowed = Math.floor(query.length / LETTERS_PER_EDIT);
    const [from, to] = formRange(query);
    for (let k = from; k < to && found < 0; k++)
      if (spellings[formSpelling[k] as number] === query) found = formSpelling[k] as number;
    if (
      found < 0 &&
      allowed > 0 &&
      (isHead(query.slice(0, 2)) || isHead(query[0] + query.slice(2, 3)))
    ) {
      let best = allowed + 1;
      for (const form of [query, ...deletions(query)]) {
        const [first, end] = formRange(form);
        for (let k = first; k < end; k++) {
          const id = formSpelling[k] as number;
          const spelling = spellings[id] as string;
          if (!isFormOf(form, spelling)) continue;
          const ratio = query.length / spelling.length;
          if (ratio < 0.75 || ratio > 1.34) continue;
          const d = editDistance(query, spelling, best);
          if (d < best) [best, found] = [d, id];
        }
      }
    }
    cache.set(query, found);
    return found;
  };

  return (tokens, sentence) => {
    const hits: ConceptHit[] = [];
    let at = 0;
    while (at < tokens.length) {
      const first = tokens[at] as Token;
      const range = lengthsOf(first.norm[0] as string);
      if (!range || !/^\p{Lu}/u.test(first.raw)) {
        at++;
        continue;
      }
      let best: ConceptHit | undefined;
      for (let n = Math.min(maxWords, tokens.length - at); n >= 1; n--) {
        // The run's last word may be a possessive ("al-Rashid's office").
        let query = n === 1 ? possessive(first.norm) : first.norm;
        for (let k = 1; k < n; k++) {
          const norm = (tokens[at + k] as Token).norm;
          query += ` ${k === n - 1 ? possessive(norm) : norm}`;
        }
        if (query.length < MIN_LENGTH) continue;
        if (query.length > range[1] * 1.34 || query.length < range[0] * 0.75) continue;
        const id = lookup(query);
        if (id < 0) continue;
        // "Channel 24" is a broadcaster, not a place: a name followed by a figure is a brand.
        const after = tokens[at + n];
        if (after?.value !== undefined && !/^\d{4}$/.test(after.raw)) break;
        const last = tokens[at + n - 1] as Token;
        best = {
          concept: index.concepts[id] as ConceptId,
          from: at,
          to: at + n,
          text: sentence.slice(first.start, last.end),
        };
        break;
      }
      if (best) {
        hits.push(best);
        at = best.to;
      } else at++;
    }
    return hits;
  };
}

/** Damerau–Levenshtein (adjacent transpositions) distance, giving up above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}
