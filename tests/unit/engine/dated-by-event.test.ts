/**
 * "after"/"before"/"following" and a time of the calendar owning one noun ("before last year's
 * drawdown") date the clause, as "after the handover," does: taken for granted, not told
 * (engine/find-frames.ts, datedEventEnd).
 */
import { describe, expect, it } from 'vitest';
import { framed } from './sentence-words';
import { describeWordings } from './story-sentence';

describe('a time owned by the calendar after "before"/"after"', () => {
  it('is a frame at the end of the sentence or before a break', () => {
    expect(framed("The crews worked from the pier before last year's closure.")).toEqual([
      "before last year's closure",
    ]);
    expect(framed("Ferries docked there after this summer's repairs, the port said.")).toEqual([
      "after this summer's repairs",
    ]);
  });

  it('is no frame when more words follow the noun, or a figure stands there', () => {
    expect(framed("The crews left before last year's closure of the pier.")).toEqual([]);
    expect(framed("The crews left before last year's 2,000 were hired.")).toEqual([]);
  });

  it('leaves "after the handover." at the sentence end as the clause\'s own news', () => {
    expect(framed('The crews left the pier after the handover.')).toEqual([]);
  });
});

describeWordings('an exclusion named only in that time excludes nothing', [
  [
    'bases where troops were "before last year\'s drawdown"',
    "American troops were based at Victoria, Ain al-Asad and Erbil before last year's drawdown.",
    '2026-03-15',
    'us-forces-at-three-bases',
  ],
]);
