/**
 * Which claims a sentence could assert, from its concepts alone (engine/claim-index.ts): every
 * required group named, a figure when the claim is about one, and a negated concept standing in
 * for the one it implies. Sentences are read with the real word reader over a compiled story.
 */
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { createClaimIndex } from '../../../engine/claim-index';
import { keyedClaims } from '../../../engine/compile-claims';
import { type CompiledStory, compileStory } from '../../../engine/compile-story';
import { createConceptFinder } from '../../../engine/find-concepts';
import { createEntityFinder } from '../../../engine/find-entities';
import { readWords, type SentenceWords } from '../../../engine/sentence-facts';
import type { Claim, Recognizer, StoryPack, Vocabulary } from '../../../engine/types';

/** The candidate claims' ids for a sentence, in index order. */
function candidatesIn(compiled: CompiledStory) {
  const reader = {
    findConcepts: createConceptFinder(compiled.phrases),
    findEntities: createEntityFinder(compiled.entities),
    otherTheatres: new Set(compiled.topic.otherTheatres),
  };
  const index = createClaimIndex(compiled);
  const words = (sentence: string) => readWords(sentence, reader);
  const ids = (sentence: string) =>
    index(words(sentence)).map((i) => (compiled.kb.claims[i] as Claim).id);
  return { index, words, ids };
}

const bridgeDir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(bridgeDir, path.join(bridgeDir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);
const bridge = candidatesIn(compileStory(loaded.kb));

describe('every required group must be named (the bridge pack)', () => {
  // reopens-end-2025 and reopens-march-2025: [reopen] and [bridge | orsa-bridge].
  const REOPENS = ['reopens-end-2025', 'reopens-march-2025'];

  it('a sentence naming only the key group of a two-group claim has no candidate', () => {
    expect(bridge.ids('The library will reopen next spring.')).toEqual([]);
  });

  it('a sentence naming only the other group has no candidate', () => {
    expect(bridge.ids('Engineers inspected the bridge on Monday.')).toEqual([]);
  });

  it('a sentence naming both groups makes the claims candidates', () => {
    expect(bridge.ids('The bridge will reopen next spring.')).toEqual(REOPENS);
  });

  it('a name (an entity, in any listed spelling) meets its group like a phrasing', () => {
    expect(bridge.ids('Die Orsabrücke will reopen next spring.')).toEqual(REOPENS);
  });

  it('a three-group claim needs all three', () => {
    // bridge-closed-for-repairs: [close], [bridge | orsa-bridge], [repair].
    expect(bridge.ids('The bridge is closed.')).not.toContain('bridge-closed-for-repairs');
    expect(bridge.ids('The bridge needs repairs.')).not.toContain('bridge-closed-for-repairs');
    expect(bridge.ids('The bridge is closed for repairs.')).toContain('bridge-closed-for-repairs');
  });

  it('a sentence without any concept has no candidate', () => {
    const words = bridge.words('Shopkeepers say trade is slow.');
    expect(words.hits).toEqual([]);
    expect(bridge.index(words)).toEqual([]);
  });
});

describe('a claim about a figure (the bridge pack)', () => {
  // daily-crossings-14000: [crossings] and [bridge | orsa-bridge], numbers [14000].
  it('is no candidate when the sentence states no figure', () => {
    expect(bridge.ids('Thousands of vehicles crossed the bridge every day.')).not.toContain(
      'daily-crossings-14000',
    );
  });

  it('is a candidate when the sentence states its figure', () => {
    expect(bridge.ids('About 14,000 vehicles crossed the bridge every day.')).toContain(
      'daily-crossings-14000',
    );
  });

  it('is a candidate for any figure: which one is checked later, with the sentence’s facts', () => {
    expect(bridge.ids('About 9,000 vehicles crossed the bridge every day.')).toContain(
      'daily-crossings-14000',
    );
  });
});

describe('a negated concept stands in for the one it implies (the Iraq story)', () => {
  const iraq = candidatesIn(story);

  it('the story has the inference this relies on', () => {
    expect(story.inferences).toContainEqual({ negated: 'withdraw', implies: 'remain' });
  });

  it('makes "remain" claims candidates when only "withdraw" is named', () => {
    // advisers-remain: [advisory] and [remain | continue].
    expect(iraq.ids('The advisers will stay.')).toContain('advisers-remain');
    expect(iraq.ids('The advisers will not withdraw.')).toContain('advisers-remain');
  });

  it('still needs the other groups', () => {
    expect(iraq.ids('The advisers met on Tuesday.')).not.toContain('advisers-remain');
    expect(iraq.ids('Nobody will withdraw.')).not.toContain('advisers-remain');
  });
});

/** A pack of our own where a "remain" claim is keyed under "remain" itself. */
function tinyPack(inferences: Vocabulary['inferences']): StoryPack {
  const claim = (id: string, require: Recognizer['require']): Claim => ({
    id,
    statement: id,
    recognize: { require },
    sources: [],
  });
  return {
    sources: [],
    questions: [],
    claims: [
      claim('troops-remain', [['remain'], ['troops']]),
      claim('troops-at-base', [['troops'], ['base']]),
      claim('advisers-troops', [['advisers'], ['troops']]),
    ],
    vocabulary: {
      concepts: {
        remain: ['remain*', 'stay*'],
        withdraw: ['withdraw*', 'leav*'],
        troops: ['troops'],
        base: ['base'],
        advisers: ['advisers'],
      },
      entities: {},
      topic: { anchors: [], otherTheatres: [], years: { from: 2020, to: 2030 } },
      ...(inferences && { inferences }),
    },
  };
}

describe('a claim keyed under the implied concept (a tiny pack)', () => {
  const withInference = compileStory(tinyPack([{ negated: 'withdraw', implies: 'remain' }]));
  const without = compileStory(tinyPack(undefined));

  it('is keyed under "remain", its least used group', () => {
    expect(keyedClaims(withInference.claimTables).remain).toEqual([0]);
    expect(keyedClaims(withInference.claimTables).troops).toBeUndefined();
  });

  it('becomes a candidate when only "withdraw" is named', () => {
    const { ids } = candidatesIn(withInference);
    expect(ids('The troops will stay.')).toEqual(['troops-remain']);
    expect(ids('The troops will not leave.')).toEqual(['troops-remain']);
  });

  it('does not without the inference', () => {
    const { ids } = candidatesIn(without);
    expect(ids('The troops will stay.')).toEqual(['troops-remain']);
    expect(ids('The troops will not leave.')).toEqual([]);
  });

  it('returns each candidate once, in claim order', () => {
    const { ids } = candidatesIn(withInference);
    expect(ids('The troops and advisers will stay at the base and not leave.')).toEqual([
      'troops-remain',
      'troops-at-base',
      'advisers-troops',
    ]);
  });

  it('works on hand-made words too: only the hits and the figures matter', () => {
    const index = createClaimIndex(withInference);
    const words: SentenceWords = {
      text: 'x',
      tokens: [],
      hits: [
        { concept: 'withdraw', from: 0, to: 1, text: 'x' },
        { concept: 'troops', from: 0, to: 1, text: 'x' },
      ],
    };
    expect(index(words)).toEqual([0]);
    expect(index({ ...words, hits: [] })).toEqual([]);
  });
});
