import { describe, expect, it } from 'vitest';
import { findNegations } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';
import { framed } from './sentence-words';

describe('findFrames', () => {
  it('reads the phrase before the main clause as taken for granted', () => {
    expect(framed('Under the deal, the last ferries sail in May.')).toEqual(['Under the deal']);
    expect(framed('After the vote, the council closed the bridge.')).toEqual(['After the vote']);
    expect(framed('As part of the plan, two lanes reopen.')).toEqual(['As part of the plan']);
  });

  it('takes for granted what was forecast before, after "than"/"after" and "had said"', () => {
    expect(framed('The reopening came two weeks after the board had said it would.')).toEqual([
      'after the board had said it would',
    ]);
    expect(
      framed('The bridge opened later than engineers had forecast in May, when they said June.'),
    ).toEqual(['than engineers had forecast in May when they said June']);
    // No forecast in the past perfect: the clause goes on to tell its own news.
    expect(framed('The bridge opened after the board said it would.')).toEqual([]);
    expect(framed('The bridge opened after the crews had left the pier.')).toEqual([]);
  });

  it('takes for granted a time a clause names by one known noun before a break', () => {
    expect(framed('A few crews stayed at the pier after the handover, running the ropes.')).toEqual(
      ['after the handover'],
    );
    // A longer phrase, a figure or no break after it is the clause's own news.
    expect(framed('The crews stayed at the pier after the long vote, officials said.')).toEqual([]);
    expect(framed('The pier closed before the 2026, officials said.')).toEqual([]);
    expect(framed('The crews left the pier after the handover.')).toEqual([]);
  });

  it('reads an opening "with" clause telling a plan of its own ("due to end") as stated', () => {
    expect(framed('With the ferry service due to end in May, that argument is weaker.')).toEqual(
      [],
    );
    expect(framed('With the pier set to close, crews are packing up.')).toEqual([]);
    expect(framed('With the deal signed, the last ferries sail in May.')).toEqual([
      'With the deal signed',
    ]);
  });

  it('takes for granted a thing named by its year after "the"', () => {
    expect(framed('The closure follows the 2023 agreement on the pier.')).toEqual([
      '2023 agreement',
    ]);
    // The opening subject is the sentence's news, not taken for granted.
    expect(framed('The 2023 agreement was signed in May.')).toEqual([]);
    // A date, a bare year or a count is no name.
    expect(framed('The pier closed in 2023 after the vote.')).toEqual([]);
    expect(framed('The 2023, 2024 and 2025 budgets were cut.')).toEqual([]);
    expect(framed('The 300 crews left the pier.')).toEqual([]);
  });

  it('finds a frame set off by commas in mid-sentence', () => {
    expect(framed('The lanes, under the new timetable, reopen in May.')).toEqual([
      'under the new timetable',
    ]);
  });

  it('reads an aside opened by "which" between commas, and not one running to the end', () => {
    expect(framed('The council, which later rebuilt the pier, closed the bridge in May.')).toEqual([
      'which later rebuilt the pier',
    ]);
    expect(framed('The council closed the bridge, which reopens in May.')).toEqual([]);
  });

  it('reads a concession opened by "although" as taken for granted', () => {
    expect(
      framed('The ferry service to the island has ended, although some crews remain at the pier.'),
    ).toEqual(['although some crews remain at the pier']);
    expect(framed('Although the pier is closed, the ferries still sail from Portsea.')).toEqual([
      'Although the pier is closed',
    ]);
  });

  it('is not a frame when no comma closes it soon, nor a single word in mid-sentence', () => {
    expect(
      framed(
        'Under pressure from residents who had waited for two long years the council gave way.',
      ),
    ).toEqual([]);
    expect(framed('The bridge reopens after the repairs.')).toEqual([]);
    expect(framed('Crews under the command of the harbour master left.')).toEqual([]);
  });

  it('reads a phrase that closes the sentence after a comma as taken for granted', () => {
    expect(framed('The council met, after the vote.')).toEqual(['after the vote']);
    expect(
      framed('The last ferry left the pier on Monday, marking a step in the agreed closure.'),
    ).toEqual(['marking a step in the agreed closure']);
  });

  it('reads a known arrangement that something happens under as taken for granted anywhere', () => {
    expect(framed('The wardens met the crews under their new ferry agreement.')).toEqual([
      'under their new ferry agreement',
    ]);
    expect(framed('The crews work within the framework of the old pact.')).toEqual([
      'within the framework of the old pact',
    ]);
    expect(
      framed('The pier stays shut under the agreement with the council, the mayor said.'),
    ).toEqual(['under the agreement with the council']);
    expect(
      framed(
        'The piers close in May, within the framework of the pact that the council and the ferry company signed last spring to end the night crossings.',
      ),
    ).toEqual([
      'within the framework of the pact that the council and the ferry company signed last spring to end the night crossings',
    ]);
    // "a new deal" is reported, not taken for granted, nor is "the terms of a deal".
    expect(framed('The piers close under the terms of a deal signed in May.')).toEqual([]);
    expect(framed('The ferries stop in May under a new deal with the council.')).toEqual([]);
  });

  it('reads a closing phrase of several words as a frame without a comma', () => {
    expect(framed('Two lanes reopened as part of the plan agreed with the council.')).toEqual([
      'as part of the plan agreed with the council',
    ]);
  });

  it('reads "as agreed", "as planned" as the arrangement taken for granted', () => {
    expect(framed('As agreed in the spring, the last ferries sailed in May.')).toEqual([
      'As agreed in the spring',
    ]);
    expect(framed('The pier closed in May as planned.')).toEqual(['as planned']);
    // "as" alone opens nothing: "as the crews left" is a clause of its own.
    expect(framed('The pier closed as the crews left.')).toEqual([]);
  });

  it('reads the standard of a short comparison as taken for granted', () => {
    expect(framed('The pier closed earlier than originally agreed, residents said.')).toEqual([
      'than originally agreed',
    ]);
    expect(framed('The ferries stopped sooner than planned.')).toEqual(['than planned']);
    expect(framed('Fewer ferries than expected will sail in May.')).toEqual([]);
    // An earlier plan ("than originally agreed") is the standard wherever the sentence goes on.
    expect(framed('The closure sooner than originally agreed has upset the crews.')).toEqual([
      'than originally agreed',
    ]);
    expect(framed('More than 2,000 people crossed.')).toEqual([]);
  });

  it('does not frame a closing "with", nor a closing phrase too long to be one', () => {
    expect(framed('The first stage began, with a convoy leaving the pier.')).toEqual([]);
    expect(
      framed(
        'The council met, after a vote that the residents of both banks of the river had demanded for many long and difficult years.',
      ),
    ).toEqual([]);
  });

  it('is not a frame when "under" or "after" opens a figure or a year', () => {
    expect(
      framed('Under 2,000 ferry staff will stay on the island, most of them in the port.'),
    ).toEqual([]);
    expect(framed('After 2026, the old pier closes for good.')).toEqual([]);
  });
});

describe('a "not … until" times the event instead of denying it', () => {
  const negated = (text: string) => findNegations(tokenize(text), text).map((n) => n.word);
  it('does not negate', () => {
    expect(negated('The repairs will not be complete until 2026.')).toEqual([]);
    expect(negated("The ferry won't sail until May.")).toEqual([]);
  });
  it('still negates without the until, across a comma, and in a denial', () => {
    expect(negated('The repairs will not be complete in 2026.')).toEqual(['not']);
    expect(negated('The ferry will not sail, until further notice.')).toEqual(['not']);
    expect(negated('The council denied it would wait until May.')).toEqual(['denied']);
  });
});

describe('"is finished as" a thing: it is that thing no more', () => {
  const negated = (text: string) => findNegations(tokenize(text), text).map((n) => n.word);
  it('negates after a form of "be"', () => {
    expect(negated('The old ferry company is finished as a rival to the council.')).toEqual([
      'finished',
    ]);
  });
  it('not a race result or a plain "finished"', () => {
    expect(negated('The crew finished as runners-up.')).toEqual([]);
    expect(negated('The pier was finished in May.')).toEqual([]);
  });
  it('negates after a verb of calling and its object ("declared the firm finished as")', () => {
    expect(negated('The inspectors declared the old ferry firm finished as a rival.')).toEqual([
      'finished',
    ]);
    expect(negated('Most dockers now consider the strike done as a weapon.')).toEqual(['done']);
    // Too far from the verb, it is a plain "finished as".
    expect(negated('They called on the crew that finished as runners-up last season.')).toEqual([]);
  });
});
