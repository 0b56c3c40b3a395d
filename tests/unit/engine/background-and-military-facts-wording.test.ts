/**
 * How the press words the background and the military facts, taught to the vocabulary
 * (data/vocabulary.json) after the blind bank bank-fresh-c.jsonl: each phrasing pinned by a
 * sentence we wrote, not one of the bank's, and the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import {
  cardsOfArticle,
  describeWordings,
  expectNotCarded,
  type WordingCase,
} from './story-sentence';

const cases: WordingCase[] = [
  [
    'a state agency\'s "terrorist operations" that "dropped"',
    'Terrorist operations in Iraq dropped from 42 in 2024 to four in 2025, the army said.',
    '2026-01-10',
    'isis-attacks-fell-2025',
  ],
  [
    'attacks that "fall tenfold"',
    'Islamic State attacks in Iraq fall tenfold in a year, commanders say.',
    '2025-12-28',
    'isis-attacks-fell-2025',
  ],
  [
    'attacks that "plunge"',
    'Daesh attacks across Iraq plunge to four as 2025 ends.',
    '2025-12-29',
    'isis-attacks-fell-2025',
  ],
  [
    'operations "carried out", "compared with" the year before',
    'Daesh carried out only four operations in Iraq in 2025, compared with forty-two the year before.',
    '2026-01-12',
    'isis-attacks-fell-2025',
  ],
  [
    'the group "a spent force"',
    'In Iraq, Daesh is now a spent force, the national security adviser said.',
    '2025-09-01',
    'isis-no-longer-threat',
  ],
  [
    'the group "declared finished as a threat"',
    'Officials in Baghdad have declared the group finished as a threat to the Iraqi state, after Islamic State attacks all but stopped.',
    '2025-12-20',
    'isis-no-longer-threat',
  ],
  [
    'the group "not dead yet"',
    'ISIS is not dead yet in Iraq, a Peshmerga general warned.',
    '2025-04-10',
    'isis-still-threat',
  ],
  [
    'the group that "still has hundreds of fighters"',
    'Kurdish officers say ISIS still has several hundred fighters hiding in Iraq and keeps attacking.',
    '2025-04-10',
    'isis-still-threat',
  ],
  [
    'a threat "inflated" to keep troops',
    'The factions accuse Washington of inflating the Daesh threat so that its troops can stay in Iraq.',
    '2025-03-01',
    'isis-pretext-for-presence',
  ],
  [
    '"hiding behind" the group',
    'The United States is hiding behind ISIS to keep its soldiers in Iraq, the lawmaker said.',
    '2025-03-01',
    'isis-pretext-for-presence',
  ],
  [
    'a city the group "stormed into"',
    'In June 2014 Islamic State fighters stormed into Mosul and took much of northern Iraq.',
    '2024-06-10',
    'isis-seized-territory-2014',
  ],
  [
    'the caliphate "declared destroyed"',
    "In 2019 Washington declared the Islamic State's caliphate destroyed.",
    '2024-12-01',
    'isis-territorially-defeated-2019',
  ],
  [
    'an alliance "stitched together"',
    'Washington stitched together the coalition against ISIS in 2014 to help Iraq.',
    '2024-09-10',
    'coalition-formed-2014',
  ],
  [
    'a role "confined to advice and assistance"',
    'Since December 2021 the US forces in Iraq have been confined to advice and assistance.',
    '2025-07-01',
    'advise-assist-2021',
  ],
  [
    'a vote "for the foreign forces to leave"',
    "In January 2020 Iraq's parliament voted for the foreign forces to leave the country.",
    '2025-01-05',
    'parliament-vote-2020',
  ],
  [
    'US strikes called "unacceptable"',
    "Iraq's government said the American airstrikes on the armed groups were unacceptable.",
    '2024-02-04',
    'us-strikes-angered-baghdad',
  ],
  [
    'Iraqi and US forces that "teamed up" in Anbar',
    'Iraqi intelligence teamed up with US troops for a raid on militants in western Anbar.',
    '2024-09-01',
    'joint-raid-anbar-2024',
  ],
  [
    '"Victory complex" for the Baghdad base',
    'US troops in Iraq are based at Ain al-Asad, the Victory complex by Baghdad airport and Harir.',
    '2025-04-02',
    'us-forces-at-three-bases',
  ],
  [
    'a footprint "expanded" in Kirkuk',
    'The US military expanded its footprint in Kirkuk and in Syria this year.',
    '2024-10-10',
    'us-reinforced-presence',
  ],
  [
    'a withdrawal giving Tehran "exactly what it wants"',
    'A complete US withdrawal from Iraq would give Tehran exactly what it wants, a former general warned.',
    '2025-09-30',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'a count set against "the year before it was"',
    'Daesh staged four attacks in Iraq in 2025; the year before there were forty-two.',
    '2026-01-15',
    'isis-attacks-fell-2025',
  ],
  [
    'a headline where "Iraq summons" an envoy',
    'Iraq summons American diplomat over retaliatory strikes on armed groups',
    '2024-02-04',
    'us-strikes-angered-baghdad',
  ],
  [
    'a protest "with Washington over the raids"',
    'Baghdad filed a complaint with Washington over the raids on the Popular Mobilisation Forces.',
    '2024-02-05',
    'us-strikes-angered-baghdad',
  ],
  [
    'the fight against the group "only a cover"',
    'For the factions, fighting ISIS is only a cover for keeping American troops in Iraq.',
    '2025-03-01',
    'isis-pretext-for-presence',
  ],
  [
    'attacks that "shrank to" a count',
    'Daesh attacks in Iraq shrank to four last year from 42 the year before, the army says.',
    '2026-02-01',
    'isis-attacks-fell-2025',
  ],
  [
    'a group that "poses little threat"',
    'Islamic State now poses little threat to the state in Iraq, ministers say.',
    '2025-11-01',
    'isis-no-longer-threat',
  ],
  [
    'a group "alive and kicking"',
    'ISIS is alive and kicking in northern Iraq and attacks patrols at night, a colonel said.',
    '2025-05-01',
    'isis-still-threat',
  ],
  [
    'a country left "at Tehran\'s mercy"',
    "Pulling every American soldier out of Iraq would leave the country at Tehran's mercy, a senator warned.",
    '2025-10-01',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'Baghdad that "cried foul" over US strikes',
    'Baghdad cried foul over the American airstrikes on the armed factions.',
    '2024-02-06',
    'us-strikes-angered-baghdad',
  ],
  [
    'troops "poured into" Syria and Kirkuk',
    'The Pentagon poured extra troops into Syria and into Kirkuk this autumn.',
    '2024-11-01',
    'us-reinforced-presence',
  ],
  [
    'a caliphate "dismantled"',
    'The Islamic State caliphate was dismantled in 2019 after the battle for Baghouz.',
    '2024-12-01',
    'isis-territorially-defeated-2019',
  ],
  [
    'allies that "quietly bankrolled" the group',
    'Some Iraqi politicians claim the US quietly bankrolled ISIS as it took Mosul in 2014.',
    '2024-10-30',
    'isis-covert-us-support-2014',
  ],
];

describeWordings('idiomC: the background and the military facts as the press words them', cases);

describe('idiomC: "the vote" points back at the vote told before', () => {
  it('carries the parliament to a sentence opening on "The vote"', () => {
    const text =
      "Days after the airport strike, Iraq's parliament voted to send the foreign troops home. " +
      'The vote of January 2020 called for an end to any foreign military presence in Iraq.';
    expect(
      cardsOfArticle(text, '2026-01-04').filter((c) => c === 'parliament-vote-2020'),
    ).toHaveLength(2);
  });
});

describe('idiomC: the near misses stay uncarded', () => {
  it('another army that reinforces its base in Syria', () => {
    expectNotCarded(
      'Russia has reinforced its air base on the Syrian coast.',
      '2024-10-15',
      'us-reinforced-presence',
    );
  });
  it("a war's victory over the group is no political win", () => {
    expectNotCarded(
      'The Iraqi government proclaimed its final victory over the militants in December 2017.',
      '2025-06-10',
      'sudani-political-win',
    );
  });
  it('troops kept abroad at large are not the stay in Iraq', () => {
    expectNotCarded(
      'Senators questioned the cost of keeping troops abroad indefinitely.',
      '2024-11-20',
      'presence-continues',
    );
  });
  it('Iran protesting US strikes is not Baghdad protesting them', () => {
    expectNotCarded(
      "Iran's foreign ministry condemned the American strikes on the armed groups.",
      '2024-02-04',
      'us-strikes-angered-baghdad',
    );
  });
  it('another group, another country, another army', () => {
    expectNotCarded(
      'Al-Shabaab poses little threat to Nairobi, Kenyan officials say.',
      '2025-11-01',
      'isis-no-longer-threat',
    );
    expectNotCarded(
      'Baghdad cried foul over Turkish strikes in Duhok.',
      '2024-02-06',
      'us-strikes-angered-baghdad',
    );
    expectNotCarded(
      'Russia poured more troops into Syria in 2015.',
      '2024-11-01',
      'us-reinforced-presence',
    );
    expectNotCarded(
      'Attacks on shipping in the Red Sea shrank to a handful in 2025.',
      '2026-01-05',
      'isis-attacks-fell-2025',
    );
  });
  it('a group that is "far from a spent force" is not declared harmless', () => {
    expectNotCarded(
      'In Iraq, Daesh is far from a spent force, the general said.',
      '2025-09-01',
      'isis-no-longer-threat',
    );
  });
});
