/**
 * A subject opened by "a / the separate" (or "a different") names another thing than the
 * story's (engine/separate-subject.ts): "A separate charter of 1998 governs the ferry links".
 */
import { describe, expect, it } from 'vitest';
import { separateSubject } from '../../../engine/separate-subject';
import { tokenize } from '../../../engine/tokenize';

const apart = (text: string) => separateSubject(tokenize(text), text);

describe('separateSubject', () => {
  it('runs from the cue to the verb: a present in -s, a past, an auxiliary, a comma', () => {
    // "charter of 1998" up to "governs".
    expect(apart('The separate Harbour Charter of 1998 governs the ferry links.')).toEqual([2, 6]);
    expect(apart('A separate pier deal was signed in May.')).toEqual([2, 4]);
    expect(apart('A separate ferry crew sailed home on Friday.')).toEqual([2, 4]);
    expect(apart('But a separate levy, long planned, has been dropped.')).toEqual([3, 4]);
    expect(apart('A different operator will run the night crossings.')).toEqual([2, 3]);
  });

  it('nothing when the sentence does not open on such a subject', () => {
    expect(apart('The crews will sail under separate contracts.')).toBeNull();
    expect(apart('The harbour board said a separate deal was signed.')).toBeNull();
    expect(apart('Another two hundred crews sailed home.')).toBeNull();
    expect(apart('The charter governs the ferry links.')).toBeNull();
  });
});
