/**
 * A headline's name "X of the Y" named again by its first noun: "the council" after "Council of
 * the Island" (engine/carry-headline.ts, nameNoun).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { headlineNameAgain, headlineNames } from '../../../engine/carry-headline';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { sentence } from './sentence-words';

describe('a headline\'s name "X of the Y" named again by its first noun', () => {
  const titled = sentence('Text of the Council of the Island of Portsea on the Pier', [
    ['island-council', 'Council of the Island of Portsea'],
    ['pier', 'Pier'],
  ]);
  const again = (current: SentenceWords) =>
    headlineNameAgain(current, titled, headlineNames(titled))
      ?.hits.filter((h) => h.inferred)
      .map((h) => [h.concept, h.text]) ?? [];

  it('reads "the council" as the council the headline named', () => {
    const body = sentence('This step fulfils a promise the Council made in its first year.', [
      ['promise', 'promise'],
    ]);
    expect(again(body)).toEqual([
      ['island-council', 'Council (→ "Council of the Island of Portsea")'],
    ]);
  });

  it('does not read the name\'s last noun as it ("the island" is any island)', () => {
    const body = sentence('The island has two piers.', [['pier', 'piers']]);
    expect(again(body)).toEqual([]);
  });
});
