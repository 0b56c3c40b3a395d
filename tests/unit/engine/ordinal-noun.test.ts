/**
 * An ordinal with no noun of its own stands for the items a count named (engine/ordinal-noun.ts).
 * Made-up words only; the phrase reader is a stand-in for the story's concept finder.
 */
import { describe, expect, it } from 'vitest';
import type { ConceptHit } from '../../../engine/find-concepts';
import { withOrdinalNouns } from '../../../engine/ordinal-noun';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';

function sentence(text: string): SentenceWords {
  return { text, tokens: tokenize(text), hits: [] };
}

/** "first stage" → first-stage, "second stage" → second-stage; nothing else. */
const read = (phrase: string): ConceptHit[] =>
  /^(first|second) stage$/.test(phrase)
    ? [{ concept: `${phrase.split(' ')[0]}-stage`, from: 0, to: 2, text: phrase }]
    : [];

describe('withOrdinalNouns', () => {
  const before = sentence('The ferry service will close in two stages.');

  it('reads "the first," and "the second," as the stages the sentence before counted', () => {
    const s = sentence(
      'The first, covering the Old Pier, ends in May; the second, at Portsea, in June.',
    );
    const hits = withOrdinalNouns(s, before, read).hits;
    expect(hits.map((h) => [h.concept, s.tokens[h.from]?.raw])).toEqual([
      ['first-stage', 'first'],
      ['second-stage', 'second'],
    ]);
  });

  it('reads a bare "the second" as the series a "first" opened, not as who came "last"', () => {
    const s = sentence('In the second, crews stay at Portsea.');
    const opened = sentence('In the first stage, the last crews leave the Old Pier.');
    expect(withOrdinalNouns(s, opened, read).hits.map((h) => h.concept)).toEqual(['second-stage']);
  });

  it('takes the item named earlier in its own sentence', () => {
    const s = sentence('The first stage is to be followed by the second at Portsea.');
    const hits = withOrdinalNouns(s, undefined, read).hits;
    expect(hits.map((h) => h.concept)).toEqual(['second-stage']);
  });

  it('leaves an ordinal with its own noun, or with no count before it', () => {
    const own = sentence('The second ferry left at noon.');
    expect(withOrdinalNouns(own, before, read)).toBe(own);
    const alone = sentence('The first, covering the Old Pier, ends in May.');
    expect(withOrdinalNouns(alone, sentence('The ferry service will close.'), read)).toBe(alone);
  });
});
