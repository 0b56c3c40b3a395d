/**
 * Properties of the engine on generated input (fast-check): it never throws on any Unicode text,
 * every match lies inside the text and inside one sentence, results are deterministic, and they
 * do not depend on how a paragraph is split across DOM nodes (page/article.ts in happy-dom and
 * linkedom). Runs are bounded (100–150 cases each) so the suite stays quick; a failure prints the
 * seed and the shrunk counterexample.
 */

import story from 'virtual:claimlight-story';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';
import { segmentSentences } from '../../../engine/segment-sentences';
import type { MatchResult } from '../../../engine/types';
import { extractArticle } from '../../../page/article';

const matcher = createMatcher(story);
const PUBLISHED = '2024-09-10';

// Sentences of our own that the engine knows (each asserts a claim), to mix with noise so the
// properties are checked on texts that do produce matches, not only on empty results.
const KNOWN = [
  'All coalition forces would be out of Iraq by the end of 2025, an adviser to the Iraqi prime minister said.',
  "According to a draft seen by the paper, the last of the coalition's troops are to pull out of Iraq by the end of 2026.",
  'Diplomats in Baghdad said the remaining troops would leave by the end of 2026.',
  'US officials insisted that a withdrawal from Iraq was never discussed.',
];
const WORDS = [
  'Iraq',
  'Baghdad',
  'coalition',
  'troops',
  'withdraw',
  'not',
  '2025',
  'U.S.',
  'Erbil',
];

/** Any text: every code point (lone surrogates and controls included), or bits of the story. */
const anyText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom(...KNOWN),
      fc.constantFrom(...WORDS),
      fc.constantFrom(' ', '. ', '\n\n', '\u00a0', '\u200f', '?!', '"', '\u2026'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const run = (text: string) => matcher.match(text, { published: PUBLISHED });
const summary = (r: MatchResult) => r.matches.map((m) => [m.claim, m.start, m.end, m.verdict]);

describe('engine properties', () => {
  it('never throws, and every match is one whole sentence of the text', () => {
    let matched = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const { matches } = run(text);
        const sentences = segmentSentences(text);
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(
            sentences.some((s) => s.start === m.start && m.end === s.end),
            `match ${m.start}-${m.end} is not one whole sentence`,
          ).toBe(true);
        }
        matched += matches.length;
      }),
      { numRuns: 200 },
    );
    // The generator must reach the interesting case, or the property says little.
    expect(matched).toBeGreaterThan(20);
  });

  it('is deterministic: the same text gives the same result, from this matcher or a new one', () => {
    const fresh = createMatcher(story);
    fc.assert(
      fc.property(anyText, (text) => {
        const first = run(text);
        expect(run(text)).toEqual(first);
        expect(fresh.match(text, { published: PUBLISHED })).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

// A paragraph of a news page with a known claim in its second sentence, and markup that can wrap
// any piece of it. `&`, `<` and `>` do not occur in it, so pieces need no escaping.
const PARAGRAPH =
  'Officials in Baghdad spoke on Tuesday. All coalition forces would be out of Iraq by the end of 2025, an adviser to the Iraqi prime minister said. The talks go on.';
const WRAPPERS = ['', 'b', 'i', 'em', 'span', 'a', 'strong', 'mark'] as const;

/** The paragraph cut at `cuts` (sorted offsets), each piece wrapped in an inline element or none. */
function splitParagraph(cuts: number[], wrappers: string[]): string {
  const bounds = [0, ...cuts, PARAGRAPH.length];
  const pieces: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = PARAGRAPH.slice(bounds[i], bounds[i + 1]);
    const tag = wrappers[i % wrappers.length] ?? '';
    pieces.push(tag ? `<${tag}${tag === 'a' ? ' href="#x"' : ''}>${piece}</${tag}>` : piece);
  }
  return `<!doctype html><html><head><meta property="article:published_time" content="${PUBLISHED}"></head><body><article><h1>Exit plan</h1><p>${pieces.join('')}</p></article></body></html>`;
}

const splits = fc.record({
  cuts: fc
    .uniqueArray(fc.integer({ min: 1, max: PARAGRAPH.length - 1 }), { maxLength: 25 })
    .map((c) => c.sort((a, b) => a - b)),
  wrappers: fc.array(fc.constantFrom(...WRAPPERS), { minLength: 1, maxLength: 6 }),
});

const DOMS = [
  ['happy-dom', (html: string) => new DOMParser().parseFromString(html, 'text/html')],
  ['linkedom', (html: string) => parseHTML(html).document as unknown as Document],
] as const;

describe.each(DOMS)('split across DOM nodes (%s)', (_name, parse) => {
  const whole = extractArticle(parse(splitParagraph([], ['']))).text;
  const expected = summary(run(whole));

  it('the unsplit paragraph has the claim', () => {
    expect(expected.map(([claim]) => claim)).toEqual(['full-exit-end-2025']);
  });

  it('gives the same text and the same matches however the paragraph is split', () => {
    fc.assert(
      fc.property(splits, ({ cuts, wrappers }) => {
        const { text } = extractArticle(parse(splitParagraph(cuts, wrappers)));
        expect(text).toBe(whole);
        expect(summary(run(text))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
