import { describe, expect, it } from 'vitest';
import { bareTeller, tellersOfTheHeadline } from '../../../engine/bare-teller';
import { words } from './sentence-words';

const actors = new Set(['board', 'official']);
const headline = words('Harbour Board To Close The Old Pier', [['board', 'board']]);

describe('bareTeller', () => {
  const hit = (text: string) => {
    const w = words(text, [['official', /officials/i.test(text) ? 'officials' : 'official']]);
    return bareTeller(w.hits[0] as never, w.tokens);
  };
  it('the bare noun opening the sentence, after plain words or none', () => {
    expect(hit('Officials were careful not to call it a closure.')).toBe(true);
    expect(hit('Senior officials describe the change as a pause.')).toBe(true);
    expect(hit('One official said so.')).toBe(true);
  });
  it('not after a name or an owner, in an aside, or with whose they are after it', () => {
    expect(hit('Lakeland officials call it a pause.')).toBe(false);
    expect(hit("The board's officials call it a pause.")).toBe(false);
    expect(hit('It is a closure, whatever the officials say.')).toBe(false);
    expect(hit('Officials in Ashby call it a pause.')).toBe(false);
  });
});

describe('tellersOfTheHeadline', () => {
  it('bare officials take the actors of the headline', () => {
    const out = tellersOfTheHeadline(
      words('Officials call it a pause.', [['official', 'officials']]),
      headline,
      actors,
    );
    expect(out?.hits.map((h) => h.concept)).toEqual(['official', 'board']);
  });
  it('not with an actor of its own, under a first line ending on a stop, or without a headline actor', () => {
    const own = words('Officials of the board call it a pause.', [
      ['official', 'officials'],
      ['board', 'board'],
    ]);
    expect(tellersOfTheHeadline(own, headline, actors)).toBeUndefined();
    const plain = words('Officials call it a pause.', [['official', 'officials']]);
    const stop = words('The board will close the pier.', [['board', 'board']]);
    expect(tellersOfTheHeadline(plain, stop, actors)).toBeUndefined();
    expect(tellersOfTheHeadline(plain, words('Pier To Close'), actors)).toBeUndefined();
  });
});
