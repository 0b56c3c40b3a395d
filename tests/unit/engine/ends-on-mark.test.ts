import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsOnMark } from '../../../engine/sentence-facts';

describe('endsOnMark', () => {
  it('tells body text from a headline by its last mark', () => {
    expect(endsOnMark('The ferry leaves at noon.', '.!?')).toBe(true);
    expect(endsOnMark('"We are leaving," she said. ', '.!?')).toBe(true);
    expect(endsOnMark('The pier closes (for now).)', '.!?')).toBe(true);
    expect(endsOnMark('Harbour: Ferries To Stop In May', '.!?')).toBe(false);
    expect(endsOnMark('Council says:', '.!?')).toBe(false);
    expect(endsOnMark('Council says:', '.!?:')).toBe(true);
    expect(endsOnMark('', '.')).toBe(false);
  });

  it('agrees with the regular expression it replaces, on any text', () => {
    const pieces = fc.constantFrom(
      'a',
      'B',
      ' ',
      '.',
      '!',
      '?',
      '…',
      ':',
      '"',
      "'",
      '”',
      '’',
      ')',
      ']',
      '\n',
      '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(endsOnMark(text, '.!?…')).toBe(/[.!?…]["'”’)\]]*\s*$/.test(text));
        expect(endsOnMark(text, '.!?…:')).toBe(/[.!?…:]["'”’)\]]*\s*$/.test(text));
      }),
    );
  });
});
