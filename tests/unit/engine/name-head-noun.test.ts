/**
 * A body named in full, then by its head noun: "the Riverside Pilots' Guild … the guild". When the
 * story knows only the name's first words ("Riverside Pilots"), the capitalised words that follow
 * them still belong to the name, and its last word is the noun that names it again
 * (engine/carry-context.ts, nameEnd). An "it" still stands only for the words the story knows.
 */
import { describe, expect, it } from 'vitest';
import { carryContext } from '../../../engine/carry-context';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { sentence } from './sentence-words';

const PLACES = new Set(['portsea']);
const PLACE_NAMES = new Set([...PLACES, 'riverland']);

const concepts = (w: { words: SentenceWords } | undefined) =>
  w?.words.hits.map((h) => h.concept) ?? [];

describe('a name named again by the last word of its capitalised run', () => {
  it('reads "the committee" after "the Ferrymen Liaison Committee" the story knows as "Ferrymen"', () => {
    const before = sentence('The Ferrymen Liaison Committee met on Sunday.', [
      ['ferrymen', 'The Ferrymen'],
    ]);
    const carried = carryContext(
      sentence('In a letter, the committee urged the council to act.'),
      before,
      PLACES,
      PLACE_NAMES,
      false,
    );
    expect(concepts(carried)).toEqual(['ferrymen']);
    expect(carried?.words.hits[0]?.text).toBe('committee (→ "The Ferrymen")');
  });

  it('reads other heads and other wordings of the same pattern', () => {
    const board = sentence('Critics of the Portsea Harbour Pilots Board spoke first.', [
      ['pilots', 'Portsea Harbour'],
    ]);
    expect(
      concepts(
        carryContext(
          sentence('The board replied within the hour.'),
          board,
          PLACES,
          PLACE_NAMES,
          false,
        ),
      ),
    ).toEqual(['pilots']);
    const union = sentence('Members of the Dockers Solidarity Union walked out.', [
      ['dockers', 'Dockers Solidarity'],
    ]);
    expect(
      concepts(
        carryContext(
          sentence('Later the union said the strike would go on.'),
          union,
          PLACES,
          PLACE_NAMES,
          false,
        ),
      ),
    ).toEqual(['dockers']);
  });

  it('stops at a break or a lower-case word, and gives "it" only the known words (near misses)', () => {
    const split = sentence('The Ferrymen, a committee of twelve, met.', [
      ['ferrymen', 'The Ferrymen'],
    ]);
    expect(
      carryContext(
        sentence('The committee urged the council to act.'),
        split,
        PLACES,
        PLACE_NAMES,
        false,
      ),
    ).toBeUndefined();
    const lower = sentence('The Ferrymen liaison committee met.', [['ferrymen', 'The Ferrymen']]);
    expect(
      carryContext(
        sentence('The committee urged the council to act.'),
        lower,
        PLACES,
        PLACE_NAMES,
        false,
      ),
    ).toBeUndefined();
    const one = sentence('The Dockers Solidarity Union walked out.', [['dockers', 'Dockers']]);
    expect(
      carryContext(sentence('It said the strike would go on.'), one, PLACES, PLACE_NAMES, false),
    ).toBeUndefined();
  });
});
