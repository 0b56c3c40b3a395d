/**
 * engine/carry-refusal.ts: a refusal with no object of its own refuses what the sentence before
 * told. Made-up sentences of a ferry story.
 */
import { describe, expect, it } from 'vitest';
import { refusesWhatWasTold } from '../../../engine/carry-refusal';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { words as sentenceWords } from './sentence-words';

const ACTORS = new Set(['crews']);
const told = sentenceWords('The board said several crews were ready to hand back their berths.', [
  ['crews', 'crews'],
  ['hand-back', 'hand'],
]);
const concepts = (w: SentenceWords | undefined) => w?.hits.map((h) => h.concept) ?? [];

describe('refusesWhatWasTold', () => {
  it('"Two of them, the Ashby crews, said no.": the refusal takes what the sentence before told', () => {
    const no = sentenceWords('Two of the largest, the Ashby and Portsea crews, said no.', [
      ['crews', 'crews'],
      ['refuse', 'said'],
    ]);
    const read = refusesWhatWasTold(no, told, ACTORS);
    expect(concepts(read)).toEqual(['crews', 'refuse', 'hand-back']);
    expect(read?.hits[2]?.text).toBe('said (→ "hand")');
    expect(
      concepts(refusesWhatWasTold(sentenceWords('Most of them refused.'), told, ACTORS)),
    ).toEqual(['crews', 'hand-back']);
  });

  it('"… refused to follow", "declined to do the same": the refusal of the act told before', () => {
    for (const text of [
      'The Ashby crews, the biggest of them, have refused to follow.',
      'Most of them declined to do the same.',
      'Two crews refused to follow suit.',
    ]) {
      const hits: [string, string][] = text.includes('crews') ? [['crews', 'crews']] : [];
      expect(concepts(refusesWhatWasTold(sentenceWords(text, hits), told, ACTORS)), text).toContain(
        'hand-back',
      );
    }
    // A refusal to do something named is its own: nothing is carried.
    expect(
      refusesWhatWasTold(sentenceWords('Most of them refused to sail.'), told, ACTORS),
    ).toBeUndefined();
  });

  it('"… said that they would not go along": the refusal from its modal takes it too', () => {
    const along = sentenceWords(
      'Two crews, Ashby and Portsea, said that they would not go along.',
      [
        ['crews', 'crews'],
        ['refuse', 'not'],
      ],
    );
    const read = refusesWhatWasTold(along, told, ACTORS);
    expect(concepts(read)).toEqual(['crews', 'refuse', 'hand-back']);
    expect(read?.hits[2]?.text).toBe('would (→ "hand")');
  });

  it('not a refusal that goes on, is a condition, tells more of its own, or is no one’s', () => {
    for (const text of [
      'Two crews refused to comment.',
      'Nobody knows what happens if the crews refused.',
      'It was a long day.',
    ])
      expect(refusesWhatWasTold(sentenceWords(text), told, ACTORS), text).toBeUndefined();
    const own = sentenceWords('The crews sold their boats; the Ashby crew refused.', [
      ['crews', 'crews'],
      ['sale', 'sold'],
    ]);
    expect(refusesWhatWasTold(own, told, ACTORS)).toBeUndefined();
  });
});
