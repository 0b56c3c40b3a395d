/**
 * Rules of reading in engine/recognize.ts, each pinned by a made-up sentence of the bridge story
 * (tests/fixtures/story-bridge/): which clause a claim's exclusions belong to.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { facts, march, repairsPlan, story } from './bridge-story';

const base = story.kb.claims[0] as Claim;

describe('an exclusion in a second verb of the same subject', () => {
  /** A made-up claim: repairs under way on the bridge, not a matter of a council vote. */
  const repairs: Claim = {
    ...base,
    id: 'repairs-under-way',
    recognize: { require: [['repair'], ['bridge', 'orsa-bridge']], exclude: ['vote'] },
  };

  it('excludes nothing when the clause before names the key group', () => {
    // The bridge is named only after "and would": the second verb tells where, in its own words.
    const result = recognize(
      repairs,
      facts('Repair crews had started work and would finish the Orsa Bridge before any vote.'),
    );
    expect(result.ok).toBe(true);
  });

  it('excludes nothing from a statement of its own after a semicolon', () => {
    // The vote is the second statement's; the first holds the whole claim.
    expect(
      recognize(
        repairs,
        facts('Repair crews are at work on the Orsa Bridge; the council will vote on tolls.'),
      ).ok,
    ).toBe(true);
    // One statement holding both still excludes.
    expect(
      recognize(repairs, facts('Repair crews are at work on the Orsa Bridge ahead of a vote.')).ok,
    ).toBe(false);
  });

  it('still excludes when the later clause is another report', () => {
    const result = recognize(
      repairs,
      facts(
        'Repair crews had started work, and the council said a vote on the Orsa Bridge was due.',
      ),
    );
    expect(result.ok).toBe(false);
  });

  it('still excludes when the key group comes only after it', () => {
    const result = recognize(
      repairs,
      facts('The Orsa Bridge had a vote and would see repair crews soon.'),
    );
    expect(result.ok).toBe(false);
  });
});

describe('an exclusion the sentence itself negates', () => {
  /** A made-up claim: the bridge reopens, unless the sentence tells of it closing. */
  const reopens: Claim = {
    ...base,
    id: 'reopening-planned',
    recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']], exclude: ['close'] },
  };

  it('excludes nothing: what it names did not happen', () => {
    for (const sentence of [
      'The plan to reopen the Orsa Bridge has not been closed, the mayor said.',
      'The Orsa Bridge was never closed and will reopen to cyclists in March.',
      "The Orsa Bridge hasn't yet been closed and reopens to buses on Monday.",
    ])
      expect(recognize(reopens, facts(sentence)).ok, sentence).toBe(true);
  });

  it('still excludes when the "not" is a word or more away, or the exclusion is named again', () => {
    for (const sentence of [
      'The council did not say whether the closure of the Orsa Bridge would end before it reopens.',
      'The Orsa Bridge was not closed in May but closed in June, and it will reopen later.',
    ])
      expect(recognize(reopens, facts(sentence)).ok, sentence).toBe(false);
  });
});

describe("a claim's kind against the sentence's tense", () => {
  /** Two made-up claims with the same words: the repairs planned, and the repairs done. */
  const rule = { require: [['repair'], ['bridge', 'orsa-bridge']] };
  const planned: Claim = { ...base, id: 'repairs-planned', kind: 'plan', recognize: rule };
  const done: Claim = { ...base, id: 'repairs-done', kind: 'event', recognize: rule };
  const tense = (claim: Claim, sentence: string) => {
    const result = recognize(claim, facts(sentence));
    return result.ok ? result.tense : -1;
  };

  it('fits a plan to a sentence looking ahead, in a second verb of its subject too', () => {
    const sentence =
      'Repair crews stay on the Orsa Bridge for now and are expected to leave in May.';
    expect(tense(planned, sentence)).toBe(1);
    expect(tense(done, sentence)).toBe(0);
  });

  it('fits an event to a sentence told as done, whatever a second report adds', () => {
    for (const sentence of [
      'Repair crews finished work on the Orsa Bridge last week.',
      'The council said repair crews had left the Orsa Bridge and that its own staff would run it.',
    ]) {
      expect(tense(done, sentence), sentence).toBe(1);
      expect(tense(planned, sentence), sentence).toBe(0);
    }
  });
});

describe('a figure standing as the subject', () => {
  const counted = story.kb.claims.find((c) => c.id === 'daily-crossings-14000') as Claim;
  /** A made-up claim keyed on the bridge, counting what crosses it. */
  const bridgeCount: Claim = {
    ...counted,
    id: 'bridge-daily-count',
    recognize: { require: [['bridge', 'orsa-bridge'], ['crossings']], numbers: [14000] },
  };

  it('counts what the claim counts, with no noun for it', () => {
    const result = recognize(
      bridgeCount,
      facts('Before it shut, some 14,000 would use the Orsa Bridge every day.'),
    );
    expect(result.ok).toBe(true);
  });

  it('is not a count of it when a noun follows the figure', () => {
    const result = recognize(
      bridgeCount,
      facts('Before it shut, some 14,000 euros would go to the Orsa Bridge every day.'),
    );
    expect(result.ok).toBe(false);
  });

  it('stands for a group whose words are only in a doubt the semicolon closes', () => {
    const result = recognize(
      bridgeCount,
      facts(
        'The Orsa Bridge office has not said how many vehicles cross it; engineers said 14,000 would use it daily.',
      ),
    );
    expect(result.ok).toBe(true);
    // Without the count, the crossings are only asked about.
    const asked = recognize(
      bridgeCount,
      facts(
        'The Orsa Bridge office has not said how many vehicles cross it; engineers were vague.',
      ),
    );
    expect(asked.ok).toBe(false);
  });

  it('reads a group the doubt asked about where the clause after it names it again', () => {
    // The first "vehicles" is asked; the second, after the semicolon, is told.
    const result = recognize(
      bridgeCount,
      facts(
        'The Orsa Bridge office has not said how many vehicles use it; engineers said some 14,000 vehicles cross daily.',
      ),
    );
    expect(result.ok).toBe(true);
  });

  it('reads the asked count as told when a clause after "but" estimates it', () => {
    // The estimate answers what the doubt left open: vehicles do cross the bridge.
    const answered = recognize(
      bridgeCount,
      facts(
        'The Orsa Bridge office has not said how many vehicles cross it, but engineers put the number at 14,000 a day.',
      ),
    );
    expect(answered.ok).toBe(true);
    // A "but" that gives no estimate leaves the count asked.
    const asked = recognize(
      bridgeCount,
      facts(
        'The Orsa Bridge office has not said how many vehicles cross it, but engineers expect 14,000 again in May.',
      ),
    );
    expect(asked.ok).toBe(false);
  });

  it('never stands for the claim’s key group', () => {
    const result = recognize(counted, facts('Some 14,000 would use the Orsa Bridge every day.'));
    expect(result.ok).toBe(false);
  });
});

describe('a doubt before the claim', () => {
  const repairs: Claim = {
    ...base,
    id: 'repairs-under-way',
    recognize: { require: [['repair'], ['bridge', 'orsa-bridge']] },
  };

  it('leaves asked what "has not commented on" names', () => {
    const asked = recognize(
      repairs,
      facts(
        'The city has not commented on the timetable for the crews doing repair work at the Orsa Bridge.',
      ),
    );
    expect(asked.ok).toBe(false);
    const told = recognize(repairs, facts('The city said repair work at the Orsa Bridge goes on.'));
    expect(told.ok).toBe(true);
  });

  it('leaves asked what a standing "does not discuss" refuses to tell', () => {
    for (const text of [
      'The city does not discuss the schedule of repair work at the Orsa Bridge.',
      'The city doesn’t discuss repair work at the Orsa Bridge, a spokeswoman said.',
    ])
      expect(recognize(repairs, facts(text)).ok, text).toBe(false);
    // In the past tense it tells what a meeting covered; the repairs named are still told.
    const met = 'The council did not discuss the budget; repair work at the Orsa Bridge goes on.';
    expect(recognize(repairs, facts(met)).ok).toBe(true);
  });

  it('leaves asked what "has not yet said" names', () => {
    for (const text of [
      'The city has not yet said when repair work at the Orsa Bridge will begin.',
      'The city hasn’t yet said when repair work at the Orsa Bridge will begin.',
    ])
      expect(recognize(repairs, facts(text)).ok, text).toBe(false);
  });

  it('leaves asked the pace an opening "how fast" or "how soon" clause names', () => {
    for (const text of [
      'How fast the repair work at the Orsa Bridge ends depends on the weather.',
      'How soon the crews finish repair work at the Orsa Bridge is anyone’s guess.',
    ])
      expect(recognize(repairs, facts(text)).ok, text).toBe(false);
  });
});

describe('a plan retold without its date', () => {
  const plan = repairsPlan;

  it('is that plan when its own words name it and it is told as it stood', () => {
    const result = recognize(plan, facts('After the repairs the Orsa Bridge would reopen.'));
    expect(result.ok).toBe(true);
    // No date is stated: no value for the card, no date bonus.
    expect(result.ok && [result.date, result.valued]).toEqual([undefined, 0]);
  });

  it('is not a forecast of the next event, nor a plan named by no word of its own', () => {
    expect(recognize(plan, facts('After the repairs the Orsa Bridge will reopen.')).ok).toBe(false);
    expect(recognize(plan, facts('The Orsa Bridge would reopen.')).ok).toBe(false);
    expect(recognize(march, facts('After the repairs the Orsa Bridge would reopen.')).ok).toBe(
      false,
    );
  });

  it('is told as it stood only where "would" governs its key words, or stands for them', () => {
    expect(
      recognize(plan, facts('The Orsa Bridge, reopened after repairs, would become a park.')).ok,
    ).toBe(false);
    expect(
      recognize(
        plan,
        facts('The Orsa Bridge reopened after the repairs, as the council had said it would.'),
      ).ok,
    ).toBe(true);
  });

  it('is told as it stood when done as the plan set ("in accordance with the agreed timings")', () => {
    for (const text of [
      'After the repairs the Orsa Bridge reopened in accordance with the agreed timings.',
      'After the repairs the Orsa Bridge reopened on schedule.',
      'After the repairs the Orsa Bridge reopened on time.',
      'After the repairs the Orsa Bridge reopened as planned.',
    ])
      expect(recognize(plan, facts(text)).ok, text).toBe(true);
    // Done, with no word of the plan's times, it is an event, not the plan retold.
    expect(
      recognize(plan, facts('After the repairs the Orsa Bridge reopened to traffic.')).ok,
    ).toBe(false);
    expect(
      recognize(
        plan,
        facts('After the repairs the Orsa Bridge reopened in accordance with the safety rules.'),
      ).ok,
    ).toBe(false);
  });

  it('is announced by a headline that looks ahead', () => {
    expect(recognize(plan, facts('Orsa Bridge To Reopen After Repairs')).ok).toBe(true);
    // The same words as a sentence of the body forecast the next event.
    expect(recognize(plan, facts('The Orsa Bridge is to reopen after repairs.')).ok).toBe(false);
  });

  it('is never a side on a disputed question', () => {
    const side: Claim = { ...plan, position: march.position ?? { question: 'q', position: 'p' } };
    expect(recognize(side, facts('After the repairs the Orsa Bridge would reopen.')).ok).toBe(
      false,
    );
  });
});

describe('whom a speaker tells', () => {
  /** A made-up claim: the bridge reopens, not by any council's act. */
  const reopensAlone: Claim = {
    ...base,
    id: 'bridge-reopens-alone',
    recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']], exclude: ['council'] },
  };

  it('is the audience and excludes nothing', () => {
    for (const text of [
      'The engineer told the council that the Orsa Bridge would reopen in May.',
      'The mayor briefed councillors: the Orsa Bridge reopens in May.',
    ])
      expect(recognize(reopensAlone, facts(text)).ok, text).toBe(true);
  });

  it('still excludes the council as who acts', () => {
    expect(
      recognize(reopensAlone, facts('The council will reopen the Orsa Bridge in May.')).ok,
    ).toBe(false);
  });
});

describe('a body named only as whom someone is aligned with', () => {
  /** A made-up claim: the bridge reopens, not by the council's doing. */
  const reopensAlone: Claim = {
    ...base,
    id: 'reopens-alone',
    recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']], exclude: ['council'] },
  };

  it('excludes nothing after "close to", "loyal to", "aligned with" or "allied with"', () => {
    for (const text of [
      'Traders close to the council say the Orsa Bridge will reopen in May.',
      'Boatmen loyal to the councillors expect the Orsa Bridge to reopen in May.',
      'Residents aligned with the council want the Orsa Bridge reopened by May.',
      'Shopkeepers allied with the council hope the Orsa Bridge reopens in May.',
    ])
      expect(recognize(reopensAlone, facts(text)).ok, text).toBe(true);
  });

  it('still excludes the council as who acts', () => {
    for (const text of [
      'The council will reopen the Orsa Bridge in May.',
      'Close to a deal, the council will reopen the Orsa Bridge in May.',
    ])
      expect(recognize(reopensAlone, facts(text)).ok, text).toBe(false);
  });
});

describe('a recommendation in the main clause', () => {
  /** A made-up claim: the council reopens the bridge. */
  const reopens: Claim = {
    ...base,
    id: 'council-reopens-bridge',
    recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']] },
  };

  it('reports nothing when "should" or "ought to" governs the verb', () => {
    expect(recognize(reopens, facts('Riverton should reopen the Orsa Bridge after May.')).ok).toBe(
      false,
    );
    expect(
      recognize(reopens, facts('The council ought to reopen the bridge this spring.')).ok,
    ).toBe(false);
  });

  it('still reads the report, and a "should" in a clause of its own', () => {
    expect(recognize(reopens, facts('The council will reopen the Orsa Bridge after May.')).ok).toBe(
      true,
    );
    expect(
      recognize(reopens, facts('Crews are at the Orsa Bridge, where they should reopen it by May.'))
        .ok,
    ).toBe(true);
  });

  it('reports nothing when a verb of asking governs the verb: a request', () => {
    for (const text of [
      'Shop owners asked the council to reopen the Orsa Bridge before the summer.',
      'Riverton urged the county to reopen the bridge this year.',
      'The council was pressed to reopen the bridge by May.',
    ])
      expect(recognize(reopens, facts(text)).ok, text).toBe(false);
  });

  it('still reads what a motion "urging" asks for, and a request in a clause of its own', () => {
    expect(
      recognize(
        reopens,
        facts('Councillors passed a motion urging the mayor to reopen the Orsa Bridge in May.'),
      ).ok,
    ).toBe(true);
    expect(
      recognize(
        reopens,
        facts('The council reopened the Orsa Bridge in May, after shop owners asked it to.'),
      ).ok,
    ).toBe(true);
    expect(
      recognize(reopens, facts('Riverton has asked for the Orsa Bridge to reopen by May.')).ok,
    ).toBe(true);
  });

  it('reads a "to" after a preposition as the noun\'s, not a request\'s', () => {
    // The council is pressed about its decision: the decision to reopen is what it made.
    for (const text of [
      'Shop owners pressed councillors over the decision to reopen the Orsa Bridge in May.',
      'Riverton asked Ashby about its plan to reopen the bridge this year.',
    ])
      expect(recognize(reopens, facts(text)).ok, text).toBe(true);
  });

  it('reads a "should" after an opening "Under …," as what those terms expect', () => {
    expect(
      recognize(reopens, facts('Under the deal, the council should reopen the Orsa Bridge by May.'))
        .ok,
    ).toBe(true);
    // Without the terms, or with them after the "should", it still recommends.
    expect(
      recognize(reopens, facts('The council should reopen the Orsa Bridge by May, under the deal.'))
        .ok,
    ).toBe(false);
  });
});

describe('a date of a signing the claim does not name', () => {
  /** A made-up event: the bridge reopened in March 2025 (its date is not required). */
  const reopened: Claim = {
    ...base,
    id: 'bridge-reopened-march',
    recognize: {
      require: [['reopen'], ['bridge', 'orsa-bridge']],
      date: { year: 2025, month: 3 },
      dateRole: 'any',
    },
  };
  /** A made-up event: the council signed off the budget in November 2024. */
  const approved: Claim = {
    ...base,
    id: 'budget-signed-off',
    recognize: {
      require: [['approve'], ['budget']],
      date: { year: 2024, month: 11 },
      dateRole: 'any',
    },
  };

  it('is the deal’s date, and does not contradict the claim', () => {
    const told = 'The Orsa Bridge reopened on the timetable Riverton and Portsea signed in 2023.';
    expect(recognize(reopened, facts(told)).ok).toBe(true);
    expect(
      recognize(reopened, facts('The Orsa Bridge reopened under a plan agreed in 2023.')).ok,
    ).toBe(true);
  });

  it('leaves a report of the day dated by its page', () => {
    const february: Claim = {
      ...reopened,
      recognize: { ...reopened.recognize, date: { year: 2025, month: 2 } },
    };
    const day = recognize(
      february,
      facts('The Orsa Bridge reopened on Sunday under a deal the council signed in 2023.'),
    );
    expect(day.ok && [day.date?.year, day.date?.month]).toEqual([2025, 2]);
    const undated = recognize(
      february,
      facts('The Orsa Bridge reopened under a deal the council signed in 2023.'),
    );
    expect(undated.ok && undated.date).toBeUndefined();
    expect(day.ok && undated.ok && day.score > undated.score).toBe(true);
  });

  it('still contradicts it when the claim’s own words are dated, or a comma ends the signing', () => {
    expect(recognize(reopened, facts('The Orsa Bridge reopened in 2023.')).ok).toBe(false);
    expect(
      recognize(
        reopened,
        facts('The council signed the deal, and the Orsa Bridge reopened in 2023.'),
      ).ok,
    ).toBe(false);
    expect(recognize(approved, facts('The council signed off the budget in 2023.')).ok).toBe(false);
  });
});

describe('a report of the day on a disputed date', () => {
  /** A made-up side on a disputed date: the bridge reopened in February 2025. */
  const side: Claim = {
    ...base,
    id: 'bridge-reopened-february',
    position: { question: 'reopening-date', position: 'february' },
    recognize: {
      require: [['reopen'], ['bridge', 'orsa-bridge']],
      date: { year: 2025, month: 2 },
      dateRole: 'any',
    },
  };

  it('answers it with the page’s month', () => {
    const day = recognize(side, facts('The Orsa Bridge reopened on Sunday.'));
    expect(day.ok && [day.date?.year, day.date?.month]).toEqual([2025, 2]);
    const undated = recognize(side, facts('The Orsa Bridge reopened.'));
    expect(undated.ok && undated.date).toBeUndefined();
    expect(day.ok && undated.ok && day.score > undated.score).toBe(true);
  });

  it('dates it by its weekday, the last one on or before the page’s day, in the month before', () => {
    // Monday 3 March 2025: the Friday before is 28 February.
    const friday = recognize(side, facts('The Orsa Bridge reopened on Friday.', '2025-03-03'));
    expect(friday.ok && [friday.date?.year, friday.date?.month]).toEqual([2025, 2]);
    // The Monday of the page is its own day, in March: a date stated against February
    // (a weekday after a verb in the past is read as a date, weekday-tense.ts).
    const monday = recognize(side, facts('The Orsa Bridge reopened on Monday.', '2025-03-03'));
    expect(monday.ok).toBe(false);
  });

  it('is not a deadline when only the page dates it', () => {
    const deadline: Claim = { ...side, recognize: { ...side.recognize, dateRole: 'deadline' } };
    // The weekday opens the line (no "on" after a verb): the page's days time it, weakly.
    const day = recognize(deadline, facts('Sunday: the Orsa Bridge reopened.'));
    expect(day.ok && day.date).toBeUndefined();
  });
});

describe('a plan and what comes after its date', () => {
  /** A made-up plan with no date of its own in its rule: the bridge reopens, due in March 2025. */
  const plan: Claim = {
    ...base,
    id: 'bridge-reopens-after-repairs',
    kind: 'plan',
    due: '2025-03',
    recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']] },
  };

  it('is the plan when it starts in the month or two after its due month', () => {
    expect(recognize(plan, facts('The Orsa Bridge will reopen after March.')).ok).toBe(true);
    expect(recognize(plan, facts('The Orsa Bridge will reopen from April.')).ok).toBe(true);
  });

  it('is not the plan months later, or past its due year', () => {
    expect(recognize(plan, facts('The Orsa Bridge will reopen after August.')).ok).toBe(false);
    expect(recognize(plan, facts('The Orsa Bridge will reopen after 2025.')).ok).toBe(false);
  });
});

describe('a dated plan still told as ahead after its month', () => {
  /** A made-up plan answering when: the bridge reopens, due in December 2024 (the page is February 2025). */
  const plan: Claim = {
    ...base,
    id: 'bridge-reopens-in-december',
    kind: 'plan',
    due: '2024-12',
    position: { question: 'reopening-date', position: 'december' },
    recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']] },
  };

  it('is a later schedule, not the plan, when the sentence gives no date', () => {
    expect(
      recognize(plan, facts('The Orsa Bridge is due to reopen at last, the council says.')).ok,
    ).toBe(false);
  });

  it('is the plan retold as what was said then', () => {
    expect(
      recognize(plan, facts('The council said the Orsa Bridge would reopen at last.')).ok,
    ).toBe(true);
  });

  it('is the plan when it answers no question of when', () => {
    const { position: _, ...unplaced } = plan;
    expect(
      recognize(unplaced, facts('The Orsa Bridge is due to reopen at last, the council says.')).ok,
    ).toBe(true);
  });
});

describe('a headline leaving out what happened (headlineMayOmit)', () => {
  /** A made-up event of the page's month (February 2025) whose headline may omit "reopen". */
  const reopened: Claim = {
    ...base,
    id: 'bridge-reopened-by-council',
    kind: 'event',
    happened: '2025-02-08',
    recognize: {
      require: [['bridge', 'orsa-bridge'], ['reopen'], ['council']],
      headlineMayOmit: 'reopen',
    },
  };

  it('is news when the headline names something besides the place and the actor', () => {
    expect(recognize(reopened, facts('The Council Repair Work At The Orsa Bridge')).ok).toBe(true);
  });

  it('marks the reading as one the omission let through', () => {
    const omitted = recognize(reopened, facts('The Council Repair Work At The Orsa Bridge'));
    expect(omitted.ok && omitted.omitted).toBe(1);
    const whole = recognize(reopened, facts('The council reopened the Orsa Bridge in February.'));
    expect(whole.ok && whole.omitted).toBe(0);
  });

  it('names only a topic when it holds nothing but the place and the actor', () => {
    expect(recognize(reopened, facts('The Council And The Orsa Bridge')).ok).toBe(false);
    // A body sentence still needs the word.
    expect(recognize(reopened, facts('The council repaired the Orsa Bridge.')).ok).toBe(false);
  });
});

describe('a doubt and a speaker’s relative clause after it', () => {
  const approved = story.kb.claims.find((c) => c.id === 'budget-approved') as Claim;

  it('asserts what the speaker says of the thing asked, when it holds a part of the claim', () => {
    const said = recognize(
      approved,
      facts(
        'Whether the council will approve it, which the repair crews say depends on the budget, is unclear.',
      ),
    );
    expect(said.ok).toBe(true);
  });

  it('leaves the claim asked when all of it lies in the doubt', () => {
    const asked = recognize(
      approved,
      facts('Whether the council will approve the budget, which the crews say, is unclear.'),
    );
    expect(asked.ok).toBe(false);
  });
});

describe('a group named only in the time a clause is dated by', () => {
  /** A made-up claim: the bridge closed for repairs, the closing being its action. */
  const closed: Claim = {
    ...base,
    id: 'closed-for-repairs',
    recognize: { require: [['bridge', 'orsa-bridge'], ['close'], ['repair']] },
  };

  it('is taken for granted: "after the closure" dates what the crews did', () => {
    expect(
      recognize(
        closed,
        facts('Repair crews worked on the Orsa Bridge after the closure, mending its cables.'),
      ).ok,
    ).toBe(false);
  });

  it('is told when the clause says it', () => {
    expect(
      recognize(closed, facts('The Orsa Bridge closed for repairs after the vote, officials said.'))
        .ok,
    ).toBe(true);
  });
});

describe('a place named only in a frame', () => {
  /** A made-up claim about one place: repairs under way in Veldmark. */
  const inTown: Claim = {
    ...base,
    id: 'repairs-in-veldmark',
    recognize: { require: [['repair'], ['veldmark']] },
  };

  it('is taken for granted, and places nothing the main clause tells', () => {
    const result = recognize(
      inTown,
      facts('Repair crews will stay on through the spring, under new arrangements with Veldmark.'),
    );
    expect(result.ok).toBe(false);
  });

  it('still places the claim when the main clause names it', () => {
    expect(
      recognize(inTown, facts('Repair crews will stay on in Veldmark, under the new arrangements.'))
        .ok,
    ).toBe(true);
  });
});

describe('an exclusion outside a clause on a place that holds the whole claim', () => {
  const repairs: Claim = {
    ...base,
    id: 'repairs-under-way',
    recognize: { require: [['repair'], ['bridge', 'orsa-bridge']], exclude: ['vote'] },
  };

  it('excludes nothing when ", where …" tells every group of the claim', () => {
    expect(
      recognize(
        repairs,
        facts(
          'Councillors will vote on tolls in the town hall, where repair crews fixed the bridge in May.',
        ),
      ).ok,
    ).toBe(true);
  });

  it('still excludes when the clause leaves a group to the main clause, or names it itself', () => {
    expect(
      recognize(
        repairs,
        facts(
          'Councillors will vote on the bridge in the town hall, where repair crews met in May.',
        ),
      ).ok,
    ).toBe(false);
    expect(
      recognize(
        repairs,
        facts('Crews met in the town hall, where a vote on repairs to the bridge was held.'),
      ).ok,
    ).toBe(false);
  });
});

describe('an exclusion that only names the witnesses who tell the news', () => {
  /** A made-up claim: repairs under way on the bridge, not the council's business. */
  const repairs: Claim = {
    ...base,
    id: 'repairs-under-way',
    recognize: { require: [['repair'], ['bridge', 'orsa-bridge']], exclude: ['council'] },
  };

  it('excludes nothing when a plural group says it: "…, councillors said", "Councillors … said"', () => {
    for (const text of [
      'Repair crews have been at work on the Orsa Bridge all week, councillors and residents said.',
      'Councillors of the east ward said they watched repair crews on the Orsa Bridge.',
    ])
      expect(recognize(repairs, facts(text)).ok).toBe(true);
  });

  it('still excludes one voice, or a group that does something other than tell', () => {
    for (const text of [
      'Repair crews should start on the Orsa Bridge, a senior councillor said.',
      'Councillors voted for repair crews on the Orsa Bridge.',
      'Repair crews on the Orsa Bridge, councillors, said nothing.',
    ])
      expect(recognize(repairs, facts(text)).ok).toBe(false);
  });
});

/** A made-up plan: the bridge reopens by September 2025 (the page is February 2025). */
const reopensBySeptember: Claim = {
  ...base,
  id: 'bridge-reopens-by-september',
  kind: 'plan',
  recognize: {
    require: [['reopen'], ['bridge', 'orsa-bridge']],
    date: { year: 2025, month: 9 },
    dateRole: 'deadline',
    dateRequired: true,
  },
};

describe('a deadline plan in the present tense, dated past the page', () => {
  it('is dated by a month or year after the page’s, which looks ahead in any tense', () => {
    for (const sentence of [
      '“The Orsa Bridge reopens next September,” an engineer said.',
      'Orsa Bridge Reopens In September 2025, Engineers Say',
    ]) {
      const read = recognize(reopensBySeptember, facts(sentence));
      expect(read.ok && [read.date?.year, read.date?.month], sentence).toEqual([2025, 9]);
    }
  });

  it('is not dated by the page’s own month told in the present', () => {
    const read = recognize(
      reopensBySeptember,
      facts('The Orsa Bridge reopens this month.', '2025-09-10'),
    );
    expect(read.ok).toBe(false);
  });
});

describe('a date followed by a clause ", when …" that holds the claim', () => {
  it('is timed by that date, whatever "after" it is in the main clause', () => {
    const read = recognize(
      reopensBySeptember,
      facts('Ferry fares will fall after September, when the Orsa Bridge is due to reopen.'),
    );
    expect(read.ok && [read.date?.year, read.date?.month]).toEqual([2025, 9]);
  });

  it('keeps "after" when the clause holds something else', () => {
    const read = recognize(
      reopensBySeptember,
      facts('The Orsa Bridge will reopen after September, when the council meets.'),
    );
    expect(read.ok && read.date).toBeFalsy();
  });
});

describe('an event told as scheduled, on a page of the month it happened', () => {
  /** A made-up event known to its day: the bridge reopened on 20 February 2025. */
  const reopened: Claim = {
    ...base,
    id: 'bridge-reopened',
    kind: 'event',
    happened: '2025-02-20',
    recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']], exclude: ['ahead'] },
  };

  it('is that event: the schedule in force excludes nothing', () => {
    for (const sentence of [
      'The Orsa Bridge is scheduled to reopen later this month.',
      'Crews say the bridge is due to reopen within days.',
      'The Orsa Bridge will reopen to cars before the month is out.',
    ])
      expect(recognize(reopened, facts(sentence, '2025-02-10')).ok, sentence).toBe(true);
  });

  it('still excludes in another month, told as it stood, or for an event known by its month', () => {
    const sentence = 'The Orsa Bridge is scheduled to reopen later this month.';
    expect(recognize(reopened, facts(sentence, '2025-01-10')).ok).toBe(false);
    expect(
      recognize(reopened, facts('The Orsa Bridge would reopen in the spring, they said.')).ok,
    ).toBe(false);
    expect(recognize({ ...reopened, happened: '2025-02' }, facts(sentence, '2025-02-10')).ok).toBe(
      false,
    );
  });
});

describe('a key in the main clause, every other group in a clause of time', () => {
  /** A made-up claim keyed on the ferry: the ferry runs while the bridge is shut for repairs. */
  const ferryWhileShut: Claim = {
    ...base,
    id: 'ferry-while-shut',
    recognize: { require: [['ferry'], ['close'], ['bridge'], ['repair']] },
  };
  const shut = story.kb.claims.find((c) => c.id === 'bridge-closed-for-repairs') as Claim;

  it('ranks below the claim the clause of time tells whole, though it reads a group more', () => {
    const read = facts('Since the bridge closed for repairs, the ferry has carried the commuters.');
    const split = recognize(ferryWhileShut, read);
    const whole = recognize(shut, read);
    expect(split.ok && whole.ok).toBe(true);
    if (split.ok && whole.ok) expect(whole.score).toBeGreaterThan(split.score);
  });

  it('still stands, and keeps its score when the groups share one clause', () => {
    const split = recognize(
      ferryWhileShut,
      facts('Since the bridge closed for repairs, the ferry has carried the commuters.'),
    );
    const together = recognize(
      ferryWhileShut,
      facts('The ferry carries the commuters while the bridge is closed for repairs.'),
    );
    expect(split.ok && together.ok).toBe(true);
    if (split.ok && together.ok) expect(together.score).toBeGreaterThan(split.score);
  });
});

describe('a negated word of denial', () => {
  /** A made-up denial claim: the bridge is not shut, said in words of reopening too. */
  const notShut: Claim = {
    ...base,
    id: 'bridge-not-shut',
    recognize: {
      require: [['close', 'reopen'], ['bridge']],
      polarity: 'negate',
      deniedBy: ['reopen'],
    },
  };

  it('denies in its own words', () => {
    expect(recognize(notShut, facts('The council said the bridge has reopened.')).ok).toBe(true);
    expect(recognize(notShut, facts('The council said the bridge is not closed.')).ok).toBe(true);
  });

  it('is no denial when negated', () => {
    // "not to believe that it has reopened": a double negative, not the denial.
    const urged = 'The council told drivers not to believe that the bridge has reopened.';
    expect(recognize(notShut, facts(urged)).ok).toBe(false);
    expect(recognize(notShut, facts('The bridge has not reopened, the council said.')).ok).toBe(
      false,
    );
  });
});
