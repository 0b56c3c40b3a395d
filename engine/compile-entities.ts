/**
 * Build time: the spellings of every name and their near variants, precomputed so the content
 * script never runs a fuzzy search. Each spelling is stored with every form it takes when one
 * letter is dropped (the "symmetric delete" idea behind SymSpell): a word on the page that
 * shares such a form with a spelling is within two edits of it, and find-entities.ts confirms
 * the distance exactly before accepting it.
 */
import { fold } from './tokenize';
import type { ConceptId } from './types';

export type EntityIndex = {
  /** Spelling id → folded spelling with hyphens as spaces. */
  spellings: string[];
  /** Spelling id → the concept it names. */
  concepts: ConceptId[];
  /**
   * The forms, every spelling and every spelling with one letter dropped, as (hash, spelling)
   * pairs sorted by hash (formHash()) then spelling: a look-up bisects numbers, where tens of
   * thousands of short strings would cost the content script their parsing. Forms with the same
   * hash share their pairs, and a look-up keeps only the spellings the form belongs to
   * (isFormOf()).
   */
  formHashes: number[];
  formSpelling: number[];
  /** Shortest and longest spelling per first letter: runs outside the range are never looked up. */
  lengths: Record<string, [number, number]>;
  /** The first two letters of every form, sorted: a near spelling must start like one of them. */
  heads: string[];
  /** Words in the longest spelling. */
  maxWords: number;
};

export function foldName(name: string): string {
  return fold(name).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Every string made by dropping one character of `word`. */
export function deletions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** FNV-1a over the UTF-16 code units, kept to 30 bits so that it is a small integer in any engine. */
export function formHash(form: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < form.length; i++) {
    h ^= form.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x3fffffff;
}

/**
 * formHash() of `word` with the character at `skip` dropped (`skip` < 0: the word itself), without
 * building that string: a run's near look-up asks it of every letter (find-entities.ts).
 */
export function formHashDropping(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x3fffffff;
}

/**
 * isFormOf() of `word` with the character at `skip` dropped (`skip` < 0: the word itself), read
 * in place.
 */
export function isFormDroppingOf(word: string, skip: number, spelling: string): boolean {
  if (skip < 0) return isFormOf(word, spelling);
  const length = word.length - 1;
  if (length === spelling.length) {
    for (let k = 0; k < length; k++)
      if (word.charCodeAt(k < skip ? k : k + 1) !== spelling.charCodeAt(k)) return false;
    return true;
  }
  if (length !== spelling.length - 1) return false;
  let i = 0;
  while (i < length && word.charCodeAt(i < skip ? i : i + 1) === spelling.charCodeAt(i)) i++;
  for (; i < length; i++)
    if (word.charCodeAt(i < skip ? i : i + 1) !== spelling.charCodeAt(i + 1)) return false;
  return true;
}

/** Whether `form` is `spelling` or `spelling` with one letter dropped. */
export function isFormOf(form: string, spelling: string): boolean {
  if (form === spelling) return true;
  if (form.length !== spelling.length - 1) return false;
  // Drop the first letter where they differ: in a run of equal letters, any one is the same drop.
  let i = 0;
  while (i < form.length && form.charCodeAt(i) === spelling.charCodeAt(i)) i++;
  for (; i < form.length; i++) if (form.charCodeAt(i) !== spelling.charCodeAt(i + 1)) return false;
  return true;
}

export function compileEntities(entities: Record<ConceptId, string[]>): EntityIndex {
  const spellings: string[] = [];
  const concepts: ConceptId[] = [];
  const byHash = new Map<number, number[]>();
  const heads = new Set<string>();
  const add = (form: string, id: number) => {
    const hash = formHash(form);
    const list = byHash.get(hash) ?? [];
    if (!list.includes(id)) list.push(id);
    byHash.set(hash, list);
    heads.add(form.slice(0, 2));
  };
  for (const [concept, names] of Object.entries(entities)) {
    for (const name of names) {
      const spelling = foldName(name);
      const id = spellings.length;
      spellings.push(spelling);
      concepts.push(concept);
      add(spelling, id);
      for (const form of deletions(spelling)) add(form, id);
    }
  }
  const formHashes: number[] = [];
  const formSpelling: number[] = [];
  for (const hash of [...byHash.keys()].sort((a, b) => a - b))
    for (const id of (byHash.get(hash) as number[]).sort((a, b) => a - b)) {
      formHashes.push(hash);
      formSpelling.push(id);
    }
  const lengths: Record<string, [number, number]> = {};
  for (const s of spellings) {
    const [min, max] = lengths[s[0] as string] ?? [s.length, s.length];
    lengths[s[0] as string] = [Math.min(min, s.length), Math.max(max, s.length)];
  }

  const maxWords = Math.max(1, ...spellings.map((s) => s.split(' ').length));
  return {
    spellings,
    concepts,
    formHashes,
    formSpelling,
    lengths,
    heads: [...heads].sort(),
    maxWords,
  };
}
