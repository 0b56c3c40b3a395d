/**
 * "That committee" opening a sentence takes up the committee the sentence before named in
 * several words (engine/carry-named-noun.ts). Pure function: hand-made words.
 */
import { describe, expect, it } from 'vitest';
import { namedByItsNoun } from '../../../engine/carry-named-noun';
import { phraseWords } from './sentence-words';

const before = phraseWords('The repairs are overseen by a joint harbour committee set up in May.', {
  'joint harbour committee': 'harbour-board',
  repairs: 'repairs',
});

describe('namedByItsNoun', () => {
  it('"That committee …" takes up the committee named before', () => {
    const current = phraseWords('That committee will decide when the ferries sail again.', {
      ferries: 'ferries',
    });
    const read = namedByItsNoun(current, before);
    expect(read?.hits.map((h) => h.concept)).toEqual(['ferries', 'harbour-board']);
    expect(read?.hits[1]?.inferred).toBe(true);
  });

  it('"This committee" too, but not "The committee" or a committee later in the sentence', () => {
    const text = (opening: string) => `${opening} will decide when the ferries sail again.`;
    expect(namedByItsNoun(phraseWords(text('This committee')), before)).toBeDefined();
    expect(namedByItsNoun(phraseWords(text('The committee')), before)).toBeUndefined();
    expect(
      namedByItsNoun(phraseWords('Officials said that committee will decide soon.'), before),
    ).toBeUndefined();
  });

  it('takes up nothing for another noun, a name of one word, or a thing named again', () => {
    expect(namedByItsNoun(phraseWords('That board will decide soon.'), before)).toBeUndefined();
    expect(namedByItsNoun(phraseWords('That repairs plan is late.'), before)).toBeUndefined();
    const again = phraseWords('That committee, the joint harbour committee, meets in May.', {
      'joint harbour committee': 'harbour-board',
    });
    expect(namedByItsNoun(again, before)).toBeUndefined();
    expect(namedByItsNoun(phraseWords('That committee meets in May.'), undefined)).toBeUndefined();
  });
});
