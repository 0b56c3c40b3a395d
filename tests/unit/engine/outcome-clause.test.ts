/**
 * What came of it, told after a semicolon (engine/outcome-clause.ts): the statement before is
 * the foil, what was said would happen; the outcome is what the sentence reports.
 */
import { describe, expect, it } from 'vitest';
import { outcomeStatement } from '../../../engine/outcome-clause';
import { tokenize } from '../../../engine/tokenize';
import { claimsOf, matchesOf } from './story-sentence';

const outcome = (sentence: string) => {
  const tokens = tokenize(sentence);
  const found = outcomeStatement(tokens, sentence);
  return found && sentence.slice(tokens[found[1]]?.start);
};

describe('the statement of what came of it', () => {
  it('opens after a semicolon on a word of outcome', () => {
    expect(
      outcome('The board said the pier would close in May; in the end, it shut in June.'),
    ).toBe('it shut in June.');
    expect(outcome('Crews were to leave by March; in the event they stayed until May.')).toBe(
      'they stayed until May.',
    );
    expect(outcome('The ferry was due on Friday; but eventually it came on Sunday.')).toBe(
      'it came on Sunday.',
    );
  });

  it('is none without a semicolon or an opener (near misses)', () => {
    for (const s of [
      'In the end, the pier shut in June.',
      'The board said the pier would close, in the end, in May.',
      'The board said the pier would close in May; the crews said June.',
      'The board met; in the end.',
    ])
      expect(outcome(s)).toBeNull();
  });
});

describe('claims read with a foil and an outcome', () => {
  it('reads what came of it, not the plan told as the foil', () => {
    expect(
      claimsOf(
        'Iraqi commanders announced in late December that the base at Ain al-Asad would be in Iraqi hands the following week; in the event, the army did not take full control until the middle of January.',
        '2026-03-01',
      ),
    ).toEqual(['ain-al-asad-handed-over-jan-2026']);
  });

  it('--explain says the plan lost as the foil, not by a score it may have won', () => {
    const [card] = matchesOf(
      'Iraqi commanders announced in late December that the base at Ain al-Asad would be in Iraqi hands the following week; in the event, the army did not take full control until the middle of January.',
      '2026-03-01',
      true,
    );
    expect(card?.evidence?.map((e) => e.detail)).toContain(
      'won over ain-al-asad-handover-dec-2025: the other is the plan told only as the foil of what came of it',
    );
  });

  it('keeps the plan when the outcome tells nothing the story knows (near miss)', () => {
    expect(
      claimsOf(
        'Iraqi commanders said in late December that the Americans would hand Ain al-Asad back the following week; in the end, nobody in the nearby town seemed to mind.',
        '2026-01-02',
      ),
    ).toEqual(['ain-al-asad-handover-dec-2025']);
  });
});
