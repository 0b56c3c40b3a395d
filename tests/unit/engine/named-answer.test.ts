/**
 * A "Who …?"/"What …?" question answered by a bare noun phrase (engine/carry-named-answer.ts):
 * the question with its wh-word replaced by the answer's noun phrase is what they tell.
 */
import { describe, expect, it } from 'vitest';
import { bareNounPhrase, namedAnswer, subjectAsked } from '../../../engine/carry-named-answer';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';

const words = (text: string): SentenceWords => ({ text, tokens: tokenize(text), hits: [] });

/** The statement a question and its answer make, or undefined when they make none. */
const told = (question: string, answer: string) => {
  const q = words(question);
  const a = words(answer);
  const at = subjectAsked(q);
  const phrase = at >= 0 ? bareNounPhrase(a) : 0;
  return phrase > 0 ? namedAnswer(q, at, a, phrase) : undefined;
};

describe('a question on its subject answered by a bare noun phrase', () => {
  it('tells the question with the noun phrase as its subject', () => {
    expect(
      told(
        'Who is still at the northern pier?',
        'A smaller crew of pilots, according to the harbour board.',
      ),
    ).toBe('A smaller crew of pilots is still at the northern pier.');
    expect(told('What remains of the old fleet?', 'Two Danish-built tugs, an aide said.')).toBe(
      'Two Danish-built tugs remains of the old fleet.',
    );
    expect(told('And who took over the depot in May?', 'The harbour board.')).toBe(
      'The harbour board took over the depot in May.',
    );
  });

  it('is not read for an answer with a verb of its own, a denial, or more than a teller', () => {
    expect(
      told('Who is leaving the pier?', 'The pilots stayed, an official said.'),
    ).toBeUndefined();
    expect(told('Who is leaving the pier?', 'Nobody, the board said.')).toBeUndefined();
    expect(told('Who is leaving the pier?', 'The pilots, which surprised many.')).toBeUndefined();
    expect(told('Who is leaving the pier?', 'The pilots, and soon the tugs too.')).toBeUndefined();
    expect(told('Who is leaving the pier?', 'Is it the pilots?')).toBeUndefined();
  });

  it('is not read for a question whose wh-word is no subject, or no question', () => {
    expect(told('What did the board decide?', 'Fewer sailings.')).toBeUndefined();
    expect(told('Who is the board sending?', 'Two pilots.')).toBeUndefined();
    expect(told('What is Harbour Co doing?', 'Nothing much.')).toBeUndefined();
    expect(told('The board said who is leaving.', 'The pilots.')).toBeUndefined();
  });
});
