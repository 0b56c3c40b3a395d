/**
 * engine/word-gaps.ts: what stands between two words, and whether a punctuation mark stands
 * between two points of a sentence (the same answer as a character class tested on the slice).
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../engine/tokenize';
import { gapBefore, gapHas, marksBetween } from '../../../engine/word-gaps';

describe('marksBetween', () => {
  it('answers as /[marks]/.test(text.slice(from, to)) for every stretch', () => {
    const text = 'the depot, near Ashby; the pier: “closed” — in May.';
    const cases: [string, RegExp][] = [
      [',;:', /[,;:]/],
      [',;:.', /[,;:.]/],
      [',;:"“”', /[,;:"“”]/],
    ];
    for (const [marks, re] of cases)
      for (let from = 0; from <= text.length + 1; from++)
        for (let to = 0; to <= text.length + 1; to++)
          expect(marksBetween(text, from, to, marks), `${marks} ${from}-${to}`).toBe(
            re.test(text.slice(from, to)),
          );
  });

  it('finds nothing in an empty or reversed stretch', () => {
    expect(marksBetween('a, b', 2, 2, ',')).toBe(false);
    expect(marksBetween('a, b', 3, 1, ',')).toBe(false);
    expect(marksBetween('a, b', 1, 2, ',')).toBe(true);
  });
});

describe('gapBefore', () => {
  it('gives what stands between a word and the one before it', () => {
    const text = 'The ferry, late again; left "Portsea" — at dawn.';
    const tokens = tokenize(text);
    const gaps = tokens.map((_, k) => gapBefore(tokens, text, k));
    expect(gaps).toEqual(['', ' ', ', ', ' ', '; ', ' "', '" — ', ' ']);
  });
});

describe('gapHas', () => {
  it('answers as a character class tested on gapBefore, at every word', () => {
    const text = 'Ships left the quay, slowly; the tug stayed – "for now" (officials said): why?';
    const tokens = tokenize(text);
    const cases: [string, RegExp][] = [
      [',', /[,]/],
      [';—–', /[;—–]/],
      [',;:.!?"“”()', /[,;:.!?"“”()]/],
    ];
    for (const [marks, re] of cases)
      for (let k = 0; k < tokens.length; k++)
        expect(gapHas(tokens, text, k, marks), `${marks} at ${k}`).toBe(
          re.test(gapBefore(tokens, text, k)),
        );
  });

  it('finds nothing before the first word', () => {
    const text = ', then the boats';
    expect(gapHas(tokenize(text), text, 0, ',')).toBe(false);
  });
});
