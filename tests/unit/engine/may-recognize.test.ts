/**
 * The matcher does not read a candidate that mayRecognize() (recognize.ts) turns down. That is
 * only sound if recognize() agrees: it accepts no claim mayRecognize() turns down. Checked for
 * every claim of both
 * story packs against every sentence their statements and sources give, each also read as a
 * headline (the page's date may time it) and as a report of the page's days ("on Sunday"), on
 * pages of several months.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../data/index';
import { loadAndCheck } from '../../../data/load-kb';
import { compileStory } from '../../../engine/compile-story';
import { createConceptFinder } from '../../../engine/find-concepts';
import { createEntityFinder } from '../../../engine/find-entities';
import { mayRecognize, recognize } from '../../../engine/recognize';
import { parsePublished } from '../../../engine/resolve-dates';
import { readFacts, readWords } from '../../../engine/sentence-facts';
import type { StoryPack } from '../../../engine/types';

const bridgeDir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(bridgeDir, path.join(bridgeDir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);

const PACKS: [string, StoryPack, string[]][] = [
  ['the Iraq story', pack, ['2024-09-15', '2025-02-10', '2025-09-20', '2026-01-08', '2026-10-20']],
  ['the bridge story', loaded.kb, ['2025-02-10', '2025-09-20', '2026-01-08']],
];

/** Sentences that assert, deny or date the pack's claims: its statements and its sources' words. */
const sentencesOf = (storyPack: StoryPack) => [
  ...new Set(storyPack.claims.flatMap((c) => [c.statement, ...c.sources.map((s) => s.says)])),
];

/** The sentence as told, as a headline (no closing stop) and as a report of the page's days. */
const variantsOf = (sentence: string) => {
  const bare = sentence.replace(/[.!?]+$/, '');
  return [sentence, bare, `${bare} on Sunday.`];
};

describe.each(PACKS)('reading fewer candidates on %s', (_name, storyPack, pages) => {
  const story = compileStory(storyPack);
  const reader = {
    findConcepts: createConceptFinder(story.phrases),
    findEntities: createEntityFinder(story.entities),
    otherTheatres: new Set(story.topic.otherTheatres),
  };

  it('recognize() accepts no claim mayRecognize() turns down', () => {
    let turnedDown = 0;
    for (const published of pages)
      for (const sentence of sentencesOf(storyPack).flatMap(variantsOf)) {
        const facts = readFacts(
          readWords(sentence, reader),
          parsePublished(published),
          story.inferences,
        );
        story.kb.claims.forEach((claim, i) => {
          // A plan a page after its date may tell as done with no date (done-after-due.ts).
          const until = story.claimTables.toldDoneUntil[i];
          if (mayRecognize(claim, facts, until)) return;
          turnedDown++;
          const accepted = recognize(claim, facts, until).ok;
          expect(accepted, `${claim.id} on "${sentence}" (${published})`).toBe(false);
        });
      }
    // Not vacuous: many candidates are turned down unread.
    expect(turnedDown).toBeGreaterThan(storyPack.claims.length);
    // Every claim on some thousands of sentences: seconds on a busy machine.
  }, 30_000);
});
