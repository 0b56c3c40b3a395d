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
   * Every spelling and every spelling with one letter dropped, sorted (code-unit order) without
   * duplicates: looked up by bisection, where a record of tens of thousands of keys would cost
   * the content script a dictionary built while parsing.
   */
  forms: string[];
  /** The spellings of form k: formSpelling[formFrom[k] .. formFrom[k + 1]], ascending. */
  formFrom: number[];
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

export function compileEntities(entities: Record<ConceptId, string[]>): EntityIndex {
  const spellings: string[] = [];
  const concepts: ConceptId[] = [];
  const byForm = new Map<string, number[]>();
  const add = (form: string, id: number) => {
    const list = byForm.get(form) ?? [];
    if (!list.includes(id)) list.push(id);
    byForm.set(form, list);
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
  const forms = [...byForm.keys()].sort();
  const formFrom = [0];
  const formSpelling: number[] = [];
  for (const form of forms) {
    formSpelling.push(...(byForm.get(form) as number[]));
    formFrom.push(formSpelling.length);
  }
  const lengths: Record<string, [number, number]> = {};
  for (const s of spellings) {
    const [min, max] = lengths[s[0] as string] ?? [s.length, s.length];
    lengths[s[0] as string] = [Math.min(min, s.length), Math.max(max, s.length)];
  }
  const heads = [...new Set(forms.map((f) => f.slice(0, 2)))].sort();
  const maxWords = Math.max(1, ...spellings.map((s) => s.split(' ').length));
  return { spellings, concepts, forms, formFrom, formSpelling, lengths, heads, maxWords };
}
