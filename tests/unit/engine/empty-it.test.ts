/**
 * An "it" standing for nothing (engine/empty-it.ts) points back at no actor, event or place of
 * the sentence before: the carries that hand a pronoun what came before leave it alone.
 */
import { describe, expect, it } from 'vitest';
import { carryContext, eventNamedAgain } from '../../../engine/carry-context';
import { carrySubject, eventOfIt } from '../../../engine/carry-subject';
import { emptyIt, firstEmptyIt, idiomIt } from '../../../engine/empty-it';
import { tokenize } from '../../../engine/tokenize';
import { sentence } from './sentence-words';

const ACTORS = new Set(['council', 'crews']);
/** The story's own noun of an event: "the closure". */
const NOUNS = new Set(['closure']);
const before = sentence('The council put off the closure of the ferry pier in May.', [
  ['council', 'council'],
  ['closure', 'closure'],
]);

const EMPTY = [
  'It seems the crews will stay on.',
  'It appears that the talks stalled again.',
  'It is expected that the last crossing runs in June.',
  'It was not yet clear whether the crews would go.',
  'It remains unclear when the pier shuts.',
  'It is not known how many boats are left.',
  'It will be hard to say who runs the pier.',
  'It remains to be seen whether the timetable holds.',
  'But it is likely that the closure slips.',
  // The weather's "it": no event of the sentence before began.
  'It began raining across the harbour a week later.',
  'It rained for three days.',
  'It was snowing when the last boat left.',
];
const REAL = [
  'It seems to have stalled again.',
  'It is expected to reopen in June.',
  'It is likely to slip into the autumn.',
  'It was formed in 2014.',
  'It added that the crews would leave.',
  'It could now come in June.',
  'It is clear of debris now.',
  'It began in May, with the first boats gone.',
];

describe('emptyIt', () => {
  it('reads the empty subject before a clause moved to the end', () => {
    for (const text of EMPTY) expect(firstEmptyIt(tokenize(text)), text).toBeGreaterThanOrEqual(0);
  });

  it('leaves a raised or real subject alone (near misses)', () => {
    for (const text of REAL) expect(firstEmptyIt(tokenize(text)), text).toBe(-1);
  });

  it('reads only an "it"', () => {
    expect(emptyIt(tokenize('They seem sure that the pier shuts.'), 0)).toBe(false);
  });
});

describe('carries past an empty "it"', () => {
  it('an empty "it" takes no actor of the sentence before', () => {
    for (const text of EMPTY.slice(0, 4))
      expect(carrySubject(sentence(text), before, ACTORS).hits, text).toEqual([]);
    expect(
      carrySubject(sentence('It was formed in 2014.'), before, ACTORS).hits.map((h) => h.concept),
    ).toEqual(['council']);
  });

  it('an empty "it" is no event the sentence before told', () => {
    expect(
      eventOfIt(sentence('It is unclear whether the crews will go.'), before, ACTORS, NOUNS),
    ).toBe(undefined);
    expect(
      eventOfIt(sentence('It could now come in June.'), before, ACTORS, NOUNS)?.hits.map(
        (h) => h.concept,
      ),
    ).toEqual(['closure']);
  });

  it('an empty "it" names no event again; a real one may', () => {
    const text = 'It is unclear whether the crews will go.';
    expect(eventNamedAgain(tokenize(text), text, new Set())).toBe(-1);
    const real = 'It also opened a new phase.';
    expect(eventNamedAgain(tokenize(real), real, new Set())).toBe(0);
  });
});

describe('idiomIt: an "it" of a fixed phrase', () => {
  /** Whether the sentence's first "it" is one of a fixed phrase. */
  function idiom(text: string): boolean {
    const tokens = tokenize(text);
    return idiomIt(
      tokens,
      tokens.findIndex((t) => t.norm === 'it'),
    );
  }

  it('reads "see to it", "made it clear" and "as … put it" as standing for nothing', () => {
    for (const text of [
      'The crews want every boat gone, and they press the council to see to it.',
      'The mayor will see to it that the pier stays open.',
      'The board made it clear that no crossing would run in May.',
      'The closure, as one pilot put it, was a long time coming.',
    ])
      expect(idiom(text), text).toBe(true);
  });

  it('not an "it" that stands for something told', () => {
    for (const text of [
      'The crews went to it with a will.',
      'The board made it a condition of the deal.',
      'The council put it to a vote in May.',
      'Both sides praised it as a fair deal.',
    ])
      expect(idiom(text), text).toBe(false);
  });

  it('keeps a Title Case headline\'s phrase from the "it" of "see to it"', () => {
    const headline = sentence('Crews Want All Of The Boats Gone', [
      ['closure', 'Want All Of The Boats Gone'],
    ]);
    const current = sentence(
      'The crews say the cut is half a step, and they lean on the council to see to it.',
      [['council', 'council']],
    );
    expect(carryContext(current, headline, new Set(), new Set(), true)).toBeUndefined();
    // The same headline, and an "it" opening the sentence after it, is still carried.
    const opening = sentence('It is the crews’ one demand.');
    expect(
      carryContext(opening, headline, new Set(), new Set(), true)?.words.hits.map((h) => h.concept),
    ).toEqual(['closure']);
  });
});
