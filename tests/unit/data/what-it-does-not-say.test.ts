/**
 * Wrong cards about something the sentence does not say (issue 16, prec24): each reading is
 * checked both ways, the story's sentence still carded and the near miss not. Our own sentences.
 * - A commission or committee "of" or "between" other countries is theirs (other-armies).
 * - A committee on water or power is an economic matter, not the disarmament plan.
 * - Another army's withdrawal is not the coalition's (other-army-leaves).
 * - "remains necessary" is a need, not a stay; arms said to remain necessary are no reliance.
 * - "a transition and no withdrawal" names what the move is not, as "not a withdrawal" does.
 * - A vote someone refused to implement or carry out is the refusal's background.
 * - "linger" is still being there: a headline saying so is no handover.
 * - "the September cut-off" run past is a deadline gone (engine/resolve-dates.ts).
 * - "finish pulling out" finishes the pulling out: the exit complete, not the mission's end.
 * - "the combat role ends" is the move to advising, in either order of its words.
 * - The announcement of a budget or a salaries schedule is an economic matter.
 * - Moving "away from" a military role or mission is scaling it back.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
/** One sentence under a headline that only names the country, so the page is on the topic. */
const claimsIn = (text: string, published: string) =>
  matcher.match(`Notes from Iraq\n\n${text}`, { published }).matches.map((m) => m.claim);

describe('what the sentence does not say', () => {
  it('reads a commission of other countries as theirs', () => {
    expect(
      claimsIn(
        'A joint military committee of Iraq and Jordan will meet in Amman next week to discuss smuggling on the border.',
        '2025-03-10',
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        'A military commission between Egypt and Libya met in Benghazi on Sunday.',
        '2025-03-10',
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        'Iraqi and American officers on the Higher Military Commission met again to discuss the timetable for the coalition.',
        '2025-03-10',
      ),
    ).toEqual(['military-commission-leads-talks']);
  });

  it('reads a refusal to join a committee on an economic matter as no refusal to disarm', () => {
    expect(
      claimsIn(
        'Kataib Hezbollah refused to join a new parliamentary committee on electricity.',
        '2025-12-20',
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        'Two of the armed factions refused to join the plan to hand their weapons to the state.',
        '2025-12-20',
      ),
    ).toEqual(['factions-agree-weapons-to-state']);
  });

  it("reads another army's withdrawal as no condition on the coalition's", () => {
    expect(
      claimsIn(
        "Lebanon's president tied the militia's disarmament to an Israeli pullout from the south.",
        '2025-12-20',
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        "The factions tied their disarmament to the coalition's withdrawal from Iraq.",
        '2025-12-20',
      ),
    ).toEqual(['disarmament-tied-to-departure']);
  });

  it('reads "remains necessary" as a need, not a stay, and arms so called as no reliance', () => {
    expect(
      claimsIn(
        "The Kurdistan Region's president said coalition support remains necessary against ISIS.",
        '2025-10-20',
      ),
    ).toEqual(['kurdistan-still-needs-coalition']);
    expect(
      claimsIn(
        "Erbil's leaders said the coalition remains needed to keep ISIS from coming back.",
        '2025-10-20',
      ),
    ).toEqual(['kurdistan-still-needs-coalition']);
    expect(
      claimsIn(
        'The militias say their weapons remain necessary as long as foreign troops stay in Iraq.',
        '2025-10-20',
      ),
    ).not.toContain('kurdistan-still-needs-coalition');
  });

  it('reads "a transition and no withdrawal" as naming what it is not', () => {
    expect(
      claimsIn(
        'The Pentagon calls the new arrangement a transition and no withdrawal.',
        '2024-10-01',
      ),
    ).toEqual(['us-calls-it-transition']);
    expect(
      claimsIn('US officials called it a change of mission, but no withdrawal.', '2024-10-01'),
    ).toEqual(['us-calls-it-transition']);
    // A denial of the talks' subject is still that denial.
    expect(
      claimsIn('A US official said the withdrawal was not discussed in the talks.', '2024-10-01'),
    ).toEqual(['withdrawal-never-discussed']);
  });

  it('reads a vote refused its implementation as the background of the refusal', () => {
    expect(
      claimsIn(
        "Iraqi leaders say the US has refused for years to implement the parliament's 2020 decision to expel foreign troops.",
        '2024-10-06',
      ),
    ).toEqual(['us-refused-to-withdraw']);
    expect(
      claimsIn(
        "Iraqi leaders say the US has refused for years to carry out the parliament's 2020 decision to expel foreign troops.",
        '2024-10-06',
      ),
    ).toEqual(['us-refused-to-withdraw']);
    expect(
      claimsIn("Iraq's parliament voted in January 2020 to expel foreign troops.", '2024-10-06'),
    ).toEqual(['parliament-vote-2020']);
  });

  it('reads soldiers who linger as still there, not as a handover', () => {
    // As a headline: the first paragraph of the page.
    const headline =
      'A Few Americans Linger At Ain al-Asad\n\nIraqi officers said the base was quiet this week.';
    expect(matcher.match(headline, { published: '2026-01-25' }).matches).toEqual([]);
    expect(
      claimsIn(
        'A few US soldiers lingered at Ain al-Asad to sort out logistics after the handover.',
        '2026-01-25',
      ),
    ).toEqual(['us-soldiers-stay-for-logistics']);
  });

  it('reads a cut-off run past as the deadline just gone', () => {
    expect(
      claimsIn(
        'A few US advisers will stay on at Ain al-Asad past the September cut-off, Baghdad said.',
        '2025-10-20',
      ),
    ).toEqual(['advisers-kept-at-ain-al-asad']);
  });
  it('reads "finish pulling out" as the exit complete, not the mission ended', () => {
    expect(
      claimsIn(
        'The coalition will finish pulling out of Iraq in 2026, officials said.',
        '2025-06-05',
      ),
    ).toEqual(['full-exit-2026']);
    expect(
      claimsIn('The coalition will finish its mission in September 2026.', '2025-06-05'),
    ).toEqual(['mission-end-sept-2026']);
  });

  it('reads "the combat role ends" as the move to advising', () => {
    expect(
      claimsIn(
        'December 2021: the American combat role officially ends and the troops that stay advise Iraqi units.',
        '2025-02-20',
      ),
    ).toEqual(['advise-assist-2021']);
  });

  it('reads a delayed announcement of a budget matter as economic', () => {
    expect(
      claimsIn(
        'Baghdad delayed the announcement of its 2025 salaries schedule again.',
        '2024-09-18',
      ),
    ).toEqual([]);
    expect(
      claimsIn(
        'Iraq and the US delayed the announcement of the coalition withdrawal deal.',
        '2024-09-18',
      ),
    ).toEqual(['announcement-delayed']);
  });

  it('reads a move "away from" the military role as scaling it back', () => {
    expect(
      claimsIn(
        'The Pentagon statement spoke of a shift away from the old military mission toward a lasting partnership.',
        '2025-10-02',
      ),
    ).toEqual(['pentagon-scales-back-mission']);
    expect(
      claimsIn(
        'The Pentagon said the coalition was moving away from its military role in Iraq.',
        '2025-10-02',
      ),
    ).toEqual(['pentagon-scales-back-mission']);
  });
});
