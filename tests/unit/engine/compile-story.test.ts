/**
 * The story compiler (engine/compile-story.ts): plain JSON out, each claim indexed under one of
 * its required groups, the topic's anchor terms, and a format number the engine checks.
 */
import path from 'node:path';
import story, { topic } from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../data/index';
import { loadAndCheck } from '../../../data/load-kb';
import { isAscii } from '../../../engine/char-class';
import { keyedClaims } from '../../../engine/compile-claims';
import { foldName } from '../../../engine/compile-entities';
import { type CompiledStory, compileStory, FORMAT } from '../../../engine/compile-story';
import { countAnchorTerms } from '../../../engine/count-anchor-terms';
import { createMatcher } from '../../../engine/index';
import type { Claim, ConceptId, Recognizer, StoryPack } from '../../../engine/types';

const bridgeDir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(bridgeDir, path.join(bridgeDir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);
const bridgePack = loaded.kb;

const PACKS: [string, StoryPack][] = [
  ['the Iraq story', pack],
  ['the bridge story', bridgePack],
];

describe.each(PACKS)('compileStory on %s', (_name, storyPack) => {
  const compiled = compileStory(storyPack);

  it('is plain JSON: a round trip through JSON gives the same value', () => {
    expect(JSON.parse(JSON.stringify(compiled))).toStrictEqual(compiled);
  });

  it('carries the format number and the knowledge base as given', () => {
    expect(compiled.format).toBe(FORMAT);
    expect(compiled.kb.claims).toEqual(storyPack.claims);
    expect(compiled.kb.sources).toEqual(storyPack.sources);
  });

  it('indexes every claim under every concept of exactly one of its required groups', () => {
    const under = new Map<number, Set<ConceptId>>();
    for (const [concept, claims] of Object.entries(keyedClaims(compiled.claimTables))) {
      // No claim twice under one concept.
      expect(new Set(claims).size).toBe(claims.length);
      for (const i of claims) under.set(i, (under.get(i) ?? new Set()).add(concept));
    }
    storyPack.claims.forEach((claim, i) => {
      const concepts = under.get(i) ?? new Set<ConceptId>();
      // A negated concept also holds the claims keyed under the concept it implies.
      const extras = (group: ConceptId[]) =>
        compiled.inferences
          .filter(({ implies }) => group.includes(implies))
          .map(({ negated }) => negated);
      const keyed = claim.recognize.require.filter((group) => {
        const expected = new Set([...group, ...extras(group)]);
        return group.every((c) => concepts.has(c)) && [...concepts].every((c) => expected.has(c));
      });
      expect(keyed.length, `claim ${claim.id} under ${[...concepts].join(', ')}`).toBeGreaterThan(
        0,
      );
    });
  });

  it('its anchor terms are lower-case and none is covered by another', () => {
    const terms = compiled.topic.anchorTerms;
    expect(terms.length).toBeGreaterThan(0);
    expect(new Set(terms).size).toBe(terms.length);
    for (const t of terms) {
      expect(t).toBe(t.toLowerCase());
      expect(t).toBe(t.trim());
      for (const u of terms)
        if (u !== t) {
          expect(t.startsWith(u), `"${t}" starts with "${u}"`).toBe(false);
          expect(t.includes(` ${u}`) || t.includes(`-${u}`), `"${t}" holds "${u}"`).toBe(false);
        }
    }
  });

  it('its anchor terms find every spelling of every anchor name, as printed and folded', () => {
    const { entities, topic: storyTopic } = storyPack.vocabulary;
    const terms = compiled.topic.anchorTerms;
    for (const anchor of storyTopic.anchors)
      for (const name of entities[anchor] ?? [])
        for (const form of [name, name.toUpperCase(), foldName(name), name.replace(/-/g, ' ')])
          expect(countAnchorTerms(form, terms, 1), `"${form}" (${anchor})`).toBe(1);
  });

  it('keeps the rest of the topic as the pack gave it', () => {
    const { anchorTerms, anchorStarts, ...rest } = compiled.topic;
    expect(rest).toEqual(storyPack.vocabulary.topic);
    expect(anchorTerms).toBeDefined();
    expect(anchorStarts).toBeDefined();
  });
});

describe('the Iraq story’s anchor terms', () => {
  const terms = story.topic.anchorTerms;

  it('hold the lower-case spellings of the anchor names', () => {
    for (const t of ['iraq', 'baghdad', 'erbil', 'irbil', 'arbil', 'kurdistan', 'krg', 'sudani'])
      expect(terms).toContain(t);
  });

  it('come in the pack’s order, the topic’s first anchor first: a page about the story stops counting at the first term', () => {
    expect(pack.vocabulary.topic.anchors[0]).toBe('iraq');
    expect(terms[0]).toBe('iraq');
    expect(terms.indexOf('baghdad')).toBeLessThan(terms.indexOf('ain al assad'));
  });

  it('start from the first word of an anchor concept’s phrasing ("iraq*" → "iraq")', () => {
    expect(pack.vocabulary.concepts.iraq).toContain('iraq*');
    expect(terms).toContain('iraq');
    expect(terms.some((t) => t.includes('*'))).toBe(false);
  });

  it('drop a term a shorter term already covers', () => {
    // "Kurdistan Region" starts with "kurdistan"; "Iraqi Kurdistan" with "iraq".
    expect(terms).not.toContain('kurdistan region');
    expect(terms).not.toContain('iraqi kurdistan');
    // "Mohammed Shia al-Sudani" holds "sudani" at a word start (after a hyphen).
    expect(terms.some((t) => t.startsWith('mohammed'))).toBe(false);
    // "Ain al-Asad" holds "al-asad" (also listed on its own as "Al-Asad").
    expect(terms).toContain('al-asad');
    expect(terms).not.toContain('ain al-asad');
  });

  it('write each space of a name also as a hyphen, as pages print them', () => {
    // "Ain al-Assad" is not covered by "al-asad": all four joinings are kept.
    for (const t of ['ain al assad', 'ain al-assad', 'ain-al assad', 'ain-al-assad'])
      expect(terms).toContain(t);
  });
});

describe('the bridge story’s accented name', () => {
  it('is kept both as printed ("orsabrücke") and folded ("orsabrucke")', () => {
    const terms = compileStory(bridgePack).topic.anchorTerms;
    expect(terms).toContain('orsabrücke');
    expect(terms).toContain('orsabrucke');
  });

  it('starts a name whose accent is inside it at its plain first letter, in both cases', () => {
    // "orsabrücke" has a non-ASCII letter, but not first: its start is "o", in both cases.
    expect(compileStory(bridgePack).topic.anchorStarts).toEqual(['o', 'O']);
  });
});

describe('the starting letters of non-ASCII terms', () => {
  it('are each such term’s first letter in both cases, worked out at build time', () => {
    const { anchorTerms, anchorStarts } = story.topic;
    for (const term of anchorTerms.filter((t) => !isAscii(t))) {
      const first = String.fromCodePoint(term.codePointAt(0) as number);
      expect(anchorStarts).toContain(first);
      expect(anchorStarts).toContain(first.toUpperCase());
    }
  });
});

describe('the claim index key', () => {
  const claim = (id: string, require: Recognizer['require']): Claim => ({
    id,
    statement: id,
    recognize: { require },
    sources: [],
  });
  const tiny = (claims: Claim[], inferences?: { negated: string; implies: string }[]) =>
    compileStory({
      sources: [],
      questions: [],
      claims,
      vocabulary: {
        concepts: {},
        entities: {},
        topic: { anchors: [], otherTheatres: [], years: { from: 2020, to: 2030 } },
        ...(inferences && { inferences }),
      },
    });

  it('is the group whose concepts the fewest claims use', () => {
    const compiled = tiny([
      claim('leave', [['troops'], ['leave']]),
      claim('stay', [['troops', 'forces'], ['stay']]),
    ]);
    // "troops" is in two claims: each claim is keyed under its rarer group.
    expect(keyedClaims(compiled.claimTables)).toEqual({ leave: [0], stay: [1] });
  });

  it('is the first group on a tie', () => {
    const compiled = tiny([claim('one', [['a'], ['b']])]);
    expect(keyedClaims(compiled.claimTables)).toEqual({ a: [0] });
  });

  it('of a claim keyed under an implied concept is added under the concept implying it', () => {
    const compiled = tiny(
      [claim('remain', [['remain'], ['troops']]), claim('base', [['troops'], ['base']])],
      [{ negated: 'withdraw', implies: 'remain' }],
    );
    expect(keyedClaims(compiled.claimTables)).toEqual({ remain: [0], withdraw: [0], base: [1] });
    expect(compiled.inferences).toEqual([{ negated: 'withdraw', implies: 'remain' }]);
  });

  it('of a pack without inferences or actors compiles to empty lists', () => {
    const compiled = tiny([claim('one', [['a']])]);
    expect(compiled.inferences).toEqual([]);
    expect(compiled.actors).toEqual([]);
  });
});

describe('the compiled story the build ships', () => {
  it('is compileStory() of data/ (the virtual module and data/index.ts agree)', () => {
    // Its claims read their card words on demand (ship-story.ts): compare what they serialise to.
    expect(JSON.parse(JSON.stringify(story))).toStrictEqual(
      JSON.parse(JSON.stringify(compileStory(pack))),
    );
    expect(topic).toStrictEqual(story.topic);
  }, 30_000);
});

describe('the format number', () => {
  it('is exported and stamped on the compiled story', () => {
    expect(Number.isInteger(FORMAT)).toBe(true);
    expect(story.format).toBe(FORMAT);
  });

  it('createMatcher accepts its own format', () => {
    expect(() => createMatcher(story)).not.toThrow();
  });

  it('createMatcher refuses another format with a message saying to rebuild', () => {
    const stale = { ...story, format: FORMAT - 1 } as unknown as CompiledStory;
    expect(() => createMatcher(stale)).toThrow(
      `compiled story has format ${FORMAT - 1}, this engine reads ${FORMAT}: rebuild`,
    );
    const missing = { ...story, format: undefined } as unknown as CompiledStory;
    expect(() => createMatcher(missing)).toThrow(/format undefined.*rebuild/);
  });
});
