/**
 * The eval's scorer: engine spans (offsets into the extracted page text) mapped back to the set's
 * sentences by character overlap, then counted as ../shared/eval/README.md defines.
 */
import { describe, expect, it } from 'vitest';
import type { Rejection } from '../../../engine/types';
import type { EvalArticle } from '../../../scripts/eval/eval-set';
import { isMostlyCovered, locateSentences, overlap } from '../../../scripts/eval/locate';
import { combineScores, type ScoredHighlight, scoreArticle } from '../../../scripts/eval/score';

const A = 'The ferry will run twice a day from May.';
const B = 'Tickets go on sale next week, the operator said.';
const C = 'Fares have not been announced.';
/** How the page reader gives it: blocks split by blank lines, whitespace collapsed. */
const TEXT = `Ferry to return\n\n${A} ${B}\n\n${C}`;
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

describe('locateSentences', () => {
  it('finds sentences whatever the whitespace, in reading order', () => {
    const located = locateSentences(TEXT, [
      'Ferry   to\nreturn',
      A.replace(/ /g, '\u00a0'),
      ` ${B}  `,
      C,
    ]);
    expect(located.spans).toEqual([{ start: 0, end: 15 }, at(A), at(B), at(C)]);
  });

  it('ignores invisible characters the page reader drops', () => {
    expect(locateSentences(TEXT, ['Fer\u00adry to re\u200bturn']).spans[0]).toEqual({
      start: 0,
      end: 15,
    });
  });

  it('finds a repeated sentence after the previous one, and reports text that is missing', () => {
    const text = `${C}\n\n${A}\n\n${C}`;
    const { spans } = locateSentences(text, [C, A, C, 'Not on the page.']);
    expect(spans[2]?.start).toBe(text.lastIndexOf(C));
    expect(spans[3]).toBeNull();
  });
});

describe('overlap', () => {
  const located = locateSentences(TEXT, ['Ferry to return', A, B, C]);

  it('a highlight over a whole sentence covers it', () => {
    const { covered, touching, outside } = overlap(located, [at(A)]);
    expect(covered).toEqual([0, 1, 0, 0]);
    expect(touching[1]).toEqual([0]);
    expect(outside).toEqual([]);
  });

  it('more than half of the sentence counts; half or less does not', () => {
    const most = { start: at(B).start, end: at(B).start + Math.ceil(B.length * 0.7) };
    const some = { start: at(B).start, end: at(B).start + Math.floor(B.length * 0.4) };
    const [moreThanHalf, lessThanHalf] = [most, some].map(
      (r) => overlap(located, [r]).covered[2] as number,
    );
    expect(isMostlyCovered(moreThanHalf as number)).toBe(true);
    expect(isMostlyCovered(lessThanHalf as number)).toBe(false);
  });

  it('measures in non-whitespace characters, so the space before a sentence does not count', () => {
    // From the end of A, space included, to the end of B: the same as B alone.
    const r = { start: at(A).end, end: at(B).end };
    expect(overlap(located, [r]).covered[2]).toBe(1);
  });

  it('a highlight the engine made of two sentences covers both', () => {
    const { covered, touching } = overlap(located, [{ start: at(A).start, end: at(B).end }]);
    expect(covered.slice(1, 3)).toEqual([1, 1]);
    expect(touching[1]).toEqual([0]);
    expect(touching[2]).toEqual([0]);
  });

  it('two highlights over one sentence add up; the larger overlap is listed first', () => {
    const half = Math.floor(C.length / 2);
    const first = { start: at(C).start, end: at(C).start + 5 };
    const second = { start: at(C).start + 5, end: at(C).start + half + 4 };
    const { covered, touching } = overlap(located, [first, second]);
    expect(isMostlyCovered(covered[3] as number)).toBe(true);
    expect(touching[3]).toEqual([1, 0]);
  });

  it('a highlight outside every sentence is reported as outside', () => {
    const text = `${A}\n\nSubscribe to our newsletter today.`;
    const located2 = locateSentences(text, [A]);
    const { outside } = overlap(located2, [{ start: A.length + 2, end: text.length }]);
    expect(outside).toEqual([0]);
  });
});

const highlight = (
  span: { start: number; end: number },
  corroborating: string[] = [],
  contradicting: string[] = [],
  claim = 'ferry-returns',
): ScoredHighlight => ({
  text: TEXT.slice(span.start, span.end),
  claim,
  corroborating: corroborating.map((source) => ({ source })),
  contradicting: contradicting.map((source) => ({ source })),
  evidence: ['concept: ferry'],
  ...span,
});
const article = (
  kind: EvalArticle['kind'],
  marks: EvalArticle['sentences'][number][],
): EvalArticle => ({
  id: 'ferry-01',
  outlet: 'Test',
  published: '2024-09',
  kind,
  sentences: marks,
});
const states = (claims: string[], hinted: string[] = []) => ({
  claims,
  hinted_claims: hinted,
});

describe('scoreArticle', () => {
  it('counts hits, misses and false alarms by sentence, with the engine’s reasons', () => {
    const rejection: Rejection = {
      ...at(C),
      text: C,
      claim: 'fares-set',
      reason: 'states no figure',
    };
    const { counts, confusion } = scoreArticle(
      article('on-topic', [
        { text: 'Ferry to return', highlight: null },
        { text: A, highlight: true, ...states(['ferry-returns']) },
        { text: B, highlight: false },
        { text: C, highlight: true, ...states(['fares-set']) },
      ]),
      { text: TEXT, highlights: [highlight(at(A)), highlight(at(B))], rejections: [rejection] },
    );
    expect(counts).toMatchObject({
      sentences: 4,
      knownSentences: 2,
      knownHits: 1,
      falseAlarms: 1,
      strayHighlights: 0,
      unlocated: 0,
    });
    expect(confusion.join('\n')).toMatch(/FALSE ALARM ferry-01: "Tickets/);
    expect(confusion.join('\n')).toMatch(
      /MISS ferry-01: "Fares[^\n]*\n +→ fares-set: states no figure/,
    );
  });

  it('a card on a claim the sentence does not make is a wrong claim: a false positive and a miss', () => {
    const score = scoreArticle(
      article('on-topic', [{ text: A, highlight: true, ...states(['ferry-returns']) }]),
      { text: TEXT, highlights: [highlight(at(A), [], [], 'tickets-on-sale')], rejections: [] },
    );
    expect(score.counts).toMatchObject({ knownHits: 0, wrongClaims: 1, wrongClaimsKnown: 1 });
    expect(score.perClaim['tickets-on-sale']).toMatchObject({ cards: 1, wrong: 1 });
    expect(score.perClaim['ferry-returns']).toMatchObject({ expected: 1, hits: 0 });
    const rates = combineScores('one', [
      {
        set: 'one',
        ...score.counts,
        perClaim: score.perClaim,
      } as never,
    ]);
    expect(rates).toMatchObject({ precision: 0, recall: 0 });
    expect(score.confusion[0]).toMatch(/^WRONG CLAIM ferry-01/);
  });

  it('a card only on a claim the sentence hints at is a miss, not a false positive', () => {
    const { counts, confusion } = scoreArticle(
      article('on-topic', [
        { text: A, highlight: true, ...states(['ferry-returns'], ['harbour-rebuilt']) },
      ]),
      { text: TEXT, highlights: [highlight(at(A), [], [], 'harbour-rebuilt')], rejections: [] },
    );
    expect(counts).toMatchObject({ knownHits: 0, wrongClaims: 0, hintOnly: 1, falseAlarms: 0 });
    expect(confusion[0]).toMatch(/^MISS \(card on a hinted claim\)/);
  });

  it('an event no labelled claim states is a hit when an unlabelled claim cites an expected source', () => {
    const labelled = new Set(['ferry-returns']);
    const event = (cards: ScoredHighlight[]) =>
      scoreArticle(
        article('on-topic', [
          { text: B, highlight: true, corroborated_by_any: ['harbour'], never_corroborating: [] },
        ]),
        { text: TEXT, highlights: cards, rejections: [] },
        labelled,
      ).counts;
    expect(event([highlight(at(B), ['harbour'], [], 'tickets-on-sale')])).toMatchObject({
      eventSentences: 1,
      eventHits: 1,
    });
    // Another source only: a miss, not a wrong claim.
    expect(event([highlight(at(B), ['rival'], [], 'tickets-on-sale')])).toMatchObject({
      eventHits: 0,
      wrongClaims: 0,
    });
    // A labelled claim it does not state: a wrong claim.
    expect(event([highlight(at(B), ['harbour'])])).toMatchObject({ eventHits: 0, wrongClaims: 1 });
  });

  it('a partial overlap is not a highlight, and is listed', () => {
    const partial = { start: at(A).start, end: at(A).start + 8 };
    const { counts, confusion } = scoreArticle(
      article('on-topic', [{ text: A, highlight: true, ...states(['ferry-returns']) }]),
      {
        text: TEXT,
        highlights: [highlight(partial)],
        rejections: [],
      },
    );
    expect(counts.knownHits).toBe(0);
    expect(confusion[0]).toMatch(/^PARTIAL ferry-01/);
  });

  it('checks the never_* rules and corroborated_by_any on the cards about the sentence', () => {
    const { counts } = scoreArticle(
      article('on-topic', [
        {
          text: A,
          highlight: true,
          ...states(['ferry-returns']),
          corroborated_by_any: ['harbour'],
          never_corroborating: ['rival'],
          never_contradicting: ['harbour'],
        },
      ]),
      { text: TEXT, highlights: [highlight(at(A), ['rival'], ['harbour'])], rejections: [] },
    );
    expect(counts).toMatchObject({ knownHits: 1, stanceErrors: 1, missingCorroboration: 1 });
  });

  it('in a negative article every highlight counts against precision, even an undecided sentence', () => {
    const { counts } = scoreArticle(
      article('negative', [
        { text: A, highlight: null },
        { text: B, highlight: false },
      ]),
      { text: TEXT, highlights: [highlight(at(A))], rejections: [] },
    );
    expect(counts).toMatchObject({ falseAlarms: 1, negativeHighlights: 1 });
  });

  it('reports stray highlights and sentences the page reader lost', () => {
    const { counts, confusion } = scoreArticle(
      article('negative', [
        { text: A, highlight: false },
        { text: 'A sentence the reader never saw.', highlight: true, ...states(['x']) },
      ]),
      { text: TEXT, highlights: [highlight(at(C))], rejections: [] },
    );
    expect(counts).toMatchObject({
      strayHighlights: 1,
      unlocated: 1,
      knownSentences: 1,
      knownHits: 0,
      negativeHighlights: 1,
    });
    expect(confusion.some((l) => l.startsWith('UNLOCATED'))).toBe(true);
    expect(confusion.some((l) => l.startsWith('STRAY'))).toBe(true);
  });
});

describe('combineScores', () => {
  it('sums the counts and per-claim records, and recomputes the rates', () => {
    const one = scoreArticle(
      article('on-topic', [{ text: A, highlight: true, ...states(['ferry-returns']) }]),
      { text: TEXT, highlights: [highlight(at(A))], rejections: [] },
    );
    const two = scoreArticle(
      article('on-topic', [
        { text: B, highlight: true, ...states(['ferry-returns']) },
        { text: C, highlight: false },
      ]),
      { text: TEXT, highlights: [highlight(at(C))], rejections: [] },
    );
    const asScore = (set: string, s: typeof one) =>
      ({ set, ...s.counts, perClaim: s.perClaim }) as never;
    const total = combineScores('both', [asScore('one', one), asScore('two', two)]);
    expect(total).toMatchObject({
      set: 'both',
      articles: 2,
      knownSentences: 2,
      knownHits: 1,
      falseAlarms: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    expect(total.perClaim['ferry-returns']).toEqual({
      expected: 2,
      hits: 1,
      cards: 2,
      right: 1,
      wrong: 1,
    });
  });
});
