/**
 * engine/carry-affirmed-question.ts: a question answered by a bare assent or a bare date tells
 * the question as a statement. Made-up sentences of a ferry story for the readers; made-up
 * explainers on the real pack for what the matcher cards, and the answers that must not card.
 */
import { describe, expect, it } from 'vitest';
import {
  asStatement,
  onlyAssents,
  onlyDates,
  whenQuestion,
  yesNoQuestion,
} from '../../../engine/carry-affirmed-question';
import { sentence, words } from './sentence-words';
import { cardsOfArticle } from './story-sentence';

describe('yesNoQuestion and whenQuestion', () => {
  it('a question opening on an auxiliary, or on "When" / "By when"', () => {
    expect(yesNoQuestion(words('Will the ferries be gone by May?'))).toBe(true);
    expect(yesNoQuestion(words('So did the crews leave the Old Pier?'))).toBe(true);
    expect(whenQuestion(words('When did the last crews leave the pier?'))).toBe(true);
    expect(whenQuestion(words('By when must the pier be empty?'))).toBe(true);
  });

  it('not a statement, nor a question asking who, why or how many', () => {
    expect(yesNoQuestion(words('The ferries will be gone by May.'))).toBe(false);
    expect(yesNoQuestion(words('Why did the crews leave the pier?'))).toBe(false);
    expect(whenQuestion(words('When the crews left, the pier closed.'))).toBe(false);
    expect(whenQuestion(words('How many crews are left?'))).toBe(false);
  });
});

describe('onlyAssents', () => {
  it('a word of assent, or a pronoun echoing the auxiliary, and at most who said it', () => {
    expect(onlyAssents(words('Yes.'))).toBe(true);
    expect(onlyAssents(words('Largely, the harbour master said.'))).toBe(true);
    expect(onlyAssents(words('For the most part, according to the board.'))).toBe(true);
    expect(onlyAssents(words('It would, a retired captain told the council.'))).toBe(true);
    // Tellers in the plural say in the plain form.
    expect(onlyAssents(words('Yes, both harbour boards say.'))).toBe(true);
    expect(onlyAssents(words('Largely, officials in both towns confirm.'))).toBe(true);
  });

  it('not a denial or a doubt, nor an answer going on with words of its own', () => {
    expect(onlyAssents(words('No, the harbour master said.'))).toBe(false);
    expect(onlyAssents(words('Hardly.'))).toBe(false);
    expect(onlyAssents(words("It wouldn't, the captain said."))).toBe(false);
    expect(onlyAssents(words('Yes, but not before the storms have passed.'))).toBe(false);
    expect(onlyAssents(words('Yes, an aide said: the pier closes for good.'))).toBe(false);
    expect(onlyAssents(words('Maybe, the captain said.'))).toBe(false);
    expect(onlyAssents(words('Yes?'))).toBe(false);
  });
});

describe('onlyDates', () => {
  it('a date after prepositions and a day, and at most who counted it', () => {
    const on = sentence("On 3 May, by the harbour board's count.");
    expect(onlyDates(on, [{ from: 2, to: 3 }])).toBe(true);
    const end = sentence('By the end of 2026.');
    expect(onlyDates(end, [{ from: 4, to: 5 }])).toBe(true);
  });

  it('not an answer with words of its own before or after its date, nor one with no date', () => {
    const told = sentence('The crews left on 3 May.', [['crews', 'crews']]);
    expect(onlyDates(told, [{ from: 5, to: 6 }])).toBe(false);
    const more = sentence('In May, and the pier closed a week later.');
    expect(onlyDates(more, [{ from: 1, to: 2 }])).toBe(false);
    expect(onlyDates(sentence('Soon, the board said.'), [])).toBe(false);
  });
});

describe('asStatement', () => {
  it('the question with its question mark a full stop, the same words', () => {
    const asked = words('Will the ferries be gone by May?');
    const told = asStatement(asked);
    expect(told.text).toBe('Will the ferries be gone by May.');
    expect(told.tokens).toBe(asked.tokens);
  });
});

describe('an explainer on the story', () => {
  const head = 'Five Questions On The Coalition In Iraq';

  it('a bare assent tells the question, and the card holds both', () => {
    const text = `${head}\n\nWill Ain al-Asad be empty of coalition troops by September 2025? Mostly, an Iraqi officer said.`;
    expect(cardsOfArticle(text, '2025-03-01')).toContain('first-phase-sept-2025');
  });

  it('a bare date answers "When": the question told at that date', () => {
    const text = `${head}\n\nWhen did the last American troops hand Ain al-Asad to the Iraqi army?\n\nOn 17 January, by the army's count.`;
    expect(cardsOfArticle(text, '2026-01-25')).toContain('ain-al-asad-handed-over-jan-2026');
  });

  it('not a denial, nor a doubt, nor an answer that goes on to tell another thing', () => {
    for (const answer of [
      'No, an Iraqi officer said.',
      'Hardly, an Iraqi officer said.',
      'Maybe, an Iraqi officer said.',
    ]) {
      const text = `${head}\n\nWill Ain al-Asad be empty of coalition troops by September 2025? ${answer}`;
      expect(cardsOfArticle(text, '2025-03-01')).not.toContain('first-phase-sept-2025');
    }
  });

  it('not a question alone, with no answer after it', () => {
    const text = `${head}\n\nWill Ain al-Asad be empty of coalition troops by September 2025?`;
    expect(cardsOfArticle(text, '2025-03-01')).not.toContain('first-phase-sept-2025');
  });
});
