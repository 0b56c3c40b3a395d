/**
 * A short piece led by the story's place is read whole, so the staff and timetables of building
 * works, and traders packing up a market, must not lend their words to the story: construction
 * works finished "in stages", a builder's or contractor's engineers or technical staff who stay on
 * to train local workers (a firm's people, `companies`), and vendors packing up their stalls
 * ("stalls" a noun, people leaving a market: `civilians-leave`). Short pieces of ours must still
 * be carded. Our own sentences, not the sets' (negatives-blind-11 found the cards these readings
 * took away).
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const claimsIn = (lines: string[], published: string) =>
  matcher.match(lines.join('\n\n'), { published }).matches.map((m) => m.claim);
const none = (lines: string[], published: string) =>
  expect(claimsIn(lines, published), lines[0]).toEqual([]);

describe('building works and market traders stay uncarded', () => {
  it("a water plant's works in stages and its foreign technical staff", () => {
    none(
      [
        'Ministry signs Nasiriyah water plant contract',
        'BAGHDAD — The water ministry said on Monday that the works on the Nasiriyah treatment plant will be finished in stages over two years.',
        'Foreign technical staff will stay at the plant after it opens, in a training role for the operators.',
        'The first pumps are due to run next summer.',
      ],
      '2025-03-10',
    );
  });

  it("a builder's engineers who stay on to train local crews", () => {
    none(
      [
        'New bridge opens in Erbil',
        'ERBIL — A new bridge over the Greater Zab opened to traffic on Sunday, the city council said.',
        'Some engineers from the Chinese builder will stay on for six months to train municipal crews.',
        'Drivers said the old crossing had been jammed for years.',
      ],
      '2026-04-12',
    );
  });

  it('traders packing up their stalls after a fair', () => {
    none(
      [
        'Book fair closes in Baghdad',
        "BAGHDAD — Iraq's biggest book fair closed on Friday after ten days of readings and debates.",
        'Traders packed up their stalls by the evening, and the fair is back next spring.',
        'Organisers counted more visitors than last year.',
      ],
      '2025-12-05',
    );
  });
});

describe('short pieces of ours are still carded', () => {
  it('the pull-out in two stages over two years', () => {
    const claims = claimsIn(
      [
        'Coalition exit to run in stages',
        "BAGHDAD — The coalition's withdrawal from Iraq will run in stages over two years, Iraqi officials said.",
        'Officials gave no date for the first stage.',
      ],
      '2024-09-12',
    );
    expect(claims).toContain('two-year-timetable');
  });

  it('coalition advisers who stay on to train Iraqi forces', () => {
    const claims = claimsIn(
      [
        'Some coalition advisers to stay in Iraq',
        'BAGHDAD — Some US and coalition advisers will stay on after the drawdown to train Iraqi forces, officials said.',
        'A contractor is repairing the runway at the base.',
      ],
      '2024-09-20',
    );
    expect(claims).toContain('advisers-remain');
  });

  it('the announcement of the deal held up', () => {
    const claims = claimsIn(
      [
        'Iraq withdrawal announcement delayed',
        'BAGHDAD — The announcement of the coalition withdrawal deal has been delayed because of the war in Gaza, officials said.',
        'Traders in the capital packed up their stalls early as protests began.',
      ],
      '2024-09-18',
    );
    expect(claims).toContain('announcement-delayed');
  });
});
