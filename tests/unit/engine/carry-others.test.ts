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
});
