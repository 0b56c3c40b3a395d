/**
 * "it" after a body's verb of saying is the body telling of itself (engine/speaker-it.ts): the
 * carry that lets "it" stand for a name the sentence before gave leaves it alone.
 */
import { describe, expect, it } from 'vitest';
import { carryContext } from '../../../engine/carry-context';
import { itIsTheSpeaker, tellerOfNoBody } from '../../../engine/speaker-it';
import { tokenize } from '../../../engine/tokenize';
import { sentence } from './sentence-words';

/** Where the first "it" of the sentence stands, and whether it is the speaker. */
function speaker(text: string): boolean {
  const tokens = tokenize(text);
  return itIsTheSpeaker(
    tokens,
    tokens.findIndex((t) => t.norm === 'it'),
  );
}

describe('itIsTheSpeaker', () => {
  it('reads "it" after a body\'s "said", past a short time or "in a statement", as that body', () => {
    for (const text of [
      "The harbour board's ferry office said on Tuesday it was reviewing the crews' safety.",
      'The ferry company said it would keep two boats in service.',
      'The council said last week it had taken no decision.',
      'The committee announced in a statement it would meet again.',
      'The ministry said that it was studying the request.',
    ])
      expect(speaker(text), text).toBe(true);
  });

  it('reads "it" after a participle of saying as the body heading the clause it hangs on', () => {
    for (const text of [
      'The harbour board condemned the strike, adding it was in touch with both ports.',
      "10:31 GMT — The port's council has criticised the closure, saying it had not been told.",
    ])
      expect(speaker(text), text).toBe(true);
    // A person heading it, or a body named only far into the sentence, is left to the readings
    // that look back.
    for (const text of [
      'The mayor praised the crews, adding it had been a long winter.',
      'After a long night of talks with the crews and the pilots, the council met again, adding it would wait.',
    ])
      expect(speaker(text), text).toBe(false);
  });

  it('not after a person, a pronoun or a name, nor "it" far from the verb', () => {
    for (const text of [
      'The mayor said it would again be the basis of their ties.',
      'He said it kept a promise made to the crews.',
      'Riverton said it would wait.',
      'The council said the crews, who had waited all winter, found it hard.',
    ])
      expect(speaker(text), text).toBe(false);
  });
});

describe('carryContext: no name carried to a body\'s own "it"', () => {
  const accord = sentence('The Harbour Accord was signed in 2008 by the mayor.', [
    ['accord', 'Harbour Accord'],
  ]);
  const places = new Set(['portsea']);

  it('carries the name to a person\'s "said it", not to a body\'s', () => {
    const mayor = sentence('The mayor said it would again be the basis of their ties.', [
      ['ties', 'ties'],
    ]);
    expect(
      carryContext(mayor, accord, places, places, false)?.words.hits.map((h) => h.concept),
    ).toEqual(['ties', 'accord']);
    const board = sentence('The board said on Friday it would again review their ties.', [
      ['ties', 'ties'],
    ]);
    const carried = carryContext(board, accord, places, places, false);
    expect(carried?.words.hits.map((h) => h.concept) ?? ['ties']).toEqual(['ties']);
  });
});

describe('tellerOfNoBody: an "it" that tells stands for a body or a text', () => {
  const tokens = tokenize('The advisers, the 250 it cited to justify them, have gone.');
  const at = tokens.findIndex((t) => t.norm === 'it');

  it('not for an event or a deed a name told', () => {
    expect(tellerOfNoBody(tokens, at, 'building')).toBe(true);
    expect(tellerOfNoBody(tokens, at, 'gone')).toBe(true);
  });
  it('for a body or a text, and any name when "it" tells nothing', () => {
    expect(tellerOfNoBody(tokens, at, 'commission')).toBe(false);
    expect(tellerOfNoBody(tokens, at, 'accord')).toBe(false);
    const does = tokenize('It was a long goodbye.');
    expect(tellerOfNoBody(does, 0, 'building')).toBe(false);
  });

  it('keeps a Title Case headline\'s deed from the teller "it" of the sentence after', () => {
    const places = new Set(['old-pier']);
    const headline = sentence('Old Pier: The Crews Have Left The Building', [
      ['old-pier', 'Old Pier'],
      ['departure', 'Have Left'],
    ]);
    const current = sentence(
      'The pilots the board kept on at the pier - the 20 it cited safety to keep - have gone too.',
      [['pilots', 'pilots']],
    );
    const carried = carryContext(current, headline, places, places, true);
    expect(carried?.words.hits.map((h) => h.concept)).not.toContain('departure');
    // A name of a body still tells: "It said …" after the Harbour Works Commission.
    const body = sentence('The Harbour Works Commission met on Monday.', [
      ['commission', 'Harbour Works Commission'],
    ]);
    const said = sentence('It said the pier would shut in May.', [['pier', 'pier']]);
    expect(
      carryContext(said, body, places, places, false)?.words.hits.map((h) => h.concept),
    ).toEqual(['pier', 'commission']);
  });
});
