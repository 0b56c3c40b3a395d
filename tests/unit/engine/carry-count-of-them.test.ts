import { describe, expect, it } from 'vitest';
import { countOfThem } from '../../../engine/carry-count-of-them';
import { words } from './sentence-words';

const places = new Set(['old-pier']);
const before = words(
  'Under the 2019 deal, several hundred harbour pilots stay at the Old Pier with the crews.',
  [
    ['deal', 'deal'],
    ['pilots', 'pilots'],
    ['remain', 'stay'],
    ['old-pier', 'pier'],
    ['crews', 'crews'],
  ],
);

describe('countOfThem', () => {
  it('"<figure> of them" takes what the figure of the sentence before counted', () => {
    const read = countOfThem(
      words('About two hundred of them will sail on.', [['sail', 'sail']]),
      before,
      places,
    );
    // The pilots and their staying, not the deal before the figure nor the pier or the crews
    // told after what it counted.
    expect(read?.hits.map((h) => h.concept)).toEqual(['sail', 'pilots', 'remain']);
    expect(read?.hits[1]?.text).toBe('them (→ "pilots")');
  });

  it('nothing without "<figure> of them", or with no count before (a year is none)', () => {
    expect(countOfThem(words('Most of them will sail on.'), before, places)).toBeUndefined();
    const dated = words('The 2019 deal kept the pilots.', [['pilots', 'pilots']]);
    expect(countOfThem(words('Two of them will sail on.'), dated, places)).toBeUndefined();
    expect(countOfThem(words('Two of them will sail on.'), undefined, places)).toBeUndefined();
  });
});
