/** A pace after a verb of foreseeing in the past is a surprise, not a question (engine/foreseen-pace.ts). */
import { describe, expect, it } from 'vitest';
import { foreseenPace } from '../../../engine/foreseen-pace';
import { tokenize } from '../../../engine/tokenize';

const at = (text: string) => {
  const tokens = tokenize(text);
  return foreseenPace(
    tokens,
    tokens.findIndex((t) => t.norm === 'how'),
  );
};

describe('foreseenPace', () => {
  it('is "how quickly" after a verb of foreseeing in the past', () => {
    expect(at('Few would have predicted how quickly the old pier would empty.')).toBe(true);
    expect(at('Nobody expected how fast the crews left the island.')).toBe(true);
    expect(at('Hardly anyone foresaw how soon the ferry line would close.')).toBe(true);
  });

  it('is not a pace still asked: a present verb, a look ahead, no verb of foreseeing', () => {
    expect(at('No one can predict how quickly the crews will leave.')).toBe(false);
    expect(at('The board has not predicted how quickly the crews will leave.')).toBe(false);
    expect(at('How fast the crews leave depends on the tides.')).toBe(false);
    expect(at('It is unclear how quickly the pier will empty.')).toBe(false);
  });
});
