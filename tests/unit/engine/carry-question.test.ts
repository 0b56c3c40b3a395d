/**
 * engine/carry-question.ts: an answer takes who or where from the question it answers, and only
 * that. Made-up sentences of a ferry story for the readers; made-up interviews on the real pack
 * for what the matcher cards.
 */
import { describe, expect, it } from 'vitest';
import {
  questionAnswered,
  questionLendsWhoOrWhere,
  withQuestion,
} from '../../../engine/carry-question';
import { words } from './sentence-words';
import { cardsOfArticle } from './story-sentence';

const asked = words('Was the handover of the Old Pier on time?', [
  ['handover', 'handover'],
  ['old-pier', 'old'],
]);
const shortAnswer = words('I think so.');
const answer = words('We gave the keys to the harbour board in May.', [['handover', 'gave']]);
/** The claim "the Old Pier was handed over": the pier, and its handing over. */
const PIER_HANDED_OVER = [['old-pier', 'the-pier'], ['handover']];
const WHO_AND_WHERE = new Set(['crews', 'old-pier']);
const OWN = new Set(['old-pier', 'crews']);
const BARRED = new Set(['other-harbour-board']);

describe('questionAnswered', () => {
  it('is the sentence before when it asks, or the one before a short answer naming nothing', () => {
    expect(questionAnswered(answer, asked, undefined)).toBe(asked);
    expect(questionAnswered(answer, shortAnswer, asked)).toBe(asked);
  });

  it('is none after a statement, past a long reply, or for a sentence that asks itself', () => {
    const told = words('The crews left the Old Pier in April.', [['crews', 'crews']]);
    expect(questionAnswered(answer, told, asked)).toBeUndefined();
    const reply = words('It was a long and difficult month for all of us there.');
    expect(questionAnswered(answer, reply, asked)).toBeUndefined();
    const again = words('Did we give the keys back in May?');
    expect(questionAnswered(again, asked, undefined)).toBeUndefined();
  });
});

describe('withQuestion', () => {
  it("lends the question's concepts the answer lacks at its first word, past a speaker's label", () => {
    const lent = withQuestion(answer, asked);
    expect(lent?.at).toBe(0);
    expect(lent?.words.hits.map((h) => h.concept)).toEqual(['handover', 'old-pier']);
    expect(lent?.words.hits[1]?.text).toBe('We (→ "old")');
    const labelled = words('CAPTAIN: We gave the keys back in May.', [['handover', 'gave']]);
    expect(withQuestion(labelled, asked)?.at).toBe(1);
  });
});

describe('questionLendsWhoOrWhere', () => {
  it('lends the place the answer leaves out, when its own words tell the rest', () => {
    expect(
      questionLendsWhoOrWhere(PIER_HANDED_OVER, answer, asked, WHO_AND_WHERE, BARRED, OWN),
    ).toBe(true);
  });

  it('lends no predicate: an answer that says only when is not the handover', () => {
    const when = words('In May, as far as I remember.');
    expect(questionLendsWhoOrWhere(PIER_HANDED_OVER, when, asked, WHO_AND_WHERE, BARRED, OWN)).toBe(
      false,
    );
  });

  it('"Did the Danish crews leave?": a question whose subject is another actor lends nothing', () => {
    const others = words('Did the Danish crews hand over the Old Pier?', [
      ['danish', 'danish'],
      ['crews', 'crews'],
      ['old-pier', 'old'],
    ]);
    expect(
      questionLendsWhoOrWhere(PIER_HANDED_OVER, answer, others, WHO_AND_WHERE, BARRED, OWN),
    ).toBe(false);
  });

  it('a question naming another body lends nothing', () => {
    const other = words('Was the other harbour board at the Old Pier handover?', [
      ['other-harbour-board', 'other'],
      ['old-pier', 'old'],
      ['handover', 'handover'],
    ]);
    expect(
      questionLendsWhoOrWhere(PIER_HANDED_OVER, answer, other, WHO_AND_WHERE, BARRED, OWN),
    ).toBe(false);
  });
});

describe('a question whose first thing is read as two concepts', () => {
  it('lends when one of them is the claim\'s or the story\'s own ("the pier": a place and a count)', () => {
    const who = words('Who runs the Old Pier now?', [
      ['boats', 'old'],
      ['old-pier', 'old'],
    ]);
    expect(questionLendsWhoOrWhere(PIER_HANDED_OVER, answer, who, WHO_AND_WHERE, BARRED, OWN)).toBe(
      true,
    );
  });
});

describe('an answer whose own card rests only on what it takes for granted', () => {
  it('is read with the question: "The army does, since …" under "Who holds the base now?"', () => {
    const text =
      'Who Holds Ain al-Asad Now?\n\nThe Iraqi army does, since the coalition completed its exit in mid-January.';
    const cards = cardsOfArticle(text, '2026-02-20');
    expect(cards).toContain('ain-al-asad-handed-over-jan-2026');
    expect(cards).not.toContain('federal-mission-completed');
  });
});

describe('an interview on the story', () => {
  const opening = 'We spoke to the general about the pull-out from Iraq.';
  const reply =
    'I think so. We handed a working base to the Iraqi army in January, and nobody was hurt.';

  it('the answer after "I think so." takes the base the question named', () => {
    const text = `${opening} Was the handover of Ain al-Asad done well? ${reply}`;
    expect(cardsOfArticle(text, '2026-03-01')).toContain('ain-al-asad-handed-over-jan-2026');
  });

  it("not when the question is about another country's trainers", () => {
    const text = `${opening} Did the Danish trainers leave their camp at Ain al-Asad? ${reply}`;
    expect(cardsOfArticle(text, '2026-03-01')).not.toContain('ain-al-asad-handed-over-jan-2026');
  });

  it('not when the question is about an oil plan', () => {
    const text =
      'We spoke to the minister about the economy of Iraq. Was the oil plan for Anbar signed? ' +
      'I think so. It was handed to the Iraqi army in January, and nobody objected.';
    expect(cardsOfArticle(text, '2026-03-01')).not.toContain('ain-al-asad-handed-over-jan-2026');
  });

  it('not when the reply asks back', () => {
    const text = `${opening} Was the handover of Ain al-Asad done well? Did we hand a working base to the Iraqi army in January?`;
    expect(cardsOfArticle(text, '2026-03-01')).not.toContain('ain-al-asad-handed-over-jan-2026');
  });
});
