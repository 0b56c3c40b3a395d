/** The anchor proposer: short, verbatim, on the matched words, unique in the article. */
import { describe, expect, it } from 'vitest';
import { ANCHOR_MAX_WORDS, proposeAnchor } from '../../../cli/kb-anchor';

const sentence =
  'Officials said on Monday that the last troops of the coalition will leave the country by the end of 2026, after talks.';

describe('proposeAnchor', () => {
  it('proposes at most eight words found verbatim in the sentence', () => {
    const anchor = proposeAnchor(sentence, sentence, ['leave', 'end of 2026']);
    expect(anchor.split(/\s+/).length).toBeLessThanOrEqual(ANCHOR_MAX_WORDS);
    expect(sentence).toContain(anchor);
  });

  it('covers the words the engine matched on', () => {
    expect(proposeAnchor(sentence, sentence, ['end of 2026'])).toContain('end of 2026');
  });

  it('avoids a phrase that occurs earlier in the article', () => {
    const article = `Troops will leave the country by the end of 2026. ${sentence}`;
    const anchor = proposeAnchor(sentence, article, ['leave', 'end of 2026']);
    expect(article.indexOf(anchor)).toBe(article.lastIndexOf(anchor));
  });

  it('trims punctuation at the ends', () => {
    const anchor = proposeAnchor('“We are leaving,” he said.', '', ['leaving']);
    expect(anchor).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u);
  });

  it('gives nothing for an empty sentence', () => {
    expect(proposeAnchor('', '', [])).toBe('');
  });
});
