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
