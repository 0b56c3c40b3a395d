/** "Others" giving a view is not the rest of a group (engine/others-speak.ts). */
import { describe, expect, it } from 'vitest';
import { othersSpeak } from '../../../engine/others-speak';
import { tokenize } from '../../../engine/tokenize';

const at = (text: string) => {
  const tokens = tokenize(text);
  return othersSpeak(
    tokens,
    tokens.findIndex((t) => t.norm === 'others'),
  );
};

describe('othersSpeak', () => {
  it('is "others" as the subject of a verb of saying or thinking', () => {
    expect(at('Others point out that the barges left in March.')).toBe(true);
    expect(at('Others say the crews will stay.')).toBe(true);
    expect(at('Others also argue that the pier should close.')).toBe(true);
  });

  it('is not the rest of a group doing something', () => {
    expect(at('Some barges sailed west, others north to Ashby.')).toBe(false);
    expect(at('Others remained at the depot until May.')).toBe(false);
    expect(at('A few crews left in March and others followed.')).toBe(false);
  });
});
