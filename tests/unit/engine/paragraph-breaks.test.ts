/**
 * engine/paragraph-breaks.ts: whether a blank line lies between two points of a page, as the
 * matcher asks it of the gaps between sentences; the same answer as slicing and searching.
 */
import { describe, expect, it } from 'vitest';
import { paragraphBreaks } from '../../../engine/paragraph-breaks';

describe('paragraphBreaks', () => {
  it('answers as slicing the stretch and looking for a blank line would, for every stretch', () => {
    const pages = [
      'The ferry left.\n\nIt came back.\n\n\nThe pier closed. Crews stayed.\n\n',
      'No break here. None at all.',
      '\n\nOpens on one.\n\n\n\nFour newlines.\n',
      '',
    ];
    for (const text of pages) {
      const breaks = paragraphBreaks(text);
      for (let from = 0; from <= text.length; from++)
        for (let to = 0; to <= text.length; to++)
          expect(breaks.between(from, to), `${JSON.stringify(text)} ${from}-${to}`).toBe(
            text.slice(from, to).includes('\n\n'),
          );
    }
  });

  it('finds a break that ends exactly where the stretch does', () => {
    expect(paragraphBreaks('Riverton.\n\nPortsea.').between(9, 11)).toBe(true);
    expect(paragraphBreaks('Riverton.\n\nPortsea.').between(9, 10)).toBe(false);
    expect(paragraphBreaks('Riverton.\n\nPortsea.').between(10, 12)).toBe(false);
  });
});
