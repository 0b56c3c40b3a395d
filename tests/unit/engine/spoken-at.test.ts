/**
 * "A statement made in Riverton said …": a name right after "in" after a word of speaking is
 * where it was said, not who acts (engine/spoken-at.ts). Hand-made hits, real tokens.
 */
import { describe, expect, it } from 'vitest';
import { withoutSpokenAt } from '../../../engine/spoken-at';
import { phraseWords } from './sentence-words';

const ACTORS = new Set(['riverton', 'council']);
const concepts = (text: string, hits: Record<string, string>) => {
  const words = phraseWords(text, hits);
  return withoutSpokenAt(words.hits, words.tokens, ACTORS).map((h) => h.concept);
};

describe('withoutSpokenAt', () => {
  it('drops a name that is only where a statement was made or said', () => {
    expect(
      concepts('A statement made in Riverton on Monday said the crews should leave.', {
        Riverton: 'riverton',
        leave: 'depart',
      }),
    ).toEqual(['depart']);
    expect(
      concepts('The ferry chief said in Riverton that the crews should leave.', {
        Riverton: 'riverton',
        leave: 'depart',
      }),
    ).toEqual(['depart']);
    expect(
      concepts('The envoy told reporters in Riverton that the pier is closing.', {
        Riverton: 'riverton',
        closing: 'close',
      }),
    ).toEqual(['close']);
    expect(
      concepts('In remarks in Riverton, the envoy called for the crews to go.', {
        Riverton: 'riverton',
        go: 'depart',
      }),
    ).toEqual(['depart']);
  });

  it('keeps a name that acts, or stands after "in" with no word of speaking before it', () => {
    expect(
      concepts('Riverton said the crews should leave.', { Riverton: 'riverton', leave: 'depart' }),
    ).toEqual(['riverton', 'depart']);
    expect(
      concepts('The crews stayed in Riverton after the vote.', { Riverton: 'riverton' }),
    ).toEqual(['riverton']);
    // Not a name: "said in council" keeps the lower-case body (a place of speaking only when named).
    expect(
      concepts('The mayor said in council that the crews should leave.', {
        council: 'council',
        leave: 'depart',
      }),
    ).toEqual(['council', 'depart']);
  });

  it('keeps concepts that are not the story’s actors or places', () => {
    expect(
      concepts('A statement issued in Portsea said the crews should leave.', {
        Portsea: 'portsea',
        leave: 'depart',
      }),
    ).toEqual(['portsea', 'depart']);
  });

  it('gives the list back untouched when nothing is dropped', () => {
    const words = phraseWords('Riverton closed the pier.', { Riverton: 'riverton' });
    expect(withoutSpokenAt(words.hits, words.tokens, ACTORS)).toBe(words.hits);
  });
});
