import { describe, expect, it } from 'vitest';
import { plannedPerfect } from '../../../engine/recognize';
import { tokenize } from '../../../engine/tokenize';

const read = (text: string) => plannedPerfect(tokenize(text));

describe('plannedPerfect', () => {
  it('reads "were to have" and "was supposed to have" as a plan as it stood, not as done', () => {
    expect(
      read('Under the old schedule, the ferries were to have left the north pier in May.'),
    ).toBe(true);
    expect(read('The depot was supposed to have closed by the spring.')).toBe(true);
    expect(read('The crews were due to have finished the quay last week.')).toBe(true);
  });

  it('leaves alone what was done and what is still to come', () => {
    expect(read('The ferries left the north pier in May.')).toBe(false);
    expect(read('The ferries are to leave the north pier in May.')).toBe(false);
    expect(read('The crews have left the quay and were glad to have gone.')).toBe(false);
  });
});
