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
  /** Spelling id → [concept, folded spelling with hyphens as spaces]. */
  spellings: [ConceptId, string][];
  /** A spelling, or a spelling with one letter dropped → spelling ids. */
  forms: Record<string, number[]>;
  /** Shortest and longest spelling per first letter: runs outside the range are never looked up. */
  lengths: Record<string, [number, number]>;
  /** The first two letters of every form: a near spelling must start like one of them. */
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
  const spellings: [ConceptId, string][] = [];
  const forms: Record<string, number[]> = {};
  const add = (form: string, id: number) => {
    const list = forms[form] ?? [];
    if (!list.includes(id)) list.push(id);
    forms[form] = list;
  };
  for (const [concept, names] of Object.entries(entities)) {
    for (const name of names) {
      const spelling = foldName(name);
      const id = spellings.length;
      spellings.push([concept, spelling]);
      add(spelling, id);
      for (const form of deletions(spelling)) add(form, id);
    }
  }
  const lengths: Record<string, [number, number]> = {};
  for (const [, s] of spellings) {
    const [min, max] = lengths[s[0] as string] ?? [s.length, s.length];
    lengths[s[0] as string] = [Math.min(min, s.length), Math.max(max, s.length)];
  }
  const heads = [...new Set(Object.keys(forms).map((f) => f.slice(0, 2)))].sort();
  const maxWords = Math.max(1, ...spellings.map(([, s]) => s.split(' ').length));
  return { spellings, forms, lengths, heads, maxWords };
}
