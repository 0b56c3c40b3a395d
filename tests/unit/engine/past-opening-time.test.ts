import { describe, expect, it } from 'vitest';
import { pastOpeningTimeEnd } from '../../../engine/past-opening-time';
import { tokenize } from '../../../engine/tokenize';

/** The words of the opening phrase the reading finds, or null. */
const opening = (text: string) => {
  const tokens = tokenize(text);
  const end = pastOpeningTimeEnd(tokens, text);
  return end < 0
    ? null
    : tokens
        .slice(0, end)
        .map((t) => t.raw)
        .join(' ');
};

describe('pastOpeningTimeEnd', () => {
  it('finds a past phrase of time opening the sentence, counted or not', () => {
    expect(
      opening('Three months after the crews handed over the pier, the town asks what will follow.'),
    ).toBe('Three months after the crews handed over the pier');
    expect(opening('After the board closed the pier in May, traders will move to the quay.')).toBe(
      'After the board closed the pier in May',
    );
    expect(opening('Since the ferries left, the harbour has been quiet.')).toBe(
      'Since the ferries left',
    );
    expect(opening('Weeks after the operator quit Portsea, nobody has bought its depot.')).toBe(
      'Weeks after the operator quit Portsea',
    );
  });

  it('reads the body after a dateline', () => {
    expect(opening('PORTSEA — A month after the crews vacated the pier, the gulls are back.')).toBe(
      'PORTSEA A month after the crews vacated the pier',
    );
  });

  it('leaves a phrase with no past verb, or one still to come, to the other readings', () => {
    expect(opening('After the crews leave, a few guards will stay at the pier.')).toBeNull();
    expect(opening('After the handover next month, the pier will reopen.')).toBeNull();
    expect(opening('After the pier was to be handed over, the talks stalled.')).toBeNull();
    // Not opening the sentence: a clause of its own.
    expect(
      opening('The town will change, three months after the crews handed over the pier.'),
    ).toBeNull();
    // A phrase with no comma closing it.
    expect(opening('After the crews handed over the pier the town changed.')).toBeNull();
  });
});
