import { describe, expect, it } from 'vitest';
import { breaksParagraph } from '../../../engine/paragraph-break';

describe('breaksParagraph', () => {
  const text = 'The ferry sailed.\n\nThe pier closed. It reopened.\n\n';
  const gap = (from: number, to: number) => text.slice(from, to).includes('\n\n');

  it('finds a blank line between two sentences', () => {
    expect(breaksParagraph(text, 17, 19)).toBe(true);
  });

  it('finds none within a paragraph', () => {
    expect(breaksParagraph(text, 35, 36)).toBe(false);
  });

  it('says what a slice of the gap would, for every span', () => {
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length; to++)
        expect(breaksParagraph(text, from, to)).toBe(gap(from, to));
  });
});
