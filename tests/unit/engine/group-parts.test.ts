import { describe, expect, it } from 'vitest';
import { type GroupReading, groupParts, onePartHolds } from '../../../engine/group-parts';
import { phraseWords } from './sentence-words';

const groups: GroupReading = {
  subjects: [
    'the rest',
    'the bulk of',
    'others',
    'those in',
    'most of',
    'some of',
    'some crews',
  ].map((s) => s.split(' ')),
  actors: new Set(['crews']),
};

/** The parts' opening words ("" for the first), or null. */
function openings(text: string): string[] | null {
  const w = phraseWords(text);
  const bounds = groupParts(w, groups);
  if (bounds === null) return null;
  return bounds.slice(0, -1).map((b) => (b === 0 ? '' : (w.tokens[b]?.norm ?? '')));
}

describe('groupParts', () => {
  it('opens a part on another group after a comma, a semicolon, "while", "but" or ", and"', () => {
    expect(
      openings('A few dozen engineers stay at the pier, the rest move to the island.'),
    ).toEqual(['', 'the']);
    expect(openings('The engineers stay for now while the bulk of the crews leave.')).toEqual([
      '',
      'while',
    ]);
    expect(openings('Some engineers stayed; others sailed for the island.')).toEqual([
      '',
      'others',
    ]);
    expect(openings('A few engineers stay on, and the rest go home.')).toEqual(['', 'and']);
    expect(openings('A few engineers stay on but the rest go home.')).toEqual(['', 'but']);
  });

  it('not "and" joining two nouns, nor the group opening the sentence', () => {
    expect(openings('The engineers and the rest of the crews stay at the pier.')).toBeNull();
    expect(openings('The rest moved to the island, the council said.')).toBeNull();
    // A phrase fronted before the subject is no part of its own.
    expect(openings('In the port, some crews stay on.')).toBeNull();
    expect(openings('Having sailed to the island, the bulk of the crews stay there.')).toBeNull();
    expect(openings('The engineers stay in the port, some crews sail.')).toEqual(['', 'some']);
    expect(openings('Those at the pier stay, those in the port leave.')).toEqual(['', 'those']);
  });

  it('not a group with no verb of its own: the verb before is said of it too', () => {
    // "most of them on the island": fewer than 500 stay, most of those who stay on the island.
    expect(openings('Fewer than 500 will stay, most of them on the island.')).toBeNull();
    expect(openings('Some went east by road, others north to the island.')).toBeNull();
    expect(openings('The first ferries left at night, others heading for the island.')).toBeNull();
    expect(openings('The ferries left, most of the remaining crews heading east.')).toBeNull();
    // After "of", the noun it names is passed over.
    expect(openings('The engineers stay, but the bulk of the crews leave.')).toEqual(['', 'but']);
    expect(openings('The engineers stay, but the bulk of the crews in the port.')).toBeNull();
  });
});

describe('onePartHolds', () => {
  const w = phraseWords('A few engineers stay at the pier, the rest move to the island.', {
    stay: 'remain',
    engineers: 'crews',
    'the island': 'island',
    move: 'relocate',
  });
  const bounds = groupParts(w, groups) as number[];
  const hitsOf = (concept: string) => w.hits.flatMap((h, k) => (h.concept === concept ? [k] : []));
  const holds = (require: string[][]) =>
    onePartHolds(require, w.hits, hitsOf, bounds, groups.actors);

  it('a claim whose verb and place are told of one group holds', () => {
    expect(holds([['remain'], ['crews']])).toBe(true);
    expect(holds([['island'], ['relocate'], ['crews']])).toBe(true);
  });

  it('a claim joining the stay of one group to the place of the other does not', () => {
    expect(holds([['remain'], ['island'], ['crews']])).toBe(false);
  });

  it('who they are counts from a part before, not from a later one', () => {
    const later = phraseWords('Most stay at the pier, while some crews sail to the island.', {
      stay: 'remain',
      'the pier': 'pier',
      crews: 'crews',
      sail: 'relocate',
      'the island': 'island',
    });
    const at = groupParts(later, groups) as number[];
    const of = (concept: string) =>
      later.hits.flatMap((h, k) => (h.concept === concept ? [k] : []));
    // "some crews" are named only in the part after the stay: nothing tells who stays.
    expect(onePartHolds([['remain'], ['pier'], ['crews']], later.hits, of, at, groups.actors)).toBe(
      false,
    );
    expect(
      onePartHolds([['relocate'], ['island'], ['crews']], later.hits, of, at, groups.actors),
    ).toBe(true);
    expect(holds([['relocate'], ['island'], ['crews']])).toBe(true);
  });

  it('a hit carried from the sentence before counts in any part', () => {
    const carried = {
      ...w,
      hits: [...w.hits, { concept: 'port', from: 0, to: 1, text: 'A', inferred: true }],
    };
    const of = (concept: string) =>
      carried.hits.flatMap((h, k) => (h.concept === concept ? [k] : []));
    expect(onePartHolds([['relocate'], ['port']], carried.hits, of, bounds, groups.actors)).toBe(
      true,
    );
  });
});
