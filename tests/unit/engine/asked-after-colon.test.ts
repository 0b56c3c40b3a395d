/**
 * A statement closed by a colon that introduces a question tells what stands before the colon;
 * the question after it asks (engine/asked-after-colon.ts).
 */
import { describe, expect, it } from 'vitest';
import { askedAfterColon } from '../../../engine/asked-after-colon';
import { framedWords } from './framed-words';
import { claimsOf, describeWordings } from './story-sentence';

const asked = framedWords(askedAfterColon);

describe('a question after a statement and a colon', () => {
  it('is the part after the colon', () => {
    expect(asked('The pier closes in May, and one worry is growing: will the ferries stop?')).toBe(
      'will the ferries stop',
    );
    expect(asked("With the bridge shut, the town asks itself: what comes next?'")).toBe(
      'what comes next',
    );
  });

  it('is nothing when the colon opens no question, or there is no question', () => {
    expect(asked('One question remains: the ferries, and when they stop?')).toBeNull();
    expect(asked('The council said one thing: the pier closes in May.')).toBeNull();
  });

  it('is nothing after a label, a supposition, or a question before the colon', () => {
    expect(asked('Q: Will the pier close?')).toBeNull();
    expect(asked('Suppose the pier closed in May: would the ferries stop?')).toBeNull();
    expect(asked('Will the pier close? The mayor asks one more: when would it reopen?')).toBeNull();
  });
});

describeWordings('the statement before the question is read', [
  [
    'a plan stated before a colon and a question',
    "With the coalition's mission in Iraq due to end in September, the old argument is back: will Iran fill the gap?",
    '2026-06-15',
    'mission-end-sept-2026',
  ],
]);

describe('the question itself', () => {
  it('still asserts nothing', () => {
    expect(
      claimsOf(
        'Lawmakers are split on one point: will the coalition mission in Iraq end in September?',
        '2026-06-15',
      ),
    ).toEqual([]);
  });
});
