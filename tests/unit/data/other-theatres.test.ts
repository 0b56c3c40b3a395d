/**
 * A sentence set in another theatre (`topic.otherTheatres`) is not about the story, even inside
 * one of our articles: rebels disarming in Colombia, NATO troops in Kosovo, a mission leaving
 * Haiti share the story's words (a faction, weapons handed in, troops leaving, a deal). The list
 * names places where such news is common; a sentence of ours with the same words is still carded.
 * Our own sentences.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const cardedLines = (lines: string[], published: string) =>
  matcher
    .match(lines.join('\n\n'), { published })
    .matches.map((m) => ({ claim: m.claim, line: lines.findIndex((l) => l.includes(m.text)) }));

const article = (aside: string) => [
  'Nujaba: no disarmament while US troops remain in Iraq',
  'The Nujaba movement said on Sunday it would keep its arms for as long as American forces stayed in Iraq.',
  aside,
  'The government in Baghdad did not comment.',
];

describe('a sentence set in another theatre stays uncarded inside our article', () => {
  const asides = [
    'In Colombia, an armed faction agreed on Tuesday to hand in its weapons by June.',
    'In Colombia, a guerrilla faction agreed this month to hand in its guns by the spring.',
    'A rebel faction in Colombia agreed on Friday to hand in its weapons within three months.',
    'Colombian guerrillas signed a deal in 2016 to give up their weapons under UN watch.',
    'NATO has kept troops in Kosovo since 1999 and has no plan to pull them out.',
    'A Kenyan-led police mission began leaving Haiti in stages this year.',
  ];
  for (const aside of asides) {
    it(aside, () => {
      const lines = article(aside);
      expect(cardedLines(lines, '2025-12-21').filter((c) => c.line === 2)).toEqual([]);
    });
  }
});

describe('the same words about our story are still carded', () => {
  it('factions agreeing to hand their weapons to the state', () => {
    const lines = article(
      'Several other Iraqi factions agreed in December to hand their weapons over to the state.',
    );
    expect(cardedLines(lines, '2026-01-10').some((c) => c.line === 2)).toBe(true);
  });
});
