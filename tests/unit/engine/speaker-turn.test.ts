/**
 * A transcript's speaker label and the turn an answer takes up (engine/speaker-turn.ts), and the
 * answer carrying that turn (engine/carry-subject.ts). Made-up words only.
 */
import { describe, expect, it } from 'vitest';
import { carrySubject } from '../../../engine/carry-subject';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { clockStamp, speakerLabel, speakerOf, turnBefore } from '../../../engine/speaker-turn';
import { sentence } from './sentence-words';

const ACTORS = new Set(['crews', 'board']);

describe('speakerLabel', () => {
  it('counts the words in capitals closed by a colon', () => {
    expect(speakerLabel(sentence('HOST: What happens at the pier now?'))).toBe(1);
    expect(speakerLabel(sentence('HARBOUR MASTER: Most crews went north.'))).toBe(2);
    expect(speakerLabel(sentence('LT. COL. QUILL: We left in May.'))).toBe(3);
    expect(speakerOf(sentence('MR. QUILL: We left in May.'))).toBe('MR QUILL');
    expect(speakerLabel(sentence('A: Not yet.'))).toBe(1);
  });

  it('is no label in mixed case, a time, or with no colon', () => {
    expect(speakerLabel(sentence('Riverton: the ferry is late.'))).toBe(0);
    expect(speakerLabel(sentence('10:30 The ferry left the pier.'))).toBe(0);
    expect(speakerLabel(sentence('THE FERRY left the pier.'))).toBe(0);
  });
});

describe('a speaker turn answering a question', () => {
  const question = sentence('HOST: Where are the crews from the pier now?', [
    ['crews', 'crews'],
    ['pier', 'pier'],
  ]);

  it('takes up all the question named, past its label, whatever its first word', () => {
    const answer = sentence('HARBOUR MASTER: Most went north to Portsea in the spring.', [
      ['portsea', 'Portsea'],
    ]);
    const read = carrySubject(answer, question, ACTORS);
    expect(read.hits.map((h) => h.concept).sort()).toEqual(['crews', 'pier', 'portsea']);
    expect(read.hits[0]?.from).toBe(2);
  });

  it('not the same speaker going on, nor a question put back', () => {
    const same = sentence('HOST: Let us turn to the weather next.');
    expect(carrySubject(same, question, ACTORS)).toBe(same);
    const back = sentence('HARBOUR MASTER: Do you mean the night crews?');
    expect(carrySubject(back, question, ACTORS)).toBe(back);
  });

  it('the whole turn when its question points back at it ("Is that accurate?")', () => {
    const words = [
      sentence('Q: There are reports the crews will stay at the pier.', [
        ['crews', 'crews'],
        ['pier', 'pier'],
      ]),
      sentence('Is that accurate?'),
      sentence('MR. QUILL: A few will stay there for a while, yes.'),
    ];
    const turn = turnBefore(words, 2, words[1]);
    expect(turn?.hits.map((h) => h.concept)).toEqual(['crews', 'pier']);
    const read = carrySubject(words[2] as SentenceWords, turn, ACTORS);
    expect(read.hits.map((h) => h.concept).sort()).toEqual(['crews', 'pier']);
  });

  it('not when the question asks something new ("Were we consulted?")', () => {
    const words = [
      sentence('REP. HOLM: Several crews left the pier in May.', [['crews', 'crews']]),
      sentence('Were we consulted?'),
      sentence('MR. QUILL: We were told, and we understood why.'),
    ];
    expect(turnBefore(words, 2, words[1])).toBe(words[1]);
  });
});

describe('clockStamp: a live page entry opening on a clock time', () => {
  it('counts the clock time’s words, so the subject after it is read as one', () => {
    expect(clockStamp(sentence('10:40 — The ferry crews left the pier.'))).toBe(2);
    expect(clockStamp(sentence('09:15 a.m. - They are gone.'))).toBe(3);
    expect(clockStamp(sentence('21:05 GMT: Nothing new.'))).toBe(3);
    // Not a figure, a year, a score or a ratio.
    expect(clockStamp(sentence('2019 was the last year of sailings.'))).toBe(0);
    expect(clockStamp(sentence('30:1 was the ratio.'))).toBe(0);
    expect(clockStamp(sentence('3.5 million passengers sailed.'))).toBe(0);
    expect(clockStamp(sentence('The crews left at 10:40.'))).toBe(0);
  });

  it('a possessive after the clock time points back as it would open the sentence', () => {
    const before = sentence('10:35 — The harbour board says the closure is not enough.', [
      ['board', 'board'],
    ]);
    const current = sentence('10:50 — Its statement asks the council to act.');
    const carried = carrySubject(current, before, new Set(['board']));
    expect(carried.hits.map((h) => h.concept)).toEqual(['board']);
  });
});
