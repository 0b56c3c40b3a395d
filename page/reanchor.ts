/**
 * Where matched passages are after the page replaced its article's nodes (issue 18, item 5): an
 * app that re-renders throws away the Text nodes our Ranges point into, often with the same
 * words. Strings in, offsets out: the passage's exact text nearest its old place first, then the
 * same text up to whitespace, quote and dash forms and invisible characters. Nothing looser: a
 * fuzzy re-anchor would put a verdict on a lookalike sentence that says something else.
 */

/** A passage's offsets in a text. */
export type Span = { start: number; end: number };

/** Each span of `oldText` in `newText`, or null where its text is gone. */
export function reanchor(oldText: string, newText: string, spans: Span[]): (Span | null)[] {
  if (oldText === newText) return spans.map((s) => ({ ...s }));
  let loose: Loose | undefined;
  return spans.map(({ start, end }) => {
    const passage = oldText.slice(start, end);
    if (!passage) return null;
    const exact = nearest(newText, passage, start);
    if (exact >= 0) return { start: exact, end: exact + passage.length };
    loose ??= loosen(newText);
    const wanted = loosen(passage).text;
    if (!wanted.trim()) return null;
    const at = nearest(loose.text, wanted, start);
    if (at < 0) return null;
    const from = loose.origin[at] as number;
    const to = (loose.origin[at + wanted.length - 1] as number) + 1;
    return { start: from, end: to };
  });
}

/** The occurrence of `needle` in `hay` closest to `near`, or -1. */
function nearest(hay: string, needle: string, near: number): number {
  let best = -1;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
    if (i > near) break;
  }
  return best;
}

/** A text with its forms unified, and each of its characters' offset in the original. */
type Loose = { text: string; origin: number[] };

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]/;
const SPACE = /\s/;
const FORMS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
};

/** Whitespace runs become one space; quotes and dashes one form; invisible characters go. */
function loosen(text: string): Loose {
  const out: string[] = [];
  const origin: number[] = [];
  let spaced = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (INVISIBLE.test(c)) continue;
    const form = FORMS[c] ?? c;
    if (SPACE.test(form)) {
      if (spaced) continue;
      spaced = true;
      out.push(' ');
    } else {
      spaced = false;
      out.push(form);
    }
    origin.push(i);
  }
  return { text: out.join(''), origin };
}
