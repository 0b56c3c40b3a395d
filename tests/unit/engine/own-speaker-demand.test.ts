/**
 * A stated position needs its own speaker (recognize.speakers, engine/own-speaker.ts), and a
 * demand is not the plan it demands (engine/recommends.ts, `demanded`). Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { openingTeller } from '../../../engine/attribution';
import { tokenize } from '../../../engine/tokenize';
import { claimsOf } from './story-sentence';

describe('a stated position is carded only with its own speaker', () => {
  it('does not give the region president’s claim to army officers saying something alike', () => {
    expect(
      claimsOf(
        'Iraqi army officers said their units would still need coalition partners to service the helicopters.',
        '2026-02-10',
      ),
    ).not.toContain('kurdistan-still-needs-coalition');
  });

  it('still cards the region’s president, named by title, saying it in other words', () => {
    expect(
      claimsOf(
        'The president of the Kurdistan Region said this week that Iraq still depends on the coalition against ISIS.',
        '2025-10-25',
      ),
    ).toContain('kurdistan-still-needs-coalition');
  });

  it('still cards the claim with the speaker named only by a title ("its president")', () => {
    expect(
      claimsOf(
        'Its president said this week that Iraq still depends on the coalition against ISIS.',
        '2025-10-25',
      ),
    ).toContain('kurdistan-still-needs-coalition');
  });

  it('still cards the claim when the president is named in a closing attribution', () => {
    expect(
      claimsOf(
        'Both Baghdad and the Kurdish region still rely on the coalition to keep ISIS down, Nechirvan Barzani said.',
        '2025-10-25',
      ),
    ).toContain('kurdistan-still-needs-coalition');
  });

  it('does not give Baghdad’s aim to base staff, with Baghdad only carried from before', () => {
    expect(
      claimsOf(
        'The coalition is to leave its offices in Baghdad next year. Staff at the airfield said crating had begun for gear that is not needed in daily work.',
        '2024-09-20',
      ),
    ).not.toContain('baghdad-seeks-end-of-presence');
  });

  it('still cards Baghdad’s aim reported by another voice that names Baghdad', () => {
    expect(
      claimsOf(
        'Western diplomats said Baghdad wants the coalition’s mission ended and foreign troops gone.',
        '2024-09-20',
      ),
    ).toContain('baghdad-seeks-end-of-presence');
  });

  it('still cards Baghdad’s aim told by the prime minister', () => {
    expect(
      claimsOf(
        "Prime Minister al-Sudani said his government's aim is to end the coalition's mission in Iraq.",
        '2024-09-20',
      ),
    ).toContain('baghdad-seeks-end-of-presence');
  });

  it('finds the opening teller only before a verb of saying, with no break in the subject', () => {
    const text = 'Two harbour pilots told reporters the tugs stay.';
    expect(openingTeller(tokenize(text), text)).toEqual([0, 3]);
    const broken = 'The pilots, tired of waiting, said the tugs stay.';
    expect(openingTeller(tokenize(broken), broken)).toBeUndefined();
    const none = 'The tugs stay at the pier until the spring.';
    expect(openingTeller(tokenize(none), none)).toBeUndefined();
  });
});

describe('a demand is not the plan it demands', () => {
  const exit = 'full-exit-2026';
  it.each([
    'Members of parliament demanded that every foreign soldier be out of the country by the end of 2026.',
    'The chamber backed a motion requiring all coalition troops to quit Iraq by the end of 2026.',
    'Several parties called for the last coalition forces to pull out by the end of 2026.',
    'Lawmakers urged the cabinet to get the remaining coalition troops out by the end of 2026.',
  ])('does not card the exit plan on a demand: %s', (sentence) => {
    expect(claimsOf(sentence, '2025-03-10')).not.toContain(exit);
  });

  it('still cards the plan when an arrangement calls for it (its own terms)', () => {
    expect(
      claimsOf(
        'The agreement calls for the last coalition forces to pull out by the end of 2026.',
        '2025-03-10',
      ),
    ).toContain(exit);
  });

  it('still cards the plan told outright', () => {
    expect(
      claimsOf(
        'The remaining coalition troops will leave Iraq by the end of 2026, officials said.',
        '2025-03-10',
      ),
    ).toContain(exit);
  });
});
