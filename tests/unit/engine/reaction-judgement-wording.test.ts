/**
 * A reaction to an event, a judgement of it or another subject's talks are not the claim, and
 * the plain English forms read with them ("too few to", "nor has", "urged troops to leave",
 * "rather than pulling out"), each pinned by sentences we wrote: the wrong card stays off, the
 * claim told plainly stays carded. Written in session 39 for articles-blind-21's errors.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

describe('a reaction, a judgement or another subject is not the claim', () => {
  it('"too few to justify" says the act is not done: no pretext is claimed', () => {
    expect(
      claimsOf(
        'Officials in Baghdad argue the militants are now too few to justify any US military presence.',
        '2024-09-20',
      ),
    ).not.toContain('isis-pretext-for-presence');
    expect(
      claimsOf(
        'Washington uses the Islamic State threat as a pretext to keep its troops in Iraq.',
        '2024-09-20',
      ),
    ).toContain('isis-pretext-for-presence');
  });
  it('anger after the strike that killed Soleimani is not the protest at the later strikes', () => {
    expect(
      claimsOf(
        'Parliament reacted with anger soon after Soleimani was killed by an American drone near Baghdad airport.',
        '2024-02-20',
      ),
    ).not.toContain('us-strikes-angered-baghdad');
    expect(
      claimsOf(
        'Baghdad condemned the US retaliatory strikes on the armed factions as a breach of its sovereignty.',
        '2024-02-20',
      ),
    ).toContain('us-strikes-angered-baghdad');
  });
  it('pipeline talks that stall are not the coalition talks suspended', () => {
    expect(
      claimsOf('Crude slips as regional tension eases; Kirkuk pipeline talks stall', '2024-10-20'),
    ).not.toContain('talks-suspended');
    expect(
      claimsOf(
        'Washington has suspended the withdrawal talks with Baghdad, citing the risk of a regional war.',
        '2024-10-20',
      ),
    ).toContain('talks-suspended');
  });
  it('a colon joins two statements as a semicolon does: the reading one of them holds wins', () => {
    const told =
      'Look closely and the deal is a relabelling rather than an exit: the coalition banner is lowered, and American soldiers stay on under bilateral security agreements.';
    expect(claimsOf(told, '2024-10-20')).toContain('bilateral-transition');
    expect(claimsOf(told, '2024-10-20')).not.toContain('us-calls-it-transition');
    expect(
      claimsOf('US officials said: this is a transition, not a withdrawal.', '2024-10-20'),
    ).toContain('us-calls-it-transition');
  });
});

const cases: WordingCase[] = [
  [
    'a plan still to get its "final blessing"',
    'Both governments have yet to give the accord their final blessing.',
    '2024-09-20',
    'plan-awaits-final-approval',
  ],
  [
    'a caliphate "wiped off the map"',
    "Islamic State's caliphate was wiped off the map in 2019.",
    '2024-09-20',
    'isis-territorially-defeated-2019',
  ],
  [
    'Washington "presents" the change "as" a new role, "rather than pulling out"',
    'US officials present the drawdown as a change of role rather than pulling out.',
    '2024-09-20',
    'us-calls-it-transition',
  ],
  [
    'a 2020 resolution "urging" the forces "to leave"',
    'In January 2020 the parliament adopted a resolution urging the foreign troops to leave.',
    '2024-02-20',
    'parliament-vote-2020',
  ],
  [
    'an inverted "nor has" leaving the named group there',
    'Nor has Islamic State been beaten: its cells still carry out raids in the desert.',
    '2024-10-20',
    'isis-still-threat',
  ],
  [
    'a departure "too soon" that "could open the door" to a comeback',
    'Senators warned that leaving too soon could open the way to an Islamic State comeback and more Iranian sway.',
    '2024-09-28',
    'withdrawal-could-embolden-isis-iran',
  ],
];
describeWordings('general English forms of the claims', cases);

describe('near misses of the same wording stay uncarded', () => {
  it('another subject presented as something is no description of the exit', () => {
    expect(
      claimsOf('The oil ministry presented the pipeline plan as a boost to exports.', '2024-09-20'),
    ).toEqual([]);
  });
  it('a blessing that is not final is no approval awaited', () => {
    expect(
      claimsOf('The cleric gave the crowd his blessing at Friday prayers.', '2024-09-20'),
    ).toEqual([]);
  });
});
