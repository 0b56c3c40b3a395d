/**
 * A plan told as done, with no date, on a page written after the plan's date (engine/done-after-due.ts):
 * the plan last due before the page, read with no value; not before its date, not after another
 * plan fell due or an event carried it out, not in a clause of condition, nor when who acts and a
 * bare word of ending are all the sentence names.
 */
import { describe, expect, it } from 'vitest';
import { doneMayTime, toldDoneUntil } from '../../../engine/done-after-due';
import { parsePublished } from '../../../engine/resolve-dates';
import type { Claim } from '../../../engine/types';
import { claimsOf, expectNotCarded, matchesOf } from './story-sentence';

const MISSION = 'mission-end-sept-2026';
const START = 'withdrawal-begins-2024';

describe('a plan told as done after its date, with no date', () => {
  it('takes the plan last due before the page', () => {
    expect(
      claimsOf("The coalition's mission in Iraq has ended, officials in Erbil said.", '2026-10-20'),
    ).toContain(MISSION);
    expect(
      claimsOf(
        'Iraqi officials confirmed that the coalition had wrapped up its mission.',
        '2026-11-03',
      ),
    ).toContain(MISSION);
    expect(
      claimsOf('The first American soldiers have already gone home, an aide said.', '2025-02-11'),
    ).toContain(START);
  });

  it('gives the card no value: the sentence states no date to set against the plan’s', () => {
    const match = matchesOf(
      "The coalition's mission in Iraq has ended, officials in Erbil said.",
      '2026-10-20',
    ).find((m) => m.claim === MISSION);
    expect(match?.value).toBeUndefined();
  });

  it('reads a span measured to the page as news ("weeks after"), not a bare "after" clause', () => {
    expect(
      claimsOf(
        "Weeks after the coalition's mission came to a close, Kurdish units took over the airport patrols.",
        '2026-11-02',
      ),
    ).toContain(MISSION);
    expectNotCarded(
      "After the coalition's mission ended, the trainers of two partners went home.",
      '2026-11-02',
      MISSION,
    );
  });

  it("reads a headline's present of ending, not one of nearing an end", () => {
    expect(claimsOf('Coalition Mission In Iraq Winds Down For Good', '2026-10-14')).toContain(
      MISSION,
    );
    expectNotCarded(
      "Six questions as the coalition's Iraq mission nears its close",
      '2026-10-14',
      MISSION,
    );
  });

  it('is not read on a page before the plan’s date', () => {
    expectNotCarded(
      "The coalition's mission in Iraq has ended, a militia leader declared.",
      '2026-08-15',
      MISSION,
    );
  });

  it('is not read once an event carrying the plan out is past (it is that event)', () => {
    // The first convoys of the story left in August 2025: a start told later is theirs.
    expectNotCarded(
      'The first American soldiers have already gone home, an aide said.',
      '2025-09-15',
      START,
    );
  });

  it('is not read in a condition, a wish, what ought to have been, or with another date', () => {
    for (const sentence of [
      "Once the coalition's mission has ended, the factions say, they will talk about their weapons.",
      "The coalition's mission should have ended long ago, a lawmaker said.",
      "The coalition's mission in Iraq ended in 2014, a reader wrote.",
      "NATO's training mission in Iraq has ended, the alliance said.",
    ])
      expectNotCarded(sentence, '2026-10-20', MISSION);
  });

  it('needs what was done named, not only who acts and a bare word of ending', () => {
    expectNotCarded(
      "The coalition is over, the militia's newspaper declared.",
      '2026-10-20',
      MISSION,
    );
  });
});

describe('the window in which a page may tell a plan as done (toldDoneUntil)', () => {
  const plan = (id: string, due: string, extra: Partial<Claim> = {}): Claim =>
    ({
      id,
      kind: 'plan',
      due,
      statement: id,
      recognize: { require: [] },
      sources: [],
      ...extra,
    }) as unknown as Claim;
  const event = (id: string, happened: string): Claim =>
    ({
      id,
      kind: 'event',
      happened,
      statement: id,
      recognize: { require: [] },
      sources: [],
    }) as unknown as Claim;

  it('runs from the month after its date to the month another plan falls due', () => {
    const first = plan('first', '2025-05');
    const second = plan('second', '2025-09');
    expect(toldDoneUntil(first, [first, second], [])).toBe('2025-09');
    expect(toldDoneUntil(second, [first, second], [])).toBe('9999-12');
  });

  it('ends the month before an event carrying it out happened', () => {
    const first = plan('first', '2025-05');
    expect(toldDoneUntil(first, [first], [event('done', '2025-08-12')])).toBe('2025-07');
    expect(toldDoneUntil(first, [first], [event('done', '2025-05')])).toBe('');
  });

  it('is none for a plan that answers a disputed question', () => {
    const side = plan('side', '2025-12', { position: { question: 'q', position: 'p' } });
    expect(toldDoneUntil(side, [side], [])).toBe('');
  });

  it('lets a page of the window, and none outside it, tell the plan as done', () => {
    const first = plan('first', '2025-05');
    expect(doneMayTime(first, parsePublished('2025-05-30'), '2025-09')).toBe(false);
    expect(doneMayTime(first, parsePublished('2025-06-02'), '2025-09')).toBe(true);
    expect(doneMayTime(first, parsePublished('2025-09-30'), '2025-09')).toBe(true);
    expect(doneMayTime(first, parsePublished('2025-10-01'), '2025-09')).toBe(false);
    expect(doneMayTime(first, parsePublished('2025-06-02'), '')).toBe(false);
  });
});
