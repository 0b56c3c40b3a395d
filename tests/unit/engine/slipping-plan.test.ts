/**
 * "Officials blamed the delay on …" after a plan's card (engine/carry-context.ts namesSlipping):
 * the noun names the plan's slipping, so the sentence does not state the plan again. The bridge
 * pack's March reopening, made a plan, is the card before.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { namesSlipping } from '../../../engine/carry-context';
import { compileStory, createMatcher } from '../../../engine/index';
import { tokenize } from '../../../engine/tokenize';

const dir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(dir, path.join(dir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);
const kb = loaded.kb;
const asPlan = (kind: 'plan' | 'event') => ({
  ...kb,
  claims: kb.claims.map((c) =>
    c.id === 'reopens-march-2025' ? { ...c, kind, due: '2025-03' } : c,
  ),
});
const cardsOf = (kind: 'plan' | 'event', text: string) =>
  createMatcher(compileStory(asPlan(kind) as typeof kb))
    .match(text, { published: '2025-04-10' })
    .matches.map((m) => [m.claim, m.text]);

const told = 'The Orsa Bridge was to reopen in March 2025.';
const blamed = 'Officials blamed the delay on the weather.';

describe('a noun of slipping after a plan', () => {
  it('names the slipping, not the plan', () => {
    const at = (text: string, noun: string) => {
      const tokens = tokenize(text);
      return namesSlipping(
        tokens,
        tokens.findIndex((t) => t.norm === noun),
      );
    };
    expect(at(blamed, 'delay')).toBe(true);
    expect(at('The council blamed the postponement on the storms.', 'postponement')).toBe(true);
    expect(at('The council credited the improvement to the crews.', 'improvement')).toBe(false);
  });

  it('does not state the plan again', () => {
    const cards = cardsOf('plan', `${told} ${blamed}`);
    expect(cards.filter(([, text]) => text === blamed)).toEqual([]);
  });

  it('still names an event told before again (a delay that happened is that event)', () => {
    const cards = cardsOf('event', `${told} ${blamed}`);
    expect(cards.filter(([, text]) => text === blamed).map(([claim]) => claim)).toEqual([
      'reopens-march-2025',
    ]);
  });
});
