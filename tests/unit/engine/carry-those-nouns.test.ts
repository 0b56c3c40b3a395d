import { describe, expect, it } from 'vitest';
import { thoseNamedAgain } from '../../../engine/carry-those-nouns';
import { words } from './sentence-words';

const places = new Set(['old-pier']);
const before = words('The ferry crews share the Old Pier with Portsea pilots.', [
  ['crews', 'crews'],
  ['old-pier', 'pier'],
  ['portsea-side', 'portsea'],
  ['pilots', 'pilots'],
]);

describe('thoseNamedAgain', () => {
  it('"those <noun>" takes what the sentence before gave that noun and the word before it', () => {
    const read = thoseNamedAgain(
      words('Most of those pilots left in May.', [['left', 'left']]),
      before,
      places,
    );
    // The Portsea pilots, not the crews nor the pier.
    expect(read?.hits.map((h) => h.concept)).toEqual(['left', 'portsea-side', 'pilots']);
    expect(read?.hits[1]?.inferred).toBe(true);
  });

  it('nothing for a noun the sentence before did not use, "those who", or no demonstrative', () => {
    expect(
      thoseNamedAgain(words('Most of those boats left in May.'), before, places),
    ).toBeUndefined();
    expect(
      thoseNamedAgain(words('Those who left in May came back.'), before, places),
    ).toBeUndefined();
    expect(thoseNamedAgain(words('The pilots left in May.'), before, places)).toBeUndefined();
    expect(thoseNamedAgain(words('Those pilots left.'), undefined, places)).toBeUndefined();
  });

  it('"condemned the strike, which …": a clause after a comma adds to the strike told before', () => {
    const struck = words('A Portsea strike closed the pier.', [
      ['portsea-side', 'portsea'],
      ['strike', 'strike'],
    ]);
    const read = (text: string) =>
      thoseNamedAgain(words(text), struck, places)?.hits.map((h) => h.concept);
    expect(read('The council condemned the strike, which hit a depot.')).toEqual([
      'portsea-side',
      'strike',
    ]);
    // A clause with no comma tells which strike: one of its own.
    expect(read('The council condemned the strike which hit a depot.')).toBeUndefined();
    expect(read('The council condemned the strike that followed.')).toBeUndefined();
  });
});
