/**
 * The shipped story (engine/ship-story.ts): the bundle carries the matcher's index, the claims'
 * rules and the card's words apart, and opening it gives back the compiled story, each claim's
 * rule and words read on demand.
 */
import { describe, expect, it } from 'vitest';
import { pack } from '../../../data/index';
import { compileStory } from '../../../engine/compile-story';
import { createMatcher } from '../../../engine/index';
import { openStory, shipStory } from '../../../engine/ship-story';
import type { StoryPack } from '../../../engine/types';

const compiled = compileStory(pack);
const shipped = shipStory(compiled);

describe('shipStory / openStory', () => {
  it('keeps the claims out of the index, and the card words out of their rules', () => {
    const index = JSON.parse(shipped.index);
    expect(index.kb).not.toHaveProperty('claims');
    const rules = shipped.rules.split('\n').map((line) => JSON.parse(line));
    expect(rules).toHaveLength(compiled.kb.claims.length);
    for (const rule of rules) {
      expect(rule).not.toHaveProperty('statement');
      expect(rule).not.toHaveProperty('sources');
    }
    expect(shipped.words.split('\n')).toHaveLength(compiled.kb.claims.length);
    // The summaries are the bulk of a pack: they must not be in what is parsed up front.
    const says = compiled.kb.claims[0]?.sources[0]?.says as string;
    expect(shipped.index).not.toContain(says);
    expect(shipped.rules).not.toContain(says);
  });

  it("carries the trie's integer arrays beside the index, for the bundle to write as literals", () => {
    const index = JSON.parse(shipped.index);
    expect(Object.keys(index.phrases).sort()).toEqual(['concepts', 'words']);
    const { concepts: _c, words: _w, ...arrays } = compiled.phrases;
    expect(shipped.trie).toEqual(arrays);
    for (const list of Object.values(shipped.trie)) expect(list.every(Number.isInteger)).toBe(true);
    expect(openStory(shipped).phrases).toStrictEqual(compiled.phrases);
  });

  it('gives back every claim whole, however its words are read', () => {
    const opened = openStory(shipped);
    expect(JSON.parse(JSON.stringify(opened))).toStrictEqual(JSON.parse(JSON.stringify(compiled)));
    opened.kb.claims.forEach((claim, i) => {
      const original = compiled.kb.claims[i];
      expect(claim.statement).toBe(original?.statement);
      expect(claim.sources).toEqual(original?.sources);
      expect(claim.id).toBe(original?.id);
      expect(claim.position).toEqual(original?.position);
      expect(claim.value).toBe(original?.value);
      expect(claim.recognize).toEqual(original?.recognize);
    });
  });

  it('keeps a claim whose words hold line breaks and quotes on its own line', () => {
    const first = pack.claims[0] as StoryPack['claims'][number];
    const tricky: StoryPack = {
      ...pack,
      claims: [
        { ...first, statement: 'Line one\nline "two"\u2028 and \\ three' },
        ...pack.claims.slice(1),
      ],
    };
    const opened = openStory(shipStory(compileStory(tricky)));
    expect(opened.kb.claims[0]?.statement).toBe('Line one\nline "two"\u2028 and \\ three');
    expect(opened.kb.claims[1]?.statement).toBe(pack.claims[1]?.statement);
  });

  it('ships its strings in ASCII, every other character escaped, and reads them back whole', () => {
    for (const text of [shipped.index, shipped.rules, shipped.words])
      expect([...text].every((c) => c.charCodeAt(0) < 0x7f)).toBe(true);
    const first = pack.claims[0] as StoryPack['claims'][number];
    // A curly quote, a letter with an accent, a word in Arabic script and an emoji (two code units).
    const statement =
      'It is \u2019done\u2019 at Mont\u00e9e, \u0645\u062f\u064a\u0646\u0629 \u{1F4CD}';
    const opened = openStory(
      shipStory(
        compileStory({ ...pack, claims: [{ ...first, statement }, ...pack.claims.slice(1)] }),
      ),
    );
    expect(opened.kb.claims[0]?.statement).toBe(statement);
    expect(JSON.parse(JSON.stringify(openStory(shipped)))).toStrictEqual(
      JSON.parse(JSON.stringify(compiled)),
    );
  }, 30_000);

  it('matches exactly as the compiled story does', () => {
    const text = pack.claims
      .slice(0, 12)
      .map((c) => c.statement)
      .join(' ');
    const direct = createMatcher(compiled).match(text, { published: '2025-01-15' });
    const viaShipped = createMatcher(openStory(shipped)).match(text, { published: '2025-01-15' });
    expect(viaShipped).toEqual(direct);
    expect(direct.matches.length).toBeGreaterThan(0);
  });
});
