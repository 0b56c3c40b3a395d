import { describe, expect, it } from 'vitest';
import { leaveGives } from '../../../engine/leave-gives';
import { tokenize } from '../../../engine/tokenize';

const givesAt = (text: string) => {
  const tokens = tokenize(text);
  return leaveGives(
    tokens,
    tokens.findIndex((t) => /^(leave|leaves|leaving|left)$/.test(t.norm)),
    text,
  );
};

describe('leaveGives', () => {
  it('reads "leave" giving someone something, or leaving things open, as no departure', () => {
    expect(givesAt('The timetable leaves both river towns room to argue for months.')).toBe(true);
    expect(givesAt('The new fare leaves the ferry crews little time to refuel.')).toBe(true);
    expect(givesAt('The council left the pier question open.')).toBe(true);
    expect(givesAt('That leaves the north pier as the last berth in Riverton.')).toBe(true);
  });

  it('leaves a departure alone', () => {
    expect(givesAt('The ferry crews leave the Old Pier in May.')).toBe(false);
    expect(givesAt('The crews left in time for the storm.')).toBe(false);
    expect(givesAt('The ferry left Portsea, giving the pier crews time to rest.')).toBe(false);
    // A modal opens a predicate of its own: the leaving is judged, nothing is left open (fit21).
    expect(givesAt('Critics say leaving too early could open the pier to looters.')).toBe(false);
    expect(givesAt('Leaving the pier now would leave room for rivals.')).toBe(false);
    expect(givesAt('The last crews will leave open water by May.')).toBe(false);
    expect(givesAt('A convoy that leaves the pier tonight carries the last crews.')).toBe(false);
  });

  it('reads "left behind" closing the phrase of a thing as what stayed, not a departure', () => {
    expect(givesAt('Inspectors counted the cranes and sheds left behind.')).toBe(true);
    expect(givesAt('The ferry operator sold the boats left behind at the pier.')).toBe(true);
    expect(givesAt('Tools left behind by the crews were sold, the council said.')).toBe(true);
    // An object after it, or a subject before it: the crews leaving.
    expect(givesAt('The crews left behind three boats when they sailed.')).toBe(false);
    expect(givesAt('They left behind a quiet pier.')).toBe(false);
    expect(givesAt('The Riverton crews had left behind nothing.')).toBe(false);
  });
});
