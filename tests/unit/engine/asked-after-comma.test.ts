/**
 * A statement, a comma, a joining word and a question opened by a question word: the statement
 * is told, only the question asks (engine/asked-after-comma.ts).
 */
import { describe, expect, it } from 'vitest';
import { askedAfterComma } from '../../../engine/asked-after-comma';
import { framedWords } from './framed-words';
import { claimsOf } from './story-sentence';

const asked = framedWords(askedAfterComma);

describe('a statement followed by ", so who …?"', () => {
  it('asks only after the comma', () => {
    expect(
      asked('The last crews left the north pier in May, so who could blame the town for cheering?'),
    ).toBe('so who could blame the town for cheering');
    expect(asked('The ferry service ended on Friday after forty years, but why now?')).toBe(
      'but why now',
    );
    expect(
      asked('HOST: The pier closed for good last spring, and what happens to the crews?'),
    ).toBe('and what happens to the crews');
  });

  it('is nothing when the sentence opens as a question, there is no join, or no question word', () => {
    expect(asked('Did the crews leave the north pier in May, and why?')).toBeNull();
    expect(asked('Why did the crews leave the north pier, and who paid?')).toBeNull();
    expect(asked('The crews left the north pier in May, who could blame them?')).toBeNull();
    expect(asked('The crews left the north pier in May, and will they come back?')).toBeNull();
    expect(asked('The crews left the north pier in May, so who could blame them.')).toBeNull();
  });

  it('asks after a comma alone when the question points back with "that" or "this"', () => {
    expect(asked('The crews left the north pier in May, does that change your plans?')).toBe(
      'does that change your plans',
    );
    expect(
      asked('CALLER: The ferry board closed the pier, what does this mean for the crews?'),
    ).toBe('what does this mean for the crews');
    // A supposition or a subordinate clause asserts nothing; a question throughout stays one.
    expect(
      asked('If the crews leave the north pier in May, does that change your plans?'),
    ).toBeNull();
    expect(
      asked('When the crews left the north pier in May, did that change your plans?'),
    ).toBeNull();
    expect(asked('Did the crews leave the north pier in May, and does that matter?')).toBeNull();
  });

  it('asks only after ", but" and a yes/no question with a predicate of its own', () => {
    expect(
      asked('The ferry board has a plan to close the north pier, but is it really a closure?'),
    ).toBe('but is it really a closure');
    expect(asked('The crews signed the new contract on Friday, yet will the deal hold?')).toBe(
      'yet will the deal hold',
    );
    // A doubt of the statement itself, a tag, or another join: still a question as a whole.
    expect(asked('The crews left the north pier in May, but did they really?')).toBeNull();
    expect(asked('The crews left the north pier in May, but did they?')).toBeNull();
    expect(asked('Did the crews leave the north pier in May, but is it over?')).toBeNull();
  });

  it('lets the statement be read on the story', () => {
    expect(
      claimsOf(
        'Iranian missiles struck the US base at Harir in Kurdistan, so who can still call Erbil safe?',
        '2026-03-12',
      ),
    ).toContain('iran-strikes-us-base-harir-2026');
  });

  it('reads the statement before ", but is it …?" and not a question alone', () => {
    expect(
      claimsOf(
        'Washington and Baghdad have agreed a timetable to wind down the coalition, but is it a real exit?',
        '2024-10-02',
      ),
    ).toContain('agreement-reached');
    expect(
      claimsOf(
        'Have Washington and Baghdad agreed a timetable to wind down the coalition?',
        '2024-10-02',
      ),
    ).not.toContain('agreement-reached');
  });
});
