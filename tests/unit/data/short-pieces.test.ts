/**
 * Short pieces (a brief, a newsletter item, a headline and a few lines) say where they are once,
 * at the top, and tell the rest without naming the place again (topic-gate.ts `ledByPlace`).
 * Briefs about other places, other wars and other years that name the story's place once stay
 * uncarded. Our own sentences, not the sets'.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const claimsIn = (lines: string[], published: string) =>
  matcher.match(lines.join('\n\n'), { published }).matches.map((m) => m.claim);

describe('a brief whose headline or first sentence names the place', () => {
  it('reads its other sentences as the story', () => {
    const claims = claimsIn(
      [
        'Iraq deal on foreign troops slips again',
        'Officials had expected to unveil the accord on the coalition leaving before the end of last month.',
        'The unveiling has now been put off because of the fighting in Gaza, two officials said.',
        'The technical talks between the two sides have already ended.',
        'Negotiators are waiting for the leaders of both governments to approve the text.',
        'No new date was given.',
      ],
      '2024-10-08',
    );
    expect(claims).toContain('announcement-delayed');
    expect(claims.length).toBeGreaterThan(1);
  });
});

describe('briefs about somewhere else that name the place once stay uncarded', () => {
  const none = (lines: string[], published: string) =>
    expect(claimsIn(lines, published), lines[0]).toEqual([]);

  it('a garrison in Syria, its headline naming the Iraqi border', () => {
    none(
      [
        'US to shrink desert garrison near the Iraqi border',
        'The Pentagon will pull its soldiers out of the outpost in two phases over about two years, officials said.',
        'The cut is part of a wider review of American forces in the region.',
        'The garrison sits at al-Tanf, in the south-east of Syria.',
        'Local fighters trained there will stay, the officials added.',
      ],
      '2025-05-12',
    );
  });

  it('troops in Kuwait', () => {
    none(
      [
        'Fewer US troops to stay in Kuwait',
        'The United States will draw down its forces in the emirate in two phases over about two years.',
        'Some of the units will move on to Iraq, officials said.',
        'The remaining soldiers will keep training local forces.',
        'Kuwaiti officials welcomed the plan.',
      ],
      '2025-03-04',
    );
  });

  it('troops in Kuwait, the place named twice in one sentence', () => {
    const claims = claimsIn(
      [
        'Fewer US troops to stay in Kuwait',
        'The United States will draw down its forces in the emirate in two phases over about two years.',
        'Some of the units will move on to the Kurdistan region of Iraq, officials said.',
        'The remaining soldiers will keep training local forces.',
        'Kuwaiti officials welcomed the plan.',
      ],
      '2025-03-04',
    );
    // Only the sentence that names the place may be read as the story's.
    expect(claims).not.toContain('two-year-timetable');
    expect(claims).not.toContain('advisers-remain');
  });

  it("the drone strike on Jordan's Tower 22", () => {
    none(
      [
        'Three US soldiers killed in drone strike on desert outpost',
        'A drone hit Tower 22, a small American base in Jordan close to the Syrian frontier, on Sunday.',
        'Washington blamed militias backed by Iran and based in Iraq.',
        'The Pentagon said the troops would not leave the base.',
        'Amman condemned the attack.',
      ],
      '2024-01-29',
    );
  });

  it('another coalition in another country', () => {
    none(
      [
        'Gulf coalition to pull its forces back from the Red Sea coast',
        'The alliance, formed in 2015, will withdraw its troops in phases over two years, its spokesman said.',
        'Advisers will remain to train the local army.',
        'The coalition was modelled on the one Washington built against Islamic State in Iraq.',
        'The Houthis called the move a defeat for the alliance.',
      ],
      '2025-06-20',
    );
  });

  it('the 2011 withdrawal told again', () => {
    none(
      [
        'The day the last convoy left Iraq',
        'On 18 December 2011 the final American column drove south and out of the country.',
        'The withdrawal followed the security agreement signed in 2008.',
        'Soldiers said they were glad to go home.',
        'Many of them had served three tours since 2003.',
      ],
      '2024-12-18',
    );
  });

  it('a headline naming the place over a pull-back in a country the story does not list', () => {
    none(
      [
        'Iraq sends aid as Israeli troops pull back from south Lebanon',
        'Israeli forces will withdraw from the border villages in two phases, officials said.',
        'Some soldiers will remain at five hilltop posts after the pull-out.',
        'The ceasefire deal was reached in November.',
        'The army said the announcement of the final stage was delayed.',
      ],
      '2025-01-30',
    );
  });

  it('a war elsewhere named in the headline beside the place', () => {
    none(
      [
        'After Iraq, the Sahel: US forces leave Niger',
        'The last American troops will leave the air base at Agadez by September, the Pentagon said.',
        'An agreement on the pull-out was reached after talks with the junta.',
        'A few advisers will stay at the embassy.',
        'The junta called the departure a victory.',
      ],
      '2024-05-20',
    );
  });
});

describe('a piece that names none of the places but names only the place has (topic.placeMarks)', () => {
  it('reads a brief on the factions that never writes the country', () => {
    const claims = claimsIn(
      [
        'Most armed groups agree to hand their guns to the state',
        'Leaders of several armed factions accepted on Sunday that only the state should carry weapons, the judiciary said.',
        'Kataib Hezbollah refused, saying it would disarm only after the US-led coalition leaves.',
        'Talks on the remaining groups will go on next week.',
      ],
      '2025-12-22',
    );
    expect(claims).toContain('factions-agree-weapons-to-state');
  });

  it('leaves a piece on Tower 22 that names the faction beside Jordan uncarded', () => {
    expect(
      claimsIn(
        [
          'Drone kills three US soldiers at desert outpost',
          'The strike on Tower 22 in north-eastern Jordan was blamed on Kataib Hezbollah.',
          'The Pentagon said the troops would stay and vowed to respond.',
          'The faction later said it was suspending its attacks on American forces.',
        ],
        '2024-01-30',
      ),
    ).toEqual([]);
  });

  it('leaves a piece on the faction in Syria uncarded', () => {
    expect(
      claimsIn(
        [
          'Faction fighters pull back from the Euphrates valley',
          'Kataib Hezbollah units left their positions near Albu Kamal in eastern Syria this week.',
          'The group said its fighters would withdraw in stages over the coming months.',
          'American officials welcomed the move.',
        ],
        '2025-02-14',
      ),
    ).toEqual([]);
  });

  it("leaves a piece on Lebanon's Hezbollah handing over its arms uncarded", () => {
    expect(
      claimsIn(
        [
          'Hezbollah agrees to hand weapons south of the river to the army',
          'The group will give up its arms in stages, and US envoys called for complete disarmament.',
          'Israeli forces are to leave five hilltop positions once the handover is done.',
        ],
        '2025-08-10',
      ),
    ).toEqual([]);
  });
});
