/**
 * One sentence read on the story's real pack, as a page would give it: after a headline naming
 * Iraq, as real articles do, so the topic gate lets it through. Shared by the wording tests
 * (phrasal-wording, weak-claims-wording), whose cases are a table of [what, sentence, date, claim].
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher, type Match } from '../../../engine/index';

/** One matcher on the shipped story, shared by the tests that read sentences with it. */
export const matcher = createMatcher(story);

/** The matches on the sentence itself (not on the headline put before it). */
export const matchesOf = (sentence: string, published: string, explain = false): Match[] =>
  matcher
    .match(`Iraq and the coalition\n\n${sentence}`, { published, explain })
    .matches.filter((m) => sentence.includes(m.text));

/** The claims carded on the sentence itself (not on the headline put before it). */
export const claimsOf = (sentence: string, published: string): string[] =>
  matchesOf(sentence, published).map((m) => m.claim);

/** [what the wording is, sentence, published, the claim it states] */
export type WordingCase = [what: string, sentence: string, published: string, claim: string];

/** One test per case: the sentence gets its claim's card. */
export function describeWordings(title: string, cases: readonly WordingCase[]): void {
  describe(title, () => {
    for (const [what, sentence, published, claim] of cases)
      it(what, () => {
        expect(claimsOf(sentence, published)).toContain(claim);
      });
  });
}

/** A near miss: the sentence does not get `claim`'s card. */
export const expectNotCarded = (sentence: string, published: string, claim: string): void => {
  expect(claimsOf(sentence, published)).not.toContain(claim);
};

/** Every claim carded on a whole article's text, the topic gate included. */
export const cardsOfArticle = (text: string, published: string): string[] =>
  matcher.match(text, { published }).matches.map((m) => m.claim);
