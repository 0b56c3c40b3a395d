/**
 * The vocabulary keeps other actors and other matters apart from the story's (fifth blind round
 * of negatives, near-misses-6 and negatives-blind-4): another body's mission told as a whole
 * article, a pause in attacks, the next prime minister, a second term, road works in stages, a
 * partner country's own contingent, Iraqi units leaving a town, another country moving its own
 * troops, the EU's own staff, diplomats moving house, US troops in Jordan, a
 * committee on soldiers' pay, Iraqi convoys, lorries of wheat, a cleric's wish, and a contractor's or the\n * police's own handover (negatives-blind-5). Our own sentences, not the sets'.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const claimsIn = (text: string, published: string) =>
  matcher.match(text, { published }).matches.map((m) => m.claim);

describe("an article about another body's mission (topic.otherBodies)", () => {
  const article = (extra: string[] = []) =>
    [
      'UN demining mission wraps up its work in Iraq',
      'The United Nations mine action office in Iraq shut its Baghdad headquarters this week.',
      'Baghdad had asked for the programme to be wound down by the end of 2025.',
      'Its teams left in stages over two years, province by province.',
      'The UN said local teams would carry on clearing the fields around Mosul.',
      'Iraqi officials praised the departure as proof that the country can stand on its own.',
      ...extra,
    ].join('\n\n');

  it('reads none of its sentences that name no story actor as the story', () => {
    expect(claimsIn(article(), '2026-01-15')).toEqual([]);
  });

  it('still reads a sentence in it that names the coalition', () => {
    const claims = claimsIn(
      article([
        'The closure came weeks after the US-led coalition handed the Ain al-Asad base to the Iraqi army in January.',
      ]),
      '2026-02-10',
    );
    expect(claims).toContain('ain-al-asad-handed-over-jan-2026');
  });

  it("still reads a sentence in it that names ISIS, one of the story's own actors (bank-fresh-i)", () => {
    const claims = claimsIn(
      article([
        'The UN monitors added that Islamic State cells in Iraq still mount attacks on army patrols in the desert.',
      ]),
      '2026-01-15',
    );
    expect(claims).toContain('isis-still-threat');
  });
});

describe("an article about a neighbour's own army in Iraq (other-armies in topic.otherBodies)", () => {
  const article = (extra: string[] = []) =>
    [
      'Tehran and Baghdad settle the future of a border garrison',
      'Iraqi and Iranian defence officials agreed in Baghdad on Tuesday to put a disputed border post under a joint headquarters.',
      'Iranian advisers have manned the post near Mandali since 2016.',
      'The Iranian garrison there will be cut gradually over two years, an Iraqi spokesman said.',
      'Iranian forces will keep a liaison cell at the post, the spokesman added.',
      'The talks began in March and wrapped up on Monday.',
      ...extra,
    ].join('\n\n');

  it('reads none of its sentences that name no story actor as the story', () => {
    expect(claimsIn(article(), '2026-05-20')).toEqual([]);
  });

  it('reads "the Iranian contingent" as that army, not the coalition', () => {
    expect(
      claimsIn(
        'Iraq and its neighbours\n\nThe Iranian contingent near Mandali is to shrink in stages over two years, officials said.',
        '2026-05-20',
      ),
    ).toEqual([]);
  });

  it('still reads a sentence in it that names the coalition', () => {
    const claims = claimsIn(
      article([
        'The deal came weeks after the US-led coalition handed the Ain al-Asad base to the Iraqi army in January.',
      ]),
      '2026-02-10',
    );
    expect(claims).toContain('ain-al-asad-handed-over-jan-2026');
  });
});

describe("an article about a company's or the country's own police's handover (companies, home-police in topic.otherBodies)", () => {
  it("reads a contractor's advisers staying on as the firm's, not the coalition's", () => {
    const plant = [
      'Builder hands Basra power station to the electricity ministry',
      "A foreign engineering contractor has handed a gas-fired power station near Basra to Iraq's electricity ministry after running it for a decade.",
      "The contractor's crews pulled out over several months as Iraqi technicians took over the turbines.",
      'A handful of advisers will remain through the summer to help with repairs.',
      'The ministry wants foreign companies building plants in the south to train more Iraqi staff.',
    ].join('\n\n');
    expect(claimsIn(plant, '2025-06-01')).toEqual([]);
  });

  it('reads a police-to-army handover "in two phases" as that handover, not the coalition timetable', () => {
    const checkpoints = [
      'Army relieves police at Kirkuk checkpoints',
      'Iraqi army units took charge of the checkpoints around Kirkuk on Sunday, relieving federal police units stationed there since 2017.',
      'The interior ministry in Baghdad said the move frees the police units for patrols inside the city.',
      'The transition will be carried out in two phases, beginning with the southern approaches.',
      'A police commander said his officers would move to stations in the old city.',
    ].join('\n\n');
    expect(claimsIn(checkpoints, '2025-06-01')).toEqual([]);
  });

  it('still reads a sentence in such an article that names the coalition', () => {
    const checkpoints = [
      'Army relieves police at Kirkuk checkpoints',
      'Iraqi army units took charge of the checkpoints around Kirkuk on Sunday, relieving federal police units stationed there since 2017.',
      'The interior ministry in Baghdad said the move frees the police units for patrols inside the city.',
      'A police commander said his officers would move to stations in the old city.',
      'The change came weeks after the US-led coalition handed the Ain al-Asad base to the Iraqi army in January.',
    ].join('\n\n');
    expect(claimsIn(checkpoints, '2026-02-10')).toContain('ain-al-asad-handed-over-jan-2026');
  });
});

describe('an article led by a neighbour (topic.regional), the story named on the way', () => {
  it("reads its sentences that name neither place as the neighbour's", () => {
    const syria = [
      'US Closes Two More Outposts in Northeast Syria',
      'American troops left two outposts near Hasakah in Syria this week as the drawdown there went on.',
      'Syrian Kurdish commanders took over the sites.',
      'Part of the equipment went by road into Iraq, and Iraqi officials watched the border.',
      'The withdrawal is running in stages and should be complete by the end of 2026.',
      'Officials in Damascus said every foreign soldier must leave Syria.',
    ].join('\n\n');
    expect(claimsIn(syria, '2025-11-20')).toEqual([]);
  });
});

describe('an article about the NATO mission, which calls itself "the alliance"', () => {
  it('reads its advisers and its staff cuts as the alliance mission’s, not the coalition’s', () => {
    const nato = [
      'NATO hands its Baghdad command to a Spanish general',
      'A Norwegian general handed command of NATO Mission Iraq to a Spanish officer on Monday.',
      'The alliance has advised the defence ministry since 2018.',
      'Its advisers will remain in Baghdad for at least another year.',
      'The alliance plans to cut its staff in stages over two years.',
    ].join('\n\n');
    expect(claimsIn(nato, '2025-10-01')).toEqual([]);
  });
});

describe('other matters that share the story’s words', () => {
  it('a militia halting its attacks is a truce, not a delayed announcement', () => {
    expect(
      claimsIn(
        'Kataib Hezbollah announced it was halting its attacks on US forces in Iraq.',
        '2024-02-02',
      ),
    ).not.toContain('announcement-delayed');
  });

  it('talks on the next prime minister are government formation, not the talks on the coalition', () => {
    expect(
      claimsIn('Iraqi Parties Open Talks on the Next Prime Minister', '2025-12-05'),
    ).not.toContain('talks-began-january-2024');
  });

  it('a second term seen as a win for al-Sudani is not the deal seen as one', () => {
    expect(
      claimsIn(
        "Allies in Baghdad call a second term a political victory for al-Sudani's careful balancing.",
        '2025-12-05',
      ),
    ).not.toContain('sudani-political-win');
  });

  it('a road repaved in stages over two years is a works project, not the withdrawal', () => {
    expect(
      claimsIn(
        "Iraq's roads authority will repave the Baghdad–Basra highway in stages over two years.",
        '2025-03-01',
      ),
    ).not.toContain('two-year-timetable');
  });

  it("a partner country's own contingent leaving in stages is not the coalition's timetable", () => {
    expect(
      claimsIn(
        "Denmark's trainers left the Iraqi base in stages over roughly two years.",
        '2025-06-01',
      ),
    ).not.toContain('two-year-timetable');
  });

  it('Iraqi army units leaving a town under a local deal are not the withdrawal agreed', () => {
    expect(
      claimsIn(
        'Iraqi army units withdrew from the centre of Tal Afar in May under a deal with local tribes.',
        '2025-06-01',
      ),
    ).not.toContain('agreement-reached');
  });

  it('another country moving its own troops after talks with Baghdad is not the talks of January 2024', () => {
    expect(
      claimsIn(
        'Turkey pulled some of its soldiers back from a hilltop post near Duhok after negotiations with the Iraqi government that began in January 2024.',
        '2024-06-01',
      ),
    ).not.toContain('talks-began-january-2024');
  });

  it("the European Union's own advisers leaving are not the European partners leaving Erbil", () => {
    expect(
      claimsIn(
        "The European Union's customs advisers will leave Erbil in March when their mandate runs out.",
        '2026-02-01',
      ),
    ).not.toContain('partners-leave-erbil-feb-2026');
    // The partners themselves still are.
    expect(
      claimsIn(
        'Germany and Norway pulled their soldiers out of Erbil in February as fears of an Iran war grew.',
        '2026-03-01',
      ),
    ).toContain('partners-leave-erbil-feb-2026');
  });

  it('diplomats moving to a new consulate are not the troops moving to Kurdistan', () => {
    expect(
      claimsIn(
        'American diplomats in Erbil moved into the new consulate compound in May.',
        '2025-09-01',
      ),
    ).not.toContain('coalition-relocated-to-kurdistan');
    expect(
      claimsIn(
        'US troops leaving Baghdad and Anbar moved to Erbil and the Harir base in the autumn.',
        '2025-12-01',
      ),
    ).toContain('coalition-relocated-to-kurdistan');
  });

  it('US troops counted in Jordan are not the count in Iraq (Jordan a neighbour of its own)', () => {
    const jordan = [
      'US forces in Iraq are preparing to leave the Baghdad bases.',
      'Some 2,500 US soldiers joined a desert exercise in Jordan in May.',
    ].join('\n\n');
    expect(claimsIn(jordan, '2025-06-01')).not.toContain('troop-numbers');
    expect(
      claimsIn('Roughly 2,500 American troops are still in Iraq, with 900 in Syria.', '2024-09-10'),
    ).toContain('troop-numbers');
  });

  it('the military committee meeting on soldiers’ pay is not where the coalition’s future is worked out', () => {
    const pay = [
      "Iraq's defence ministry held its weekly briefing in Baghdad.",
      'The Higher Military Commission met to settle wages for conscripts.',
    ].join('\n\n');
    expect(claimsIn(pay, '2025-06-01')).not.toContain('military-commission-leads-talks');
  });

  it('Iraqi army convoys heading to Harir are not the coalition moving to Kurdistan', () => {
    expect(
      claimsIn(
        'Iraqi army convoys moved to Harir for a joint drill with Peshmerga units.',
        '2025-09-01',
      ),
    ).not.toContain('coalition-relocated-to-kurdistan');
  });

  it('lorries hauling wheat ahead of schedule are not the pull-out ahead of schedule', () => {
    expect(
      claimsIn('Lorries hauling wheat left Baghdad for Mosul ahead of schedule.', '2025-09-01'),
    ).not.toContain('pullout-ahead-of-schedule');
  });

  it("a cleric's or an editorial's wish is not Baghdad's stated aim", () => {
    expect(
      claimsIn(
        'Foreign troops must leave Baghdad before the summer, a leading cleric told worshippers.',
        '2025-04-01',
      ),
    ).not.toContain('baghdad-seeks-end-of-presence');
  });
});

describe("a company's, the parties' or an oil field's own words (negatives-blind-7; our own sentences)", () => {
  it("an oil company's staff staying on to train engineers are not the advisers who remain", () => {
    expect(
      claimsIn(
        'Chevron staff will remain for several months to train Iraqi technicians at the site, an oil ministry official said.',
        '2024-05-01',
      ),
    ).not.toContain('advisers-remain');
  });

  it("the parties' bargaining over the cabinet, starting with its sovereign ministries, is not the coalition talks opening", () => {
    expect(
      claimsIn(
        'Negotiations over the new cabinet will start with the sovereign portfolios, a spokesman for the largest bloc in Baghdad said.',
        '2026-01-10',
      ),
    ).not.toContain('talks-began-january-2024');
  });

  it('a company finishing its exit from a named oil field after years of negotiations is not the technical talks concluded', () => {
    expect(
      claimsIn(
        'BP finishes its exit from Rumaila in Iraq after years of negotiations',
        '2024-04-01',
      ),
    ).not.toContain('technical-talks-concluded');
  });
});

describe('talks on another subject set beside the coalition talks (set-apart.ts)', () => {
  it('reads the coalition talks told after "in parallel with"', () => {
    expect(
      claimsIn(
        "Talks on oil and power have gone on in parallel with the negotiations on the coalition's future that Baghdad opened with Washington in January 2024.",
        '2025-03-01',
      ),
    ).toContain('talks-began-january-2024');
  });

  it('still excludes when the cue stands in an aside and the main clause tells the claim', () => {
    // The aside sets the coalition apart; "will keep its advisers" is said of NATO's mission.
    expect(
      claimsIn(
        "NATO's advisory mission, a body distinct from the US-led coalition, will keep its advisers in Baghdad for another year.",
        '2026-06-10',
      ),
    ).not.toContain('advisers-remain');
  });

  it('still excludes when the words after the cue do not hold the whole claim', () => {
    expect(
      claimsIn(
        "Baghdad's talks with Washington on oil, which began in January 2024, ran separately from the security dialogue.",
        '2025-03-01',
      ),
    ).not.toContain('talks-began-january-2024');
  });
});
