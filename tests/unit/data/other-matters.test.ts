/**
 * Short pieces led by the story's place are read whole (topic-gate.ts `ledByPlace`), so a brief
 * about other business in the same country must not lend its talks, deals, phases and advisers
 * to the story: a sports body's talks, talks on payments, a deal's producers, advisers staying
 * with the country's own police, a programme's or reform's phase, and an article about forming a
 * government (`government-formation` among `topic.otherBodies`: read only where a sentence names
 * the story's own actors). Short pieces of ours must still be carded. Our own sentences, not the
 * sets' (negatives-blind-10 found the cards these readings took away).
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const claimsIn = (lines: string[], published: string) =>
  matcher.match(lines.join('\n\n'), { published }).matches.map((m) => m.claim);
const none = (lines: string[], published: string) =>
  expect(claimsIn(lines, published), lines[0]).toEqual([]);

describe('briefs about other Iraqi business stay uncarded', () => {
  it("a football club's walkout and the federation's talks", () => {
    none(
      [
        'Kirkuk club walks out of Iraqi league',
        'KIRKUK — A Kirkuk football club said on Friday it was leaving the top division because it had not received its grant for the season.',
        "The football federation said it would open talks with the club's board before the withdrawal takes effect.",
        'Players have gone unpaid since the spring, the club said.',
      ],
      '2025-02-07',
    );
  });

  it('an oil deal: talks on payments, producers and an approval to renew it', () => {
    none(
      [
        'Baghdad and Erbil settle oil payment row',
        "BAGHDAD — Negotiators for the federal government and the Kurdistan Region said on Sunday that technical talks on the payment mechanism for the region's crude had wrapped up.",
        'Under the deal, producers will be paid a set fee for every barrel they pump.',
        "The deal still needs the federal cabinet's final approval before it can be renewed.",
      ],
      '2025-11-02',
    );
  });

  it("advisers who stay with the country's own police", () => {
    none(
      [
        "Iraqi army passes Mosul's old city to police",
        "MOSUL — Iraq's army handed security in the old city to the federal police on Tuesday, the first step in pulling soldiers out of urban areas.",
        'A few army advisers will stay at the police headquarters to help with planning.',
        'Shopkeepers said fewer checkpoints would help trade.',
      ],
      '2026-03-03',
    );
  });

  it("a reform's second phase due in September 2026", () => {
    none(
      [
        'Erbil pushes ahead with Peshmerga overhaul',
        "ERBIL — The Kurdistan Region's Peshmerga ministry brought another brigade under its unified command this week.",
        "The reform's second phase is meant to be finished by September 2026, officials said.",
        'About a third of the fighters still answer to the parties.',
      ],
      '2026-05-19',
    );
  });

  it("the blocs' talks on the next cabinet, concluded and awaiting approval", () => {
    none(
      [
        "Blocs agree timetable to pick Iraq's president",
        "BAGHDAD — Iraq's largest blocs agreed on Monday on the steps for choosing a president, opening the way to a new government.",
        'The parties concluded their talks late on Sunday, one negotiator said.',
        'The agreement still needs final approval from the blocs’ leaders.',
        'Talks on forming the cabinet are expected to follow within a month.',
        'Smaller parties complained that they were left out of the bargaining over the next cabinet.',
      ],
      '2026-01-20',
    );
  });
});

describe('short pieces of ours are still carded', () => {
  it('the withdrawal talks wrapped up and awaiting approval', () => {
    const claims = claimsIn(
      [
        'Iraq and US wrap up coalition talks',
        "BAGHDAD — Technical talks between Iraq and the United States on the coalition's departure have concluded, Iraqi officials said.",
        'The agreement still needs final approval from both capitals.',
      ],
      '2024-09-10',
    );
    expect(claims).toContain('technical-talks-concluded');
    expect(claims).toContain('plan-awaits-final-approval');
  });

  it('coalition advisers who stay, in a brief that also speaks of the police', () => {
    const claims = claimsIn(
      [
        'Some coalition advisers to stay on in Iraq',
        'BAGHDAD — Some US and coalition advisers will remain in Iraq after the drawdown to train and support Iraqi forces, officials said.',
        'The federal police will take over several checkpoints near the old bases.',
      ],
      '2024-09-20',
    );
    expect(claims).toContain('advisers-remain');
  });

  it('the coalition in an article that also speaks of the next government', () => {
    const claims = claimsIn(
      [
        "Iraq's next government will inherit the coalition's exit",
        'BAGHDAD — Talks on forming the next cabinet are dragging on after the vote.',
        'Whoever leads the new government will oversee the end of the coalition mission.',
        'Under the plan, coalition troops leave Baghdad and the Ain al-Asad air base by September 2025.',
        'The blocs are bargaining over the premiership.',
      ],
      '2025-01-14',
    );
    expect(claims).toContain('first-phase-sept-2025');
  });
});
