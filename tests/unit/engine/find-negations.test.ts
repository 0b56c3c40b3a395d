/**
 * A "not" opening a phrase set off by commas ("it is the charter, not any timetable, that …")
 * names the alternative the sentence sets aside: it neither denies nor asserts it
 * (engine/find-negations.ts, contrastEnd()).
 */
import { describe, expect, it } from 'vitest';
import { findNegations, isNegated, negatedRightBefore } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';

const read = (text: string, word: string) => {
  const tokens = tokenize(text);
  const negations = findNegations(tokens, text);
  const at = tokens.findIndex((t) => t.norm === word);
  return { negations, negated: isNegated(at, negations) };
};

describe('a contrast set off by commas', () => {
  it('is a partial statement over its own phrase, not a denial', () => {
    const { negations, negated } = read(
      'It is the harbour charter, not any closure timetable, that will set the date.',
      'closure',
    );
    expect(negated).toBe(true);
    expect(negations).toHaveLength(1);
    expect(negations[0]?.partial).toBe(true);
    // What follows the phrase is not governed by the "not".
    const after = read(
      'It is the harbour charter, not any closure timetable, that will set the date.',
      'date',
    );
    expect(after.negated).toBe(false);
  });

  it('leaves a contrast ending the sentence a plain negation', () => {
    const { negations, negated } = read(
      'The talks have been about the new pier, not about closing the old one.',
      'closing',
    );
    expect(negated).toBe(true);
    expect(negations[0]?.partial).toBeUndefined();
  });

  it('leaves a "not" after a comma that opens a clause alone', () => {
    const { negations } = read('The ferry sailed, but the crew did not leave the pier.', 'leave');
    expect(negations[0]?.partial).toBeUndefined();
  });
});

describe('a phrase negated right before it', () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    const k = tokens.findIndex((t) => t.norm === word);
    return negatedRightBefore(tokens, k, k + 1);
  };

  it('reads "not", "never" and "-n\'t" across auxiliaries only', () => {
    expect(at('The pier plan has not been shelved.', 'shelved')).toBe(true);
    expect(at('The crews never requested a transfer.', 'requested')).toBe(true);
    expect(at("The ferry hasn't yet been sold.", 'sold')).toBe(true);
    expect(at('The council did not say the plan was shelved.', 'shelved')).toBe(false);
    expect(at('The pier plan was shelved.', 'shelved')).toBe(false);
  });

  it('leaves a phrase taking an infinitive looking ahead', () => {
    expect(at('The crews are not expected to sail before May.', 'expected')).toBe(false);
  });
});

describe('"not all", softened ("not quite every crew")', () => {
  it('is a partial statement over the rest of its clause, as "not all" is', () => {
    for (const text of [
      'Not quite every crew has left the pier: some stayed behind to load the last boats.',
      'Not exactly all the ferries have left Riverton, the harbour master said.',
      'Not all the ferries have left Riverton, the harbour master said.',
    ]) {
      const { negations, negated } = read(text, 'left');
      expect(negations[0]?.partial).toBe(true);
      expect(negations[0]?.denial).toBe(false);
      expect(negated).toBe(true);
    }
  });

  it('leaves "not quite" before anything else as it was', () => {
    const { negations } = read('The crews have not quite left the pier.', 'left');
    expect(negations[0]?.partial).toBeUndefined();
  });
});

describe('lacking the capacity to act ("lacks the strength to …")', () => {
  it('denies the act, as "unable to" does', () => {
    for (const text of [
      'The raiders lack the strength to threaten the harbour any more.',
      'By then the rebels lacked any means to hold the ridge.',
      'A crew this small lacks the capacity to run the night ferry.',
    ]) {
      const word = text.includes('threaten') ? 'threaten' : text.includes('hold') ? 'hold' : 'run';
      const { negations, negated } = read(text, word);
      expect(negations[0]?.word.toLowerCase()).toMatch(/^lack/);
      expect(negated, text).toBe(true);
    }
  });

  it('denies nothing when what is lacking is no capacity, or takes no "to"', () => {
    for (const text of [
      'The ferries lacked fuel to reach the island, so they waited.',
      'The plan lacks the support of the union.',
    ])
      expect(read(text, 'ferries').negations, text).toHaveLength(0);
  });
});

describe('"no secret", "no doubt": said openly', () => {
  it('negates nothing', () => {
    for (const text of [
      'The council has made no secret of its aim: the old pier closes.',
      'There is no doubt that the crews left the pier in May.',
    ]) {
      const word = text.includes('closes') ? 'closes' : 'left';
      const { negations, negated } = read(text, word);
      expect(negations, text).toHaveLength(0);
      expect(negated).toBe(false);
    }
  });

  it('leaves any other "no" a negation', () => {
    expect(read('No crews left the pier in May.', 'left').negated).toBe(true);
  });
});

describe('"cannot do without": a need, not a denial', () => {
  it('negates nothing', () => {
    for (const text of [
      'The island cannot do without the night ferry.',
      "The harbour town can't manage without its pilots.",
      'The growers could not cope without the river barges.',
      // A word of degree between (fit26): still a need.
      'The island cannot yet do without the night ferry.',
      "The harbour town can't really manage without its pilots.",
    ]) {
      const { negations } = read(text, 'without');
      expect(negations, text).toHaveLength(0);
    }
  });

  it('leaves "cannot do" with anything else a negation', () => {
    expect(read('The island cannot do more for the ferry.', 'ferry').negated).toBe(true);
  });

  // Session 47 (articles-blind-36): "not ready to … without" is the same double negative.
  it('"not ready / able to … without" needs what follows "without"', () => {
    for (const [text, word] of [
      ['The island is not yet ready to run the crossing without the pilots.', 'pilots'],
      ['Neither Portsea nor Riverton was able to hold the pier without the pilots.', 'pilots'],
      ['The growers were never prepared to face the floods without the barges.', 'barges'],
    ] as const)
      expect(read(text, word).negated, text).toBe(false);
  });

  // Session 56 (misses56): a negative subject makes a bare "can" a "cannot".
  it('"neither … nor … can … without" and "nobody could … without" need what follows', () => {
    for (const [text, word] of [
      ['Neither Portsea nor Riverton can yet hold the pier without the pilots.', 'pilots'],
      ['Neither the island nor the rest of the coast could yet do without the barges.', 'barges'],
      ['Nobody on the island could run the crossing without the pilots.', 'pilots'],
      ['No one in Portsea can keep the ferry going without the harbour grant.', 'grant'],
    ] as const)
      expect(read(text, word).negated, text).toBe(false);
  });

  it('a bare "can … without" with no negative subject still denies what follows (near miss)', () => {
    expect(read('Portsea can hold the pier without the pilots.', 'pilots').negated).toBe(true);
    expect(read('Neither Portsea nor Riverton wants the pilots back.', 'pilots').negated).toBe(
      true,
    );
  });

  // Session 56 (fit65, articles-blind-65): the need is read only before "without".
  it('"neither … nor … could" with anything but "do without" still negates (near miss)', () => {
    expect(
      read('Neither Portsea nor Riverton could keep the night ferry running.', 'keep').negated,
    ).toBe(true);
  });

  it('"ready to … without" with no negation still denies what follows (near miss)', () => {
    expect(
      read('The island is ready to run the crossing without the pilots.', 'pilots').negated,
    ).toBe(true);
    expect(read('The island is not ready to run the crossing yet.', 'crossing').negated).toBe(true);
  });
});

describe('the noun "not every" quantifies', () => {
  it('is named as it is, while what is said of it stays negated', () => {
    const text = 'Not quite every ferryman has gone home: some stayed to mend the nets.';
    expect(read(text, 'ferryman').negated).toBe(false);
    expect(read(text, 'gone').negated).toBe(true);
    // The quantifier stays in the scope: not every one of them has gone.
    expect(read(text, 'every').negated).toBe(true);
    const all = read('Not all of the crews left the pier in May.', 'crews');
    expect(all.negated).toBe(false);
    expect(read('Not all of the crews left the pier in May.', 'left').negated).toBe(true);
  });
});

describe('"dismissed" or "rejected" an object "as" something', () => {
  it('calls the object something and denies nothing after it', () => {
    const text =
      'The dockers dismissed the partial reopening as a token gesture and urged the council to reopen every berth.';
    expect(read(text, 'reopening').negated).toBe(false);
    expect(read(text, 'berth').negated).toBe(false);
    expect(read('The ferry crews rejected the offer as too little.', 'offer').negated).toBe(false);
  });

  it('still denies without the "as", or when the "as" belongs to a clause inside the object', () => {
    expect(read('The council dismissed reports that the pier would close.', 'close').negated).toBe(
      true,
    );
    expect(
      read('The mayor dismissed reports portraying the closure as a defeat.', 'closure').negated,
    ).toBe(true);
    expect(read('The harbour board rejected the plan to sell the pier.', 'sell').negated).toBe(
      true,
    );
  });
});

describe('"too" with a word of degree and "to" (fit21)', () => {
  it('says the infinitive is not done, and leaves the word before "to" told', () => {
    const text = 'The ferry crews are now too few to keep the night service running.';
    expect(read(text, 'keep').negated).toBe(true);
    expect(read(text, 'few').negated).toBe(false);
    expect(read('The storm was too strong locally to let the boats sail.', 'let').negated).toBe(
      true,
    );
  });
  it('needs "to" within two words and no break before it', () => {
    expect(read('The crews came too, to help load the boats.', 'help').negated).toBe(false);
    expect(read('The crews took too many risks to count.', 'risks').negated).toBe(false);
    expect(read('The crews were too tired after the long night to argue.', 'argue').negated).toBe(
      false,
    );
  });
});

describe('a negation inverting its auxiliary and its subject', () => {
  it('denies what is said of the name, not that the name is there', () => {
    const text = 'Nor is the board a spent force on the river.';
    // A determiner and one noun: the subject is named, what is said of it denied.
    expect(read(text, 'board').negated).toBe(false);
    expect(read(text, 'spent').negated).toBe(true);
    expect(read('Nor have the crews left the pier.', 'left').negated).toBe(true);
    const named = 'Nor has Ferrylink given up on the night service.';
    expect(read(named, 'ferrylink').negated).toBe(false);
    expect(read(named, 'given').negated).toBe(true);
    expect(read('Never did North Pier Ferries run a boat at night.', 'run').negated).toBe(true);
    expect(read('Never did North Pier Ferries run a boat at night.', 'pier').negated).toBe(false);
  });
  it('reads a Title Case headline as before', () => {
    expect(read('Nor Has Harbour Board Ferries Given Up Its Plan', 'board').negated).toBe(true);
  });
});

describe('"none" counting the things named out', () => {
  it('negates what is said of "none of" the crews', () => {
    expect(
      read('The crews have left the pier, and none of its pilots remain on the island.', 'remain')
        .negated,
    ).toBe(true);
    expect(read('None remain at the old pier.', 'remain').negated).toBe(true);
  });
  it('leaves "none of this" a weighing of what was said, not a count', () => {
    const text = 'None of this means the ferries have gone: two still cross the bay most days.';
    expect(read(text, 'gone').negated).toBe(false);
    expect(read(text, 'cross').negated).toBe(false);
  });
});

describe('a negation fronted before an inverted auxiliary', () => {
  it('governs its whole clause ("Not once did …", "At no point have …")', () => {
    expect(
      read(
        'Not once did the two crews at the pier talk about a closure, the clerk said.',
        'closure',
      ).negated,
    ).toBe(true);
    expect(
      read('At no point have the harbour board and the operators discussed a closure.', 'closure')
        .negated,
    ).toBe(true);
    // Not past its clause: what the clerk did after "but" stands.
    expect(
      read(
        'Not once did the two crews at the pier talk about it, but the clerk welcomed the closure.',
        'welcomed',
      ).negated,
    ).toBe(false);
  });

  it('after a colon, and past a teller set off by commas ("at no stage, he said, had …")', () => {
    expect(
      read(
        'The clerk was blunt: at no stage, he said, had a closure of the old pier been on the table.',
        'table',
      ).negated,
    ).toBe(true);
    expect(
      read(
        'The clerk was blunt: at no stage had the board discussed a closure of the pier.',
        'pier',
      ).negated,
    ).toBe(true);
    // Any verb a teller closes with (english.ts SAYING_VERBS, shared with attribution.ts).
    expect(
      read(
        'The clerk was blunt: at no stage, the harbour board noted, had a closure of the old pier been on the table.',
        'table',
      ).negated,
    ).toBe(true);
    // A "no" inside the clause, past a colon, is no fronted negation.
    expect(
      read(
        'The clerk was blunt: the board had no stage ready, and discussed a closure of the pier.',
        'pier',
      ).negated,
    ).toBe(false);
  });

  it('leaves a "not" that is no fronted negation to its usual reach', () => {
    // "not" inside the clause reaches its next few words only.
    expect(
      read(
        'The crews did not stop work at the pier on the day the board announced a closure.',
        'closure',
      ).negated,
    ).toBe(false);
  });
});

describe('a question left open by a "not" and answered after "but"', () => {
  const answered =
    'The council has not said how many crews remain, but a pilot put the number at a dozen.';
  const open = 'The council has not said how many crews remain, and a pilot would not guess.';

  it('denies only the telling when the clause after "but" estimates the figure', () => {
    expect(read(answered, 'said').negated).toBe(true);
    expect(read(answered, 'remain').negated).toBe(false);
  });

  it('leaves the question asked when nothing answers it', () => {
    expect(read(open, 'remain').negated).toBe(true);
    expect(
      read('The council has not said how many crews remain, but they are busy.', 'remain').negated,
    ).toBe(true);
  });
});

describe('a clause of time or condition after a plain negation ("while", "as long as")', () => {
  it('is what the negated act waits on, not negated itself', () => {
    for (const [text, word] of [
      ['There will be no strike while the crews are here.', 'crews'],
      ['The dockers will not go back while the pier stays shut.', 'pier'],
      ['No vote as long as the board sits.', 'board'],
      ['The union will not sign so long as managers refuse.', 'managers'],
    ] as const)
      expect(read(text, word).negated, text).toBe(false);
    // The negated act before it stays negated.
    expect(read('There will be no strike while the crews are here.', 'strike').negated).toBe(true);
  });

  it('leaves "while" the noun ("for a while") inside the reach', () => {
    expect(read('The crews have not sailed for a while.', 'while').negated).toBe(true);
    expect(read('They have not been paid in a long while, crews said.', 'while').negated).toBe(
      true,
    );
  });
});

describe('a negated subject opening the sentence, a teller set off by commas after it', () => {
  it('reaches past the teller to the verb and its object', () => {
    expect(
      read('None of the clerks, the report says, expected a closure of the pier.', 'closure')
        .negated,
    ).toBe(true);
    expect(read('Nobody, the mayor wrote, wanted a closure of the pier.', 'closure').negated).toBe(
      true,
    );
    // The same without a teller, as before.
    expect(read('None of the clerks expected a closure of the pier.', 'closure').negated).toBe(
      true,
    );
  });

  it('leaves any other comma the end of the reach', () => {
    // A "not" inside the clause: the teller and what follows it are not negated.
    expect(
      read('Promises are not enough, the mayor said, demanding a closure of the pier.', 'closure')
        .negated,
    ).toBe(false);
    // A negated subject with no teller after its comma.
    expect(
      read('None of the clerks, to be fair, expected a closure of the pier.', 'closure').negated,
    ).toBe(false);
  });
});
