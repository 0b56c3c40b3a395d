import { describe, expect, it } from 'vitest';
import { othersOfThose } from '../../../engine/carry-others';
import { words } from './sentence-words';

const actors = new Set(['crews']);

describe('othersOfThose', () => {
  const before = [
    words('The crews left the Old Pier in May.', [
      ['crews', 'crews'],
      ['pier', 'pier'],
    ]),
    words('Repairs took weeks.'),
  ];

  it('"the other depots" / "the remaining depots" belong to the actors a sentence before named', () => {
    const other = othersOfThose(
      words('The other depots are being wound down.', [['scale-back', 'wound']]),
      before,
      actors,
    );
    expect(other?.hits.map((h) => h.concept)).toEqual(['scale-back', 'crews']);
    expect(other?.hits[1]?.text).toBe('depots (→ "crews")');
    const remaining = othersOfThose(
      words('The harbour master said the remaining depots would shut.', [['closure', 'shut']]),
      before,
      actors,
    );
    expect(remaining?.hits.some((h) => h.concept === 'crews')).toBe(true);
  });

  it('not with an actor of its own, no plural after "the other", or no actor named before', () => {
    expect(
      othersOfThose(
        words('The crews said the other depots would shut.', [['crews', 'crews']]),
        before,
        actors,
      ),
    ).toBeUndefined();
    expect(othersOfThose(words('The other day the depot shut.'), before, actors)).toBeUndefined();
    expect(othersOfThose(words('In the remaining weeks it shut.'), before, actors)).toBeUndefined();
    expect(
      othersOfThose(words('The other depots shut.'), [words('Repairs took weeks.')], actors),
    ).toBeUndefined();
  });

  it('reaches three sentences back, no further', () => {
    const far = [before[0], words('One.'), words('Two.'), words('Three.')];
    expect(othersOfThose(words('The other depots shut.'), far, actors)).toBeUndefined();
  });

  describe('"what remained" / "what is left": the rest of those the sentence right before named', () => {
    const crews = [words('The crews spent May loading trucks.', [['crews', 'crews']])];
    const rest = (text: string, before = crews) =>
      othersOfThose(words(text, [['relocate', 'moved']]), before, actors)?.hits.find(
        (h) => h.concept === 'crews',
      );

    it('bare, "of them", "of it", "what\'s left", or after a noun ("the home of what remained")', () => {
      expect(rest('What remained moved to Ashby.')?.text).toBe('remained (→ "crews")');
      expect(rest('What was left of them moved to Ashby.')).toBeDefined();
      expect(rest('What is left of it moved to Ashby.')).toBeDefined();
      expect(rest("What's left moved to Ashby.")).toBeDefined();
      expect(rest('Ashby became the home of what remained, moved there in June.')).toBeDefined();
    });

    it('not the rest of a noun of its own, a task, or a sentence two back', () => {
      expect(rest('What remained of the market moved to Ashby.')).toBeUndefined();
      expect(rest('What remained to be done moved to Ashby.')).toBeUndefined();
      expect(
        rest('What remained moved to Ashby.', [...crews, words('Repairs took weeks.')]),
      ).toBeUndefined();
    });

    it('not across a change of conflict', () => {
      const elsewhere = { ...crews[0], otherTheatre: 'farland' } as (typeof crews)[number];
      expect(rest('What remained moved to Ashby.', [elsewhere])).toBeUndefined();
    });
  });
});
