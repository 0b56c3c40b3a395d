/**
 * Where a dateline says the story was filed (engine/sentence-facts.ts, datelinePlaces): a body
 * naming no place of the story's own happens there; one naming a place happens where it says.
 * Hand-made SentenceWords, real tokens.
 */
import { describe, expect, it } from 'vitest';
import type { ConceptHit } from '../../../engine/find-concepts';
import { datelinePlaces, type SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';

/** A sentence with the given hits, each [concept, first token index, words]. */
function sentence(text: string, hits: [string, number, number][] = []): SentenceWords {
  const tokens = tokenize(text);
  return {
    text,
    tokens,
    hits: hits.map(
      ([concept, from, to]): ConceptHit => ({
        concept,
        from,
        to,
        text: text.slice(tokens[from]?.start, tokens[to - 1]?.end),
      }),
    ),
  };
}

const PLACES = new Set(['old-pier', 'portsea']);

describe('datelinePlaces', () => {
  it("carries a wire dateline's place to a body that names none", () => {
    // OLD(0) PIER(1) Portsea(2) Sept(3) 27(4) Wire(5) The(6) last(7) crews(8) …
    const words = sentence('OLD-PIER, Portsea, Sept 27 (Wire) — The last crews left on Friday.', [
      ['old-pier', 0, 2],
      ['portsea', 2, 3],
      ['crews', 8, 9],
    ]);
    const carried = datelinePlaces(words, PLACES);
    const last = words.tokens.length - 1;
    expect(carried?.hits.slice(3)).toEqual([
      {
        concept: 'old-pier',
        from: last,
        to: last + 1,
        text: 'OLD-PIER (the dateline)',
        inferred: true,
        filed: true,
      },
      {
        concept: 'portsea',
        from: last,
        to: last + 1,
        text: 'Portsea (the dateline)',
        inferred: true,
        filed: true,
      },
    ]);
  });

  it('leaves a body that names a place of its own, and a sentence with no dateline', () => {
    const own = sentence('PORTSEA — The last crews left the Old Pier on Friday.', [
      ['portsea', 0, 1],
      ['old-pier', 6, 8],
    ]);
    expect(datelinePlaces(own, PLACES)).toBeUndefined();
    const none = sentence('Portsea crews left the pier on Friday.', [['portsea', 0, 1]]);
    expect(datelinePlaces(none, PLACES)).toBeUndefined();
    // A long name set off by a dash is who speaks, not where the story was filed.
    const name = sentence('Portsea Harbour Master Anne Cole — new in the job — said crews left.', [
      ['portsea', 0, 1],
    ]);
    expect(datelinePlaces(name, PLACES)).toBeUndefined();
    // A headline naming who speaks before a colon is no dateline.
    const headline = sentence('Portsea: A Pause, Not A Closure', [['portsea', 0, 1]]);
    expect(datelinePlaces(headline, PLACES)).toBeUndefined();
  });
});
