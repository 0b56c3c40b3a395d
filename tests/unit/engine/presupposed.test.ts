/**
 * What a sentence takes for granted (engine/presupposed.ts): a relative clause on its opening
 * subject, a known intention named with its content, a known arrangement named with its
 * participle. Between two readings of equal score, the one whose groups the main clause names
 * wins, even when the other covers more words; a claim keyed only there ranks below.
 */
import { describe, expect, it } from 'vitest';
import { outranks } from '../../../engine/pick-best';
import { arrangedNouns, knownIntentions, subjectRelative } from '../../../engine/presupposed';
import type { Recognition } from '../../../engine/recognize';
import { tokenize } from '../../../engine/tokenize';
import { claimsOf } from './story-sentence';

/** The words of `sentence` between token positions [from, to). */
const words = (sentence: string, span: readonly [number, number] | null | undefined) => {
  if (!span) return null;
  const tokens = tokenize(sentence);
  return sentence.slice(tokens[span[0]]?.start, tokens[span[1] - 1]?.end);
};

describe('a relative clause on the opening subject', () => {
  it('runs from "that" or "which" to the main clause’s auxiliary', () => {
    const s = 'The crews that spent the winter on the pier have gone home.';
    expect(words(s, subjectRelative(tokenize(s), s))).toBe('that spent the winter on the pier');
    const t = 'Most ferries which sailed in May were late.';
    expect(words(t, subjectRelative(tokenize(t), t))).toBe('which sailed in May');
  });

  it('is no relative clause after a verb of saying, nor one a report closes', () => {
    for (const s of [
      'The council said that the crews have gone home.',
      // Other verbs of saying before "that" open what is told as well.
      'The harbour board indicated that the crews are now limited to the north pier until May.',
      'The harbour board confirmed that the crews have gone home.',
      'The harbour board that runs the pier announced on Monday that the work is done.',
      'The crews, which spent the winter on the pier, have gone home.',
      'Crews that spent the winter on the pier have gone home.',
    ])
      expect(subjectRelative(tokenize(s), s), s).toBeNull();
  });
});

describe('a known intention named with its content', () => {
  it('runs from its definite word to the next break', () => {
    const s =
      'Residents welcomed the decision to keep the ferry running, saying the bridge was unsafe.';
    const [span] = knownIntentions(tokenize(s), s);
    expect(words(s, span)).toBe('the decision to keep the ferry running');
    const t = 'The mayor kept her pledge to reopen the pier.';
    expect(words(t, knownIntentions(tokenize(t), t)[0])).toBe('her pledge to reopen the pier');
  });

  it('is not a move to a place or a plan to a date, nor an intention announced as new', () => {
    for (const s of [
      'The crews began the move to Portsea on Monday.',
      'They stuck to the plan to 2031.',
      'The council announced a plan to reopen the pier.',
    ])
      expect(knownIntentions(tokenize(s), s), s).toEqual([]);
  });
});

describe('a known arrangement named with its participle', () => {
  it('runs over the noun phrase, or from a preposition’s noun to the next break', () => {
    const s = 'The crossings resumed ahead of the timetable agreed in May, officials said.';
    expect(words(s, arrangedNouns(tokenize(s), s)[0])).toBe('the timetable agreed in May');
    const t = 'The crews kept to the agreed timetable all summer.';
    expect(words(t, arrangedNouns(tokenize(t), t)[0])).toBe('the agreed timetable');
  });

  it('takes one wished for or supposed ("an agreed closure would …") as no report of it', () => {
    const s = 'For the mayor, an agreed closure of the pier would be a win at the polls.';
    expect(words(s, arrangedNouns(tokenize(s), s)[0])).toBe('an agreed closure');
  });

  it('is not the sentence’s own verb after its subject', () => {
    for (const s of [
      'The council agreed in May to reopen the pier.',
      'Their union announced a strike for June.',
    ])
      expect(arrangedNouns(tokenize(s), s), s).toEqual([]);
  });
});

describe('between readings of equal score', () => {
  const reading = (covered: number, presupposed: number): Recognition => ({
    ok: true,
    score: 3,
    covered,
    valued: 0,
    repeated: 0,
    split: 0,
    omitted: 0,
    tense: 0,
    presupposed,
    evidence: () => [],
  });

  it('the one the main clause names wins, before the words each explains', () => {
    const told = reading(3, 0);
    const granted = reading(6, 2);
    if (!told.ok || !granted.ok) throw new Error('readings');
    expect(outranks(told, 1, granted, 0)).toBe(true);
    expect(outranks(granted, 0, told, 1)).toBe(false);
    // Absent counts as none.
    expect(outranks({ ...told, presupposed: undefined } as typeof told, 1, granted, 0)).toBe(true);
  });

  it('a relative clause on the subject yields to what its main clause tells', () => {
    // The departure the groups demanded is what they are; their agreeing is the news.
    expect(
      claimsOf(
        'The armed groups that spent years demanding that US forces leave have agreed to put their weapons under state control.',
        '2026-02-10',
      ),
    ).toEqual(['factions-agree-weapons-to-state']);
  });

  it('a decision welcomed yields to what the welcomers say', () => {
    expect(
      claimsOf(
        'Local officials praised the decision to keep US troops in Erbil, warning that Islamic State cells were still active.',
        '2025-10-10',
      ),
    ).toEqual(['isis-still-threat']);
  });

  it('a claim keyed only in a known arrangement ranks below the main clause’s', () => {
    // The schedule was agreed before; the news is that the drawdown ran ahead of it.
    expect(
      claimsOf(
        'The drawdown from the Baghdad bases ran well ahead of the schedule agreed with Washington in 2024.',
        '2025-10-10',
      ),
    ).toEqual(['pullout-ahead-of-schedule']);
  });
});
