/**
 * engine/person-named.ts: words that name an actor as a person (an office, or a name beside one),
 * which a later "it" never stands for.
 */
import { describe, expect, it } from 'vitest';
import { namedAsPerson } from '../../../engine/person-named';
import { sentence } from './sentence-words';

function named(text: string, words: string): boolean {
  const s = sentence(text, [['actor', words]]);
  return namedAsPerson(s.hits[0] as (typeof s.hits)[number], s.tokens, s.text);
}

describe('namedAsPerson', () => {
  it('reads an office or role as a person', () => {
    expect(named('The plan is a win for the prime minister.', 'the prime minister')).toBe(true);
    expect(named('A senior commander met the crews.', 'A senior commander')).toBe(true);
  });

  it('reads a name set beside an office, after a comma, as a person', () => {
    expect(named('It helps the mayor, Anna van der Berg, at home.', 'Berg')).toBe(true);
    expect(named('It helps the mayor, Anna Lind, at home.', 'Anna Lind')).toBe(true);
  });

  it('leaves bodies, places and an "official" that is an adjective alone', () => {
    expect(named('The Harbour Commission met the crews.', 'The Harbour Commission')).toBe(false);
    expect(named('An official announcement is expected.', 'official')).toBe(false);
    expect(named('It helps the mayor and Portsea, at home.', 'Portsea')).toBe(false);
  });
});
