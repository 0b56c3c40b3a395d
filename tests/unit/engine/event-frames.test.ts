/**
 * An event frame ("…, after the council approved the budget") is taken for granted beside a
 * claim its main clause asserts; when the main clause asserts none, the sentence is read for
 * what the frame tells (engine/index.ts with engine/sentence-facts.ts withoutEventFrames()).
 * Made-up sentences of the bridge story (tests/fixtures/story-bridge/).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { compileStory, createMatcher } from '../../../engine/index';
import { withoutEventFrames } from '../../../engine/sentence-facts';
import { facts } from './bridge-story';

const dir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(dir, path.join(dir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);
const bridge = createMatcher(compileStory(loaded.kb));
const claimsOf = (text: string) =>
  bridge.match(text, { published: '2025-02-10' }).matches.map((m) => m.claim);

describe('an event frame', () => {
  it('tells the claim when the main clause asserts none', () => {
    expect(
      claimsOf(
        'Shopkeepers in Veldmark warned of lost trade, after the city council approved the repair budget.',
      ),
    ).toEqual(['budget-approved']);
  });

  it('stays taken for granted beside a claim the main clause asserts', () => {
    expect(
      claimsOf(
        'The Orsa Bridge was closed for repairs, after the city council approved the repair budget.',
      ),
    ).toEqual(['bridge-closed-for-repairs']);
  });

  it('is the only frame dropped', () => {
    const f = facts('Under the deal, crews left, after the council approved the budget.');
    const kept = withoutEventFrames(f);
    expect(f.frames.map((x) => x.opener)).toEqual(['Under', 'after']);
    expect(kept.frames.map((x) => x.opener)).toEqual(['Under']);
    expect(withoutEventFrames(facts('The council approved the budget.'))).not.toBe(undefined);
  });
});
