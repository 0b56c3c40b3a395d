/**
 * The made-up bridge story (tests/fixtures/story-bridge/), compiled once, and a sentence read the
 * way the matcher reads it before recognition: for tests that pin one rule of reading.
 */
import path from 'node:path';
import { loadAndCheck } from '../../../data/load-kb';
import { compileStory } from '../../../engine/compile-story';
import { createConceptFinder } from '../../../engine/find-concepts';
import { createEntityFinder } from '../../../engine/find-entities';
import { parsePublished } from '../../../engine/resolve-dates';
import { readFacts, readWords } from '../../../engine/sentence-facts';
import type { Claim } from '../../../engine/types';

const bridgeDir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(bridgeDir, path.join(bridgeDir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);

export const story = compileStory(loaded.kb);

const reader = {
  findConcepts: createConceptFinder(story.phrases),
  findEntities: createEntityFinder(story.entities),
  otherTheatres: new Set(story.topic.otherTheatres),
};

/** The story's places, as the matcher reads them: its anchors that are not actors. */
const places = new Set(story.topic.anchors.filter((a) => !story.actors.includes(a)));

/** A sentence's facts, on a page published 10 February 2025 (a Monday) or on `published`. */
export const facts = (sentence: string, published = '2025-02-10') =>
  readFacts(readWords(sentence, reader), parsePublished(published), story.inferences, places);

/** The story's claim that the bridge reopens in March 2025 (a side of the reopening question). */
export const march = story.kb.claims.find((c) => c.id === 'reopens-march-2025') as Claim;
const { position: _side, ...rest } = march;
/** The same claim with no side. */
export const undisputedMarch: Claim = rest;
/** A made-up plan: the bridge reopens in March 2025, the plan named by its repairs, no side. */
export const repairsPlan: Claim = {
  ...undisputedMarch,
  id: 'repairs-reopen-bridge',
  kind: 'plan',
  due: '2025-03',
  recognize: { ...march.recognize, retoldBy: ['repair'] },
};
