/**
 * The contested claims a reader most needs context for are recognised in other outlets' words,
 * and the card says plainly that only one source makes them; a denial of them is not read as the
 * claim. Outlets that relay one report are one source too.
 */

import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const PUBLISHED = '2024-09-15';
const claimsOf = (text: string) =>
  matcher.match(text, { published: PUBLISHED }).matches.map((m) => m.claim);
const only = (text: string) => {
  const { matches } = matcher.match(text, { published: PUBLISHED });
  expect(matches).toHaveLength(1);
  const m = matches[0];
  if (!m) throw new Error('no match');
  return m;
};

describe('single-source allegations', () => {
  it.each([
    'Some commentators allege that Washington and its Gulf allies secretly backed ISIS as it swept across Iraq in 2014.',
    'The site repeated its claim that the US covertly armed Islamic State militants in Iraq.',
  ])('covert US support for ISIS: %s', (text) => {
    const m = only(text);
    expect(m.claim).toBe('isis-covert-us-support-2014');
    expect(m.verdict).toBe('single-source');
    expect(m.corroborating.map((s) => s.source)).toEqual(['cradle']);
    expect(m.contradicting).toEqual([]);
    expect(m.summary).toBe('1 outlet corroborates · none contradicts');
    expect(m.origins).toEqual({ corroborating: 1, contradicting: 0 });
  });

  it.each([
    'Critics argue that the Strategic Framework Agreement lets American troops stay in Iraq indefinitely.',
    'Under the SFA, one analyst said, US forces will remain in Iraq for the long term.',
  ])('the framework agreement keeps US forces for the long term: %s', (text) => {
    const m = only(text);
    expect(m.claim).toBe('framework-agreement-keeps-us-forces');
    expect(m.verdict).toBe('single-source');
    expect(m.corroborating.map((s) => s.source)).toEqual(['dinaropinions']);
  });

  it.each([
    'There is no evidence that Washington secretly backed ISIS when it took Mosul in 2014.',
    'Washington denies it ever covertly supported the Islamic State in Iraq.',
    'Iraqi officials say the Strategic Framework Agreement does not allow US troops to stay in Iraq indefinitely.',
    'The CIA secretly helped Iraqi units fight ISIS in 2015.',
  ])('a denial or another story is not the allegation: %s', (text) => {
    expect(claimsOf(text)).not.toContain('isis-covert-us-support-2014');
    expect(claimsOf(text)).not.toContain('framework-agreement-keeps-us-forces');
  });
});

describe('outlets relaying one report', () => {
  it('two outlets repeating the Reuters scoop are one source, and the card says so', () => {
    const m = only(
      'Washington and Baghdad have broadly agreed the plan, which still awaits a final go-ahead from both capitals.',
    );
    expect(m.claim).toBe('plan-awaits-final-approval');
    expect(m.corroborating.map((s) => s.source).sort()).toEqual(['clamreport', 'cradle']);
    expect(m.corroborating.map((s) => s.origin)).toEqual(['reuters-2024-09', 'reuters-2024-09']);
    expect(m.origins).toEqual({ corroborating: 1, contradicting: 0 });
    expect(m.verdict).toBe('single-source');
    expect(m.summary).toBe('2 outlets corroborate (both relay one report) · none contradicts');
  });

  it('independent reports behind an agreement are counted apart from the outlets', () => {
    const m = only(
      'Baghdad and Washington have agreed on a timetable for the withdrawal of coalition troops.',
    );
    expect(m.claim).toBe('agreement-reached');
    // Reuters (the three seeds and Noon Post, which recalls it), Rudaw's interview with Jiad, the
    // INA interview with Allawi, the joint statement of 27 September 2024 (three library outlets),
    // and nine library articles each relaying a report or speaker of its own.
    expect(m.origins).toEqual({ corroborating: 13, contradicting: 0 });
    expect(m.summary).toBe('18 outlets corroborate (13 independent reports) · none contradicts');
    expect(m.verdict).toBe('corroborated');
  });
});
