/**
 * A statement closed by a short tag asking to confirm it is told; only the tag asks
 * (engine/asked-in-tag.ts).
 */
import { describe, expect, it } from 'vitest';
import { askedInTag } from '../../../engine/asked-in-tag';
import { framedWords } from './framed-words';
import { claimsOf } from './story-sentence';

const tagged = framedWords(askedInTag);

describe('a statement closed by a tag asking to confirm it', () => {
  it('asks only in the tag', () => {
    expect(tagged('The ferry crews left the north pier in May, is that right?')).toBe(
      'is that right',
    );
    expect(tagged('HOST: People say the pier closes for good next spring, so is that true?')).toBe(
      'so is that true',
    );
    expect(tagged("The crews have already gone home to Portsea, haven't they?")).toBe(
      "haven't they",
    );
    expect(tagged('The last ferry sailed on Friday from the old pier, right?')).toBe('right');
  });

  it('asks in a plain tag after a negative statement', () => {
    expect(tagged('Nobody wants to shut the north pier in the middle of a storm, do they?')).toBe(
      'do they',
    );
    expect(tagged('Moving the crews to Portsea is hardly a defeat for the union, is it?')).toBe(
      'is it',
    );
    expect(tagged('Do the crews want to stay at the north pier this winter, do they?')).toBeNull();
  });

  it('reads "what" before a subject pronoun as a clause naming a thing, not a question', () => {
    expect(tagged("What it still lacks is the harbour board's final vote, isn't it?")).toBe(
      "isn't it",
    );
    expect(
      tagged('What did the crews do after the north pier closed in May, did they?'),
    ).toBeNull();
  });

  it('is nothing when the words before open a question, or there is no tag', () => {
    expect(tagged('Will the crews leave the pier this May, or not?')).toBeNull();
    expect(tagged('HOST: Did the crews leave the north pier in May, right?')).toBeNull();
    expect(tagged('The crews left in May, but where did they go next?')).toBeNull();
    expect(tagged('The crews left the north pier in May, is that right.')).toBeNull();
  });

  it('lets the statement be read on the story', () => {
    expect(
      claimsOf(
        'Washington and Baghdad have agreed on a timetable for the coalition to leave Iraq, is that right?',
        '2024-09-20',
      ),
    ).toContain('agreement-reached');
  });
});
