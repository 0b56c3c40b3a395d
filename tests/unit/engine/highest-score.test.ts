/**
 * The matcher skips a candidate whose highest possible score (recognize.ts, highestScore()) is
 * no more than the best claim of the sentence so far. That is only sound if no recognition ever
 * scores above it: checked here for every claim of both story packs against every sentence their
 * statements and sources give, and the matcher's choice checked against reading every candidate.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../data/index';
import { loadAndCheck } from '../../../data/load-kb';
import { compileStory } from '../../../engine/compile-story';
import { createConceptFinder } from '../../../engine/find-concepts';
import { createEntityFinder } from '../../../engine/find-entities';
import { createMatcher } from '../../../engine/index';
import { highestScore, recognize } from '../../../engine/recognize';
import { parsePublished } from '../../../engine/resolve-dates';
import { readFacts, readWords } from '../../../engine/sentence-facts';
import type { StoryPack } from '../../../engine/types';

/** Every claim read on every sentence: seconds on a loaded machine; not a timed test. */
const HEAVY = 30_000;

const bridgeDir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(bridgeDir, path.join(bridgeDir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);

const PACKS: [string, StoryPack, string][] = [
  ['the Iraq story', pack, '2024-09-15'],
  ['the bridge story', loaded.kb, '2025-02-10'],
];

/** Sentences that assert, deny or date the pack's claims: its statements and its sources' words. */
const sentencesOf = (storyPack: StoryPack) => [
  ...new Set(storyPack.claims.flatMap((c) => [c.statement, ...c.sources.map((s) => s.says)])),
];

describe.each(PACKS)('highest scores on %s', (_name, storyPack, published) => {
  const story = compileStory(storyPack);

  it('are compiled for every claim', () => {
    expect(story.claimTables.highestScore).toEqual(story.kb.claims.map(highestScore));
  });

  it(
    'no recognition scores above its claim’s highest score, and some reach it',
    () => {
      const reader = {
        findConcepts: createConceptFinder(story.phrases),
        findEntities: createEntityFinder(story.entities),
        otherTheatres: new Set(story.topic.otherTheatres),
      };
      let accepted = 0;
      let reached = 0;
      for (const sentence of sentencesOf(storyPack)) {
        const facts = readFacts(
          readWords(sentence, reader),
          parsePublished(published),
          story.inferences,
        );
        for (const claim of story.kb.claims) {
          const result = recognize(claim, facts);
          if (!result.ok) continue;
          accepted++;
          expect(result.score, `${claim.id} on "${sentence}"`).toBeLessThanOrEqual(
            highestScore(claim),
          );
          if (result.score === highestScore(claim)) reached++;
        }
      }
      expect(accepted).toBeGreaterThan(storyPack.claims.length);
      expect(reached).toBeGreaterThan(0);
    },
    HEAVY,
  );

  it(
    'the matcher picks the claim reading every candidate would pick',
    () => {
      const text = sentencesOf(storyPack).join(' ');
      const matcher = createMatcher(story);
      const { matches } = matcher.match(text, { published });
      // Explain mode reads every claim on every sentence and turns down none unread.
      // It adds why the claim won (the clause read, the runners-up); the rest is the same.
      const explained = matcher.match(text, { published, explain: true }).matches.map((m) => ({
        ...m,
        evidence: m.evidence.filter((e) => e.kind !== 'clause' && e.kind !== 'rival'),
      }));
      expect(matches.length).toBeGreaterThan(storyPack.claims.length / 2);
      expect(matches).toEqual(explained);
    },
    HEAVY,
  );
});
