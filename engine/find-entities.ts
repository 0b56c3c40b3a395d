/**
 * Names that outlets spell differently (Veldmark / Veldmarck, al-Rashid / al-Rasheed): runs
 * of one to five words starting with a capital letter are looked up among the precomputed
 * spellings and their one-letter-dropped forms (compile-entities.ts). A near spelling counts
 * when its edit distance is small for its length: one edit from five letters, two from ten.
 */
import { hasProperty, UPPER } from './char-class';
import { type EntityIndex, formHash, formHashDropping, isFormDroppingOf } from './compile-entities';
import { type ConceptHit, possessive } from './find-concepts';
import { indexOfSorted, lowerBoundNumber } from './sorted-search';
import { isUpper, type Token } from './tokenize';
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
  // A Map, read once per capitalised word: a lookup of the record by a letter was a generic
  // keyed load, each word's letter a different key.
  const lengths = new Map(Object.entries(index.lengths));
  const lengthsOf = (initial: string): [number, number] | undefined => lengths.get(initial);
  // An ASCII initial (nearly every word of a page) is read from an array by its code instead.
  const asciiLengths: ([number, number] | undefined)[] = [];
  for (let code = 0; code < 128; code++) asciiLengths.push(lengths.get(String.fromCharCode(code)));
  /**
   * By initial, the lengths spellings have (bit L, the last bit for any length from SHAPE_BITS
   * up): a run no spelling is as long as, looked up only as written, is no name, and its string
   * is never built (most capitalised runs of a page are such).
   */
  const exactLengths = new Map<string, number>();
  for (const s of spellings) {
    const initial = s[0] as string;
    exactLengths.set(initial, (exactLengths.get(initial) ?? 0) | lengthBit(s.length));
  }
  const isHead = (start: string) => indexOfSorted(index.heads, start) >= 0;
  const maxWords = index.maxWords;
  const exactCache = new Map<string, number>();
  const nearCache = new Map<string, number>();

  /** The spelling id the run is written as, or -1. */
  const exactly = (query: string): number => {
    const [from, to] = formRange(query);
    for (let k = from; k < to; k++)
      if (spellings[formSpelling[k] as number] === query) return formSpelling[k] as number;
    return -1;
  };

  /** The spelling id the run is a near spelling of, or -1. */
  const nearly = (query: string): number => {
    const allowed = Math.floor(query.length / LETTERS_PER_EDIT);
    if (allowed === 0 || !(isHead(query.slice(0, 2)) || isHead(query[0] + query.slice(2, 3))))
      return -1;
    let found = -1;
    let best = allowed + 1;
    // The query, then each form with one letter dropped, read in place rather than built (a
    // cold first match met a few hundred new runs, each dropping every letter). Dropping either
    // letter of a doubled pair gives the same form: it is looked up once.
    for (let skip = -1; skip < query.length; skip++) {
      if (skip > 0 && query.charCodeAt(skip) === query.charCodeAt(skip - 1)) continue;
      const hash = formHashDropping(query, skip);
      for (let k = lowerBoundNumber(formHashes, hash); formHashes[k] === hash; k++) {
        const id = formSpelling[k] as number;
        const spelling = spellings[id] as string;
        if (!isFormDroppingOf(query, skip, spelling)) continue;
        const ratio = query.length / spelling.length;
        if (ratio < 0.75 || ratio > 1.34) continue;
        const d = editDistance(query, spelling, best);
        if (d < best) {
          best = d;
          found = id;
        }
      }
    }
    return found;
  };

  /**
   * The spelling id a word run stands for, or -1. A near spelling is looked for only when `near`:
   * a name ends on a capitalised word ("Ras al-Marsa", "Harbour Pilots Guild"), so a run
   * ending in a lower-case word ("Prime Minister said") is only ever an exact spelling. Each
   * near look-up tries the run with every letter dropped, most of the cost of this step.
   */
  const lookup = (query: string, near: boolean): number => {
    let found = exactCache.get(query);
    if (found === undefined) {
      found = exactly(query);
      exactCache.set(query, found);
    }
    if (found >= 0 || !near) return found;
    found = nearCache.get(query);
    if (found === undefined) {
      found = nearly(query);
      nearCache.set(query, found);
    }
    return found;
  };

  return (tokens, sentence) => {
    const hits: ConceptHit[] = [];
    let at = 0;
    while (at < tokens.length) {
      const first = tokens[at] as Token;
      const code = first.norm.charCodeAt(0);
      const range = code < 128 ? asciiLengths[code] : lengthsOf(first.norm[0] as string);
      // A name starts on a capital, or on the Arabic article written small before one ("al-Marsa"):
      // that run is only ever an exact spelling, and at least two words (the name's own capital
      // starts a near look-up of its own).
      const small = range !== undefined && !isCapitalised(first.raw);
      if (!range || (small && !(first.norm === 'al' && isCapitalised(tokens[at + 1]?.raw ?? '')))) {
        at++;
        continue;
      }
      let best: ConceptHit | undefined;
      let lengthsHere: number | undefined;
      for (let n = Math.min(maxWords, tokens.length - at); n >= (small ? 2 : 1); n--) {
        // The run's last word may be a possessive ("al-Rashid's office"). Its length is known
        // before its string is built: most runs are too long or too short to be looked up.
        let length = n - 1;
        for (let k = 0; k < n; k++) {
          const norm = (tokens[at + k] as Token).norm;
          length += k === n - 1 ? possessiveLength(norm) : norm.length;
        }
        if (length < MIN_LENGTH) continue;
        if (length > range[1] * 1.34 || length < range[0] * 0.75) continue;
        const near = !small && isCapitalised((tokens[at + n - 1] as Token).raw);
        if (!near) {
          lengthsHere ??= exactLengths.get(first.norm[0] as string) ?? 0;
          if ((lengthsHere & lengthBit(length)) === 0) continue;
        }
        let query = n === 1 ? possessive(first.norm) : first.norm;
        for (let k = 1; k < n; k++) {
          const norm = (tokens[at + k] as Token).norm;
          query += ` ${k === n - 1 ? possessive(norm) : norm}`;
        }
        const id = lookup(query, near);
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

/** The last bit of a length mask stands for this length and any longer (1 << 29: a small integer in V8). */
const SHAPE_BITS = 29;
const lengthBit = (length: number): number => 1 << Math.min(length, SHAPE_BITS);

/** The length of possessive(word), without building it. */
function possessiveLength(word: string): number {
  return word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))
    ? word.length - 2
    : word.length;
}

/** Whether the word starts with a capital letter ("Marsa", "Émile"; not "al", not "2024"). */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return isUpper(c);
  return hasProperty(word.codePointAt(0) as number, UPPER);
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
