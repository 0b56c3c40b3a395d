/**
 * Negatives-blind-9: what talks or an approval are about, and who moves. Technical talks on a
 * field's output, a contract awaiting approval and firms moving their staff are a commercial
 * matter and companies' people, not the withdrawal's talks, its plan awaiting approval, or
 * partner nations' troops leaving Erbil; the story's own sentences are still read. Our own
 * sentences, not the set's.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const claimsIn = (text: string, published: string) =>
  matcher.match(text, { published }).matches.map((m) => m.claim);

describe('technical talks about output, prices or licences (economic)', () => {
  it.each([
    'Engineers from the ministry in Baghdad said technical talks on output targets for the field had wrapped up.',
    'The technical negotiations over drilling fees in Iraq are over, the company said.',
    'Talks on the licence terms concluded on Monday, Iraq’s energy ministry said.',
    'Technical talks on the pricing of Iraqi gas had come to an end, the two firms said.',
    'The commercial negotiations with the Baghdad refinery’s owners have concluded, officials said.',
  ])('"%s" is not the withdrawal talks', (text) => {
    expect(claimsIn(text, '2025-10-01')).not.toContain('technical-talks-concluded');
  });

  it.each([
    'The technical negotiations on the departure of US troops from Iraq are over, an Iraqi official said.',
    'Technical talks on the pullout of US-led forces from Iraq wrapped up this week.',
    'Iraqi and American negotiators in Baghdad have finished the technical talks on the drawdown.',
    'Technical talks with Washington on the withdrawal of the coalition from Iraq have concluded, the prime minister’s adviser said.',
  ])('"%s" still is', (text) => {
    expect(claimsIn(text, '2024-10-01')).toContain('technical-talks-concluded');
  });
});

describe('a deal or contract awaiting approval that is a commercial one', () => {
  it.each([
    'The supply contract deal with Iraq still awaits final approval from both governments.',
    'The commercial deal with the engineering firm still needs final approval from both governments in Baghdad.',
    'The deal on production quotas in Iraq still needs the cabinet’s final approval.',
    'The service contract agreement with Iraq’s oil ministry still needs final approval.',
  ])('"%s" is not the withdrawal plan', (text) => {
    expect(claimsIn(text, '2024-10-01')).not.toContain('plan-awaits-final-approval');
  });

  it.each([
    'The withdrawal plan is largely agreed but still needs final approval from Baghdad and Washington.',
    'The agreement on the exit of US troops from Iraq still needs final approval from both governments.',
    'The timetable for the US pullout from Iraq still needs approval from both leaders, officials said.',
    'The deal on the coalition’s departure from Iraq still awaits a final sign-off from both capitals.',
  ])('"%s" still is', (text) => {
    expect(claimsIn(text, '2024-10-01')).toContain('plan-awaits-final-approval');
  });
});

describe('an article about a company’s deal, the company named by its country', () => {
  // "American energy major", "American investors", "Western majors": companies, not the US.
  const usFirm = (extra: string[] = []) =>
    [
      'US Firm Signs Deal to Return to an Iraqi Oil Field',
      'An American energy major has signed a preliminary deal with Iraq’s oil ministry to return to a field in the south. Engineers from both sides said technical talks had concluded last week.',
      'Iraq has courted American investors as it weighs its ties with Washington and Tehran. The deal still needs approval from the cabinet, officials said.',
      'Western majors have long called Iraq’s service terms unprofitable. Chinese companies hold stakes in most of the other big fields.',
      ...extra,
    ].join('\n\n');

  it('reads neither its concluded talks nor its deal awaiting approval as the story', () => {
    expect(claimsIn(usFirm(), '2025-10-01')).toEqual([]);
  });

  it('reads a Chinese firm’s gas deal the same way', () => {
    const gas = [
      'Chinese Firm Agrees to Develop a Gas Field in Iraq',
      'A Chinese energy company has agreed with Iraq’s oil ministry to develop a gas field near Basra. Chinese companies already run several of the country’s fields.',
      'Work could begin next year, the ministry said.',
      'The deal still needs the cabinet’s final approval.',
    ].join('\n\n');
    expect(claimsIn(gas, '2025-10-01')).toEqual([]);
  });

  it('still reads a sentence in it on the withdrawal talks', () => {
    const claims = claimsIn(
      usFirm([
        'Separately, Iraqi officials said technical talks with Washington on the withdrawal of US-led forces had concluded.',
      ]),
      '2025-10-01',
    );
    expect(claims).toContain('technical-talks-concluded');
  });

  it('reads "the deal" opening a paragraph as the firm’s deal told earlier', () => {
    const refinery = [
      'Builder nears refinery deal in southern Iraq',
      'A South Korean engineering company has agreed terms with Iraq’s oil ministry to upgrade a refinery near Basra. Korean firms have built several power plants in the country.',
      'The deal still needs approval from the council of ministers, an official said.',
    ].join('\n\n');
    expect(claimsIn(refinery, '2025-11-04')).toEqual([]);
  });

  it('still reads the withdrawal deal awaiting approval when the story tells it', () => {
    const story = [
      'Baghdad and Washington near a deal on US troops',
      'Iraqi and American officials have agreed on a timetable for the coalition to leave Iraq. The deal still needs final approval from both capitals.',
    ].join('\n\n');
    expect(claimsIn(story, '2024-09-20')).toContain('plan-awaits-final-approval');
  });
});

describe('firms moving their staff are not partner nations’ troops (civilians-leave)', () => {
  it.each([
    'Several German and French security firms in Iraq moved their employees to Erbil in February.',
    'Two British contractors relocated staff from Baghdad to Erbil as fears of war with Iran grew.',
    'Norwegian engineering companies shifted their workers to Erbil amid fears of a war.',
    'A French insurer evacuated its employees from Erbil in February as war fears rose.',
    'Italian banks pulled their staff out of Erbil this month as fears of war with Iran grew.',
    'Several British operators closed their offices in the capital and moved staff to Erbil.',
  ])('"%s" is not partners leaving Erbil', (text) => {
    expect(claimsIn(`Iraq\n\n${text}`, '2026-02-20')).not.toContain(
      'partners-leave-erbil-feb-2026',
    );
  });

  it.each([
    'In February, Germany, France and Norway pulled their troops out of Erbil as fears of a war with Iran grew.',
    'European coalition partners withdrew soldiers from the Erbil air base in February 2026.',
    'Italian and Swedish troops left Erbil last month amid fears of a US-Iran war.',
    'Germany pulled its soldiers out of Erbil, and some of their civilian contractors left with them.',
  ])('"%s" still is', (text) => {
    // A March page: its "last month" is February, the month the claim is dated.
    expect(claimsIn(`Iraq\n\n${text}`, '2026-03-05')).toContain('partners-leave-erbil-feb-2026');
  });
});
