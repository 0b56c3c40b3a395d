/**
 * Near misses from articles about other wars, other withdrawals and other places that share the
 * story's words (the negatives set, tests/fixtures/eval/negatives-blind-*.jsonl), restated in
 * our own words. Each test names the pattern, not the article it was seen in.
 */

import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const claimsIn = (text: string, published = '2025-10-10') =>
  matcher.match(text, { published }).matches.map((m) => m.claim);

/** Sentences that keep an article on the story's ground, so the gate reads the one after them. */
const IRAQ = 'Iraq is holding talks in Baghdad. Officials in Iraq say more are due.';

describe('places that sound like a person of the story', () => {
  it('the Kurdish city of Sulaimani is not the general killed in 2020', () => {
    expect(
      claimsIn(`${IRAQ} Drones struck two villages near Sulaimani in 2020, killing a shepherd.`),
    ).toEqual([]);
    // The general is still read under his name, however it is spelt.
    expect(
      claimsIn(`${IRAQ} A US drone strike in Baghdad in January 2020 killed Qassem Sulaimani.`),
    ).toContain('soleimani-strike-2020');
  });
});

describe('other missions', () => {
  it('a political or assistance mission no longer needed is not the coalition asked to leave', () => {
    expect(
      claimsIn(
        `${IRAQ} The prime minister, al-Sudani, said Iraq no longer needed a political mission and could run its own elections.`,
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        `${IRAQ} Al-Sudani said the country no longer needed the coalition's mission or foreign troops.`,
      ),
    ).toContain('baghdad-seeks-end-of-presence');
  });
});

describe('presences that ended', () => {
  it('troops "ending a decade-long presence" are not a presence that goes on', () => {
    expect(
      claimsIn(
        `${IRAQ} US soldiers left the outpost on Friday, ending a decade-long presence in Iraq's desert.`,
      ),
    ).not.toContain('presence-continues');
    expect(
      claimsIn(`${IRAQ} US forces will keep a presence in Iraq for the foreseeable future.`),
    ).toContain('presence-continues');
  });
});

describe('history told', () => {
  it('an article that dates what it tells only before the story is history, dated or not', () => {
    const article = [
      'When The Last Convoy Left Iraq',
      'The last US convoy left Iraq for Kuwait in December 2011.',
      'A deal signed in Baghdad in 2008 had set the end of 2011 as the deadline.',
      'At the peak in 2007 there were about 170,000 US troops in Iraq.',
      'Talks on keeping several thousand US trainers in Iraq broke down over immunity.',
    ].join('\n\n');
    const result = matcher.match(article, { published: '2024-12-18' });
    expect(result.matches).toEqual([]);
    expect(result.offTopic).toMatch(/history, not this story$/);
  });

  it('a sentence dated only by "that autumn" after one about 2011 is history, not the story', () => {
    const history =
      'Iraq saw the last US convoy leave in December 2011, under a deal signed in 2008 in Baghdad.';
    expect(
      claimsIn(`${history} Talks on keeping some US trainers in Iraq broke down that autumn.`),
    ).toEqual([]);
    expect(
      claimsIn(
        `${IRAQ} Washington said some US trainers will stay in Iraq after the drawdown in an advisory role.`,
      ),
    ).toContain('advisers-remain');
  });
});

describe('the actor and the object a claim needs', () => {
  const none = (sentence: string) => expect(claimsIn(`${IRAQ} ${sentence}`), sentence).toEqual([]);

  it("another country's army in Iraq is not the coalition", () => {
    none(
      'Ankara has no plans to pull its forces out of the Bashiqa camp for the foreseeable future.',
    );
    none('Al-Sudani said Iraq no longer needs Turkish troops on its soil.');
    none('Parliament voted to demand that Turkish troops withdraw from the north.');
    expect(
      claimsIn(
        `${IRAQ} The US will keep troops in Iraq for the foreseeable future, officials said.`,
      ),
    ).toContain('presence-continues');
  });

  it("another mission's departure is not the coalition's timetable", () => {
    none("The UN mission's withdrawal from Iraq will be completed by the end of 2025.");
  });

  it('a deal on oil, salaries or the budget is not the withdrawal deal', () => {
    none(
      'A senior US official said there is an agreement with Erbil on oil, and only the date of its announcement is open.',
    );
  });

  it('withdrawing a candidate or old banknotes is not withdrawing troops', () => {
    none('The ruling coalition said its members agreed to withdraw their candidate.');
    none("Iraq and the US agreed on the withdrawal of the dinar's old notes by the end of 2025.");
  });

  it("Iraq's own forces leaving a place are not the coalition leaving", () => {
    none('Iraqi forces began withdrawing from Sinjar in January 2024 under a deal with Erbil.');
    none(
      'Baghdad and Erbil agreed that federal forces would leave the oil fields of Kirkuk by September 2025.',
    );
    expect(
      claimsIn(
        `${IRAQ} Hundreds of coalition troops will leave Baghdad and Ain al-Asad by September 2025, handing the bases to Iraqi forces.`,
        '2024-10-01',
      ),
    ).toContain('first-phase-sept-2025');
    // Iraqi forces named next to the coalition's leaving are not the ones leaving.
    expect(
      claimsIn(
        `${IRAQ} By September 2025 the coalition is to hand Ain al-Asad to Iraqi forces and leave its Baghdad headquarters.`,
        '2024-10-01',
      ),
    ).toContain('first-phase-sept-2025');
  });

  it('the presence of armed groups or camps, and oil companies leaving, are not the foreign troops', () => {
    none('Al-Sudani said the government aims to end the presence of armed groups in Sinjar.');
    none(
      "Baghdad's stated aim is to end the presence of displaced persons camps by the end of 2024.",
    );
    none(
      "The Iraqi government wants all foreign oil companies to leave Kurdistan's blocks by the end of 2026.",
    );
  });

  it('an embassy that stays open is not troops that stay', () => {
    none('The US embassy in Baghdad will stay open for the foreseeable future.');
  });

  it('the first phase of a road, a port or a housing scheme is not the first phase of the pull-out', () => {
    none('The first phase of the Development Road will be finished by September 2025.');
    none('The first stage of the housing programme will be finished by September 2025.');
    expect(
      claimsIn(`${IRAQ} The first phase of the withdrawal ends in September 2025.`, '2024-10-01'),
    ).toContain('first-phase-sept-2025');
  });
});

describe('neighbouring places', () => {
  const none = (sentence: string) => expect(claimsIn(`${IRAQ} ${sentence}`), sentence).toEqual([]);

  it('a garrison or city of the neighbour is the neighbour', () => {
    none('The US said it would keep some troops at al-Tanf for the long term.');
    none('US troops will stay near Raqqa for the foreseeable future.');
  });

  it('the Gulf states that host US bases are neighbours, not the story', () => {
    none(
      'US troops in Kuwait will remain there for the foreseeable future under the defence pact.',
    );
  });

  it('advisers who stay in the neighbouring country are not the advisers kept at the base', () => {
    none('A few US advisers will stay in Syria to help the new army after the drawdown.');
    expect(
      claimsIn(
        `${IRAQ} Iraq kept about 300 US advisers at Ain al-Asad past the September deadline because of the war in Syria.`,
        '2025-11-10',
      ),
    ).toContain('advisers-kept-at-ain-al-asad');
  });
});

describe('other theatres', () => {
  it('an article about the Sahel that names Iraq in passing is about the Sahel', () => {
    const sahel = [
      'France Leaves Mali',
      'French troops left Mali in August 2022 after nine years, much as the US left Iraq in 2011.',
      'Paris said its remaining forces in the Sahel would stay for the foreseeable future, in a training role.',
      "The Malian junta turned to Russia, and Iraq's experience was cited by officials in Bamako.",
      'Some advisers will stay in Niamey to train local forces after the drawdown.',
    ].join('\n\n');
    const result = matcher.match(sahel, { published: '2024-09-10' });
    expect(result.matches).toEqual([]);
    expect(result.offTopic).toBe('mostly about another place');
  });

  it('a sentence about troops in Europe, Asia or Africa, naming no place of the story, is not the story', () => {
    expect(
      claimsIn(
        `${IRAQ} The US will keep troops in Europe for the foreseeable future, the alliance said.`,
      ),
    ).toEqual([]);
  });
});

describe('the neighbour as the aim', () => {
  const before =
    "US-led coalition forces are leaving Baghdad and Ain al-Asad for Erbil in Iraq's Kurdistan Region.";
  it('troops kept "to support operations in Syria" are still the story’s troops', () => {
    expect(
      claimsIn(
        `${before} Fewer than 2,000 US troops will remain after the drawdown, mostly to support operations in Syria.`,
      ),
    ).toContain('us-troops-fewer-than-2000');
    // Troops kept in Syria itself are the neighbour's story.
    expect(
      claimsIn(`${before} Fewer than 2,000 US troops will remain in Syria after the drawdown.`),
    ).toEqual([]);
  });
});

describe('other talks', () => {
  it('talks on forming a government are not the talks on the coalition', () => {
    expect(
      claimsIn(
        `${IRAQ} Talks on forming a new cabinet in Iraq began in January 2024 after the provincial vote.`,
        '2024-03-10',
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        `${IRAQ} Baghdad opened talks with Washington on the coalition's future in January 2024.`,
        '2024-03-10',
      ),
    ).toContain('talks-began-january-2024');
  });
});
