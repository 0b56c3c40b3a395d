/**
 * A question put after a statement and a dash asks; the statement before it is told, as it is
 * before a colon or a semicolon (engine/asked-after-colon.ts). So is one whose question opens on
 * the name of the one asked. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { askedAfterColon } from '../../../engine/asked-after-colon';
import { framedWords } from './framed-words';
import { claimsOf } from './story-sentence';

describe('a question after a statement and a dash', () => {
  const asked = framedWords(askedAfterColon);

  it('is the part after an em dash, an en dash or a spaced hyphen', () => {
    expect(asked('The crews left the pier this month — were you surprised?')).toBe(
      'were you surprised',
    );
    expect(asked('Critics say the ferry should keep running – do you agree?')).toBe('do you agree');
    expect(asked('The board closed the pier in May - did that hurt the town?')).toBe(
      'did that hurt the town',
    );
  });

  it('is nothing when the words before the dash ask too, or no question follows it', () => {
    expect(asked('Did the crews leave in May — or only some of them?')).toBeNull();
    expect(asked('Will the pier close — and will anyone stay?')).toBeNull();
    expect(asked('The crews left in May — the island and its ferries?')).toBeNull();
    expect(asked('The well-known ferry left in May, didn’t it?')).toBeNull();
  });

  it('reads the statement before it on the story', () => {
    expect(
      claimsOf(
        'Germany and Norway took their soldiers out of Erbil this month — did that surprise you?',
        '2026-02-20',
      ),
    ).toContain('partners-leave-erbil-feb-2026');
  });
});

describe('a question opening on the name of the one asked', () => {
  const asked = framedWords(askedAfterColon);

  it('is the part after the semicolon, the name included', () => {
    expect(asked('The crews left the pier in May; Captain Hale, was that the right call?')).toBe(
      'Captain Hale was that the right call',
    );
    expect(asked('The crews left the pier in May: Minister, will you reopen it?')).toBe(
      'Minister will you reopen it',
    );
  });

  it('is nothing when no question follows the name', () => {
    expect(
      asked('The crews left the pier in May; Captain Hale, the harbour master, agreed?'),
    ).toBeNull();
    expect(
      asked('The crews left the pier in May; the town, its boats and its ferries?'),
    ).toBeNull();
  });
});
