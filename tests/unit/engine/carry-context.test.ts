/**
 * What a sentence leaves to the sentences before it (engine/carry-context.ts): a place ("there",
 * or a report going on where the last one happened), a concept named again by its head noun
 * ("the commission"), a time pointing back ("that year"). Hand-made SentenceWords, real tokens.
 */
import { describe, expect, it } from 'vitest';
import {
  actorNamedAgain,
  anaphoricTime,
  carriedDate,
  carryContext,
  dateOfCardBefore,
  eventNamedAgain,
  eventNamedAgainAt,
  eventPlace,
  followedBy,
  inWithPhrase,
  itIsThePlace,
  judgedEvent,
  moreOfTheSame,
  onlyItsDate,
  onlyWhenDue,
  placeNamedAgain,
  placesOnly,
  placesSomething,
  restatesPrevious,
  speakersPlace,
  toldHappening,
  toldInOwnWords,
  withEventTold,
} from '../../../engine/carry-context';
import type { ConceptHit } from '../../../engine/find-concepts';
import type { DateMention } from '../../../engine/resolve-dates';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';
import { sentence } from './sentence-words';

/** A sentence with the given hits, each [concept, words]: the hit spans those tokens. */

const PLACES = new Set(['portsea', 'old-pier']);
const PLACE_NAMES = new Set([...PLACES, 'riverland', 'northland']);

const atPier = sentence('The ferry crews moved to the Old Pier in Portsea last spring.', [
  ['ferry', 'ferry'],
  ['old-pier', 'Old Pier'],
  ['portsea', 'Portsea'],
]);

const concepts = (w: { words: SentenceWords } | undefined) =>
  w?.words.hits.map((h) => h.concept) ?? [];

describe('carryContext', () => {
  it('"there" is the place the previous sentence named', () => {
    const current = sentence('They still work there, the operator said.', [['crews', 'They']]);
    const carried = carryContext(current, atPier, PLACES, PLACE_NAMES, false);
    expect(concepts(carried)).toEqual(['crews', 'old-pier', 'portsea']);
    expect(carried?.words.hits[1]?.text).toBe('there (→ "Old Pier")');
    expect(carried?.words.hits[1]?.inferred).toBe(true);
    // The existential "there" points at no place.
    const existential = sentence('There is no timetable yet.');
    expect(carryContext(existential, atPier, PLACES, PLACE_NAMES, false)).toBeUndefined();
    // A place named before "there" is the one it points at.
    const own = sentence('Crews went to Riverland and stayed there.', [['riverland', 'Riverland']]);
    expect(carryContext(own, atPier, PLACES, PLACE_NAMES, false)).toBeUndefined();
  });

  it('"the town\'s …" is the place the previous sentence named, as "there" is', () => {
    const current = sentence('Two crews left their berths at the town’s quay in May.', [
      ['crews', 'crews'],
    ]);
    const carried = carryContext(current, atPier, PLACES, PLACE_NAMES, false);
    expect(concepts(carried)).toEqual(['crews', 'old-pier', 'portsea']);
    // "the town" alone may be a town of its own ("the town of Ashby").
    const own = sentence('Two crews left for the town of Ashby.', [['crews', 'crews']]);
    expect(carryContext(own, atPier, PLACES, PLACE_NAMES, false)).toBeUndefined();
  });

  it('a report going on from a carded sentence happens where it did, unless it says where', () => {
    const current = sentence('All crews have now left.', [['crews', 'crews']]);
    expect(concepts(carryContext(current, atPier, PLACES, PLACE_NAMES, true))).toEqual([
      'crews',
      'old-pier',
      'portsea',
    ]);
    // Not after a sentence that asserted nothing, nor when it names a place of its own or the
    // story's country, nor for what is to come.
    expect(carryContext(current, atPier, PLACES, PLACE_NAMES, false)).toBeUndefined();
    for (const text of [
      'A convoy of crews was stopped near Ashby.',
      'Crews in the Gulf were put on alert.',
      'How many crews will stay is not known.',
      'The move is part of a plan to gather the crews in the region.',
      // A point of the compass after "the" is a part of a country of its own.
      'Fishing boats stay in harbours run by the river guard in the north-east.',
      'More crews were hired from the south.',
      // A verb of leaving before a point of the compass names where the sentence is.
      'Not every crew has left the west, though.',
    ])
      expect(carryContext(sentence(text), atPier, PLACES, PLACE_NAMES, true)).toBeUndefined();
    // A month or a day after "in"/"on" says when, not where: the report still goes on there.
    for (const text of [
      'Most crews left in February.',
      'The last crews left on Monday.',
      // A direction with no "the" is where a move went, no place of its own.
      'The last crews moved north.',
    ])
      expect(
        concepts(
          carryContext(sentence(text, [['crews', 'crews']]), atPier, PLACES, PLACE_NAMES, true),
        ),
      ).toEqual(['crews', 'old-pier', 'portsea']);
    const named = sentence('Talks with Northland went well.', [['northland', 'Northland']]);
    expect(carryContext(named, atPier, PLACES, PLACE_NAMES, true)).toBeUndefined();
    // The country qualifying a name ("the Northland Navy") names who acts, not where.
    const navy = sentence('Then the Northland Navy took over the crossings.', [
      ['northland', 'Northland'],
    ]);
    expect(concepts(carryContext(navy, atPier, PLACES, PLACE_NAMES, true))).toEqual([
      'northland',
      'old-pier',
      'portsea',
    ]);
  });

  it('a place named before as where something is not ("outside", "beyond") is not lent', () => {
    const outside = sentence('The crews have gone from every quay outside the Old Pier.', [
      ['crews', 'crews'],
      ['old-pier', 'Old Pier'],
    ]);
    const current = sentence('All crews have now left.', [['crews', 'crews']]);
    expect(carryContext(current, outside, PLACES, PLACE_NAMES, true)).toBeUndefined();
    const there = sentence('They still work there.', [['crews', 'They']]);
    expect(carryContext(there, outside, PLACES, PLACE_NAMES, true)).toBeUndefined();
    const beyond = sentence('No crew works beyond Portsea now.', [['portsea', 'Portsea']]);
    expect(carryContext(current, beyond, PLACES, PLACE_NAMES, true)).toBeUndefined();
    // "except", with a few words between ("except those in", "except in the").
    for (const text of [
      'The crews have left every quay except the Old Pier.',
      'The crews have left every quay except those at the Old Pier.',
      'The crews have left the harbour, except in the Old Pier.',
    ]) {
      const except = sentence(text, [
        ['crews', 'crews'],
        ['old-pier', 'Old Pier'],
      ]);
      expect(carryContext(current, except, PLACES, PLACE_NAMES, true)).toBeUndefined();
    }
  });

  it('a definite noun phrase names again what the previous sentence named by its head noun', () => {
    const before = sentence('The mayor chaired the first Harbour Works Commission.', [
      ['commission', 'Harbour Works Commission'],
    ]);
    const current = sentence('The commission will decide what becomes of the ferries.');
    const carried = carryContext(current, before, PLACES, PLACE_NAMES, false);
    expect(concepts(carried)).toEqual(['commission']);
    expect(carried?.words.hits[0]?.text).toBe('commission (→ "Harbour Works Commission")');
    // A verb's object is no name to point back to.
    const object = sentence('The council will end its ferry service.', [
      ['service-end', 'end its ferry service'],
    ]);
    const service = sentence('The service will turn into a bus route.');
    expect(carryContext(service, object, PLACES, PLACE_NAMES, false)).toBeUndefined();
    // A one-word hit is no phrase with a head; another noun is another thing.
    const other = sentence('The board will decide.');
    expect(carryContext(other, before, PLACES, PLACE_NAMES, false)).toBeUndefined();
  });
});

describe('carryContext: "it" and what points back', () => {
  const accord = sentence('The Harbour Accord was signed in 2008 by the mayor.', [
    ['accord', 'Harbour Accord'],
    ['mayor', 'mayor'],
  ]);

  it('"it" stands for a name the previous sentence gave', () => {
    const current = sentence('It will again be the basis of their ties.', [['ties', 'ties']]);
    const carried = carryContext(current, accord, PLACES, PLACE_NAMES, false);
    expect(concepts(carried)).toEqual(['ties', 'accord']);
    expect(carried?.words.hits[1]?.text).toBe('It (→ "Harbour Accord")');
    expect(carried?.cued).toBe(true);
    // Not a common noun ("the mayor"): that is carry-subject's business, for actors.
    expect(
      concepts(carryContext(sentence('It was late.'), accord, PLACES, PLACE_NAMES, false)),
    ).toEqual(['accord']);
  });

  it('is cued by a word pointing back, not by silence on where', () => {
    const there = sentence('Crews still work there.');
    expect(carryContext(there, atPier, PLACES, PLACE_NAMES, false)?.cued).toBe(true);
    const silent = sentence('All crews have now left.');
    expect(carryContext(silent, atPier, PLACES, PLACE_NAMES, true)?.cued).toBe(false);
  });
});

describe('placesOnly: a place two sentences back', () => {
  it('offers the places of the sentence, as carried, and nothing else', () => {
    const offer = placesOnly(atPier, PLACES) as SentenceWords;
    expect(offer.hits.map((h) => h.concept)).toEqual(['old-pier', 'portsea']);
    expect(offer.hits.every((h) => h.inferred)).toBe(true);
    // So a report going on from it happens there …
    const current = sentence('The harbour board also cut its staff.', [['staff', 'staff']]);
    expect(concepts(carryContext(current, offer, PLACES, PLACE_NAMES, true))).toEqual([
      'staff',
      'old-pier',
      'portsea',
    ]);
    // … but a name two sentences back is too far for "it" to stand for: none is offered.
    const accord = sentence('The Harbour Accord was signed in 2008.', [
      ['accord', 'Harbour Accord'],
    ]);
    expect(placesOnly(accord, PLACES)).toBeUndefined();
  });
});

describe('placesSomething: a sentence between that places its own report', () => {
  it('stops a place reaching past it when it tells of something at a place of the story', () => {
    // "… crews at the Old Pier. Contracts at Portsea are wound down. Members asked about the
    // crews staying behind.": the last sentence is not placed two sentences back.
    const atPortsea = sentence('Contracts for the ferry depot at Portsea are being wound down.', [
      ['portsea', 'Portsea'],
    ]);
    expect(placesSomething(atPortsea, PLACES)).toBe(true);
    const inThe = sentence('Work went on in the Old Pier sheds.', [['old-pier', 'Old Pier']]);
    expect(placesSomething(inThe, PLACES)).toBe(true);
  });
  it('not for a place only left, only part of a name, or carried from before', () => {
    const left = sentence('It became the crews’ home after they left Portsea last year.', [
      ['portsea', 'Portsea'],
    ]);
    expect(placesSomething(left, PLACES)).toBe(false);
    const body = sentence('The Portsea Harbour Board thanked the crews.', [
      ['portsea', 'Portsea Harbour Board'],
    ]);
    expect(placesSomething(body, PLACES)).toBe(false);
    const carried = sentence('All crews have now left.', [['portsea', 'left']]);
    (carried.hits[0] as ConceptHit).inferred = true;
    expect(placesSomething(carried, PLACES)).toBe(false);
  });
});

describe('placeNamedAgain: a place named again by its kind', () => {
  const quiet = sentence('Repairs took several weeks.');
  it('carries the places of the nearest of the few sentences before that names one', () => {
    const current = sentence('The last boats left the facility on Friday.', [['boats', 'boats']]);
    const carried = placeNamedAgain(current, [atPier, quiet], PLACES);
    expect(concepts(carried)).toEqual(['boats', 'old-pier', 'portsea']);
    expect(carried?.cued).toBe(true);
    expect(carried?.words.hits[1]?.text).toBe('facility (→ "Old Pier")');
    // Words of its phrase may stand between: "the two depots", "the sprawling old base".
    const two = sentence('Both crews left the two sprawling bases.', [['crews', 'crews']]);
    expect(concepts(placeNamedAgain(two, [atPier], PLACES))).toContain('old-pier');
    // A part of an airfield names the field again.
    const runway = sentence('Riverton pilots raised a flag over the same runway.');
    expect(concepts(placeNamedAgain(runway, [atPier], PLACES))).toContain('old-pier');
  });
  it('a plural kind after one place names what stands there, not that place', () => {
    const oneTown = sentence('Convoys carried the gear out of Portsea all spring.', [
      ['portsea', 'Portsea'],
    ]);
    const plural = sentence(
      'A few crews remain, but the big facilities the guild ran there are empty.',
    );
    expect(placeNamedAgain(plural, [oneTown], PLACES)).toBeUndefined();
    // Counted, they are the places named; parts of one place stand in the plural for it.
    const counted = sentence('The two facilities are empty now.');
    expect(concepts(placeNamedAgain(counted, [oneTown], PLACES))).toContain('portsea');
    const runways = sentence('Riverton pilots raised a flag over the runways.');
    expect(concepts(placeNamedAgain(runways, [oneTown], PLACES))).toContain('portsea');
    // Two places named before: the plural names them again.
    expect(concepts(placeNamedAgain(plural, [atPier], PLACES))).toContain('old-pier');
  });
  it('not when the sentence names a place itself, nor further back than a few sentences', () => {
    const own = sentence('Crews left the facility at Portsea.', [['portsea', 'Portsea']]);
    expect(placeNamedAgain(own, [atPier], PLACES)).toBeUndefined();
    const far = sentence('The last boats left the facility.', [['boats', 'boats']]);
    expect(placeNamedAgain(far, [atPier, quiet, quiet, quiet, quiet], PLACES)).toBeUndefined();
    // A place that only qualifies a name ("the Portsea Harbour Master") is who speaks, not where.
    const title = sentence('The Portsea Harbour Master spoke.', [['portsea', 'Portsea']]);
    expect(placeNamedAgain(far, [title], PLACES)).toBeUndefined();
    // Past a comma the next capital opens another phrase: "… left Portsea, Riverland's busiest
    // port." still names Portsea, and "that facility" takes it up.
    const apposed = sentence("The crews left Portsea, Riverland's busiest port, in May.", [
      ['portsea', 'Portsea'],
    ]);
    const that = sentence('The council has held that facility on its own since June.');
    expect(concepts(placeNamedAgain(that, [apposed], PLACES))).toContain('portsea');
    // A place named as where something is not ("outside Portsea") is not the one named again.
    const outside = sentence('No crew works beyond Portsea now.', [['portsea', 'Portsea']]);
    expect(placeNamedAgain(far, [outside], PLACES)).toBeUndefined();
    // No noun of a kind of place: nothing to point back with.
    const none = sentence('The last boats left on Friday.', [['boats', 'boats']]);
    expect(placeNamedAgain(none, [atPier], PLACES)).toBeUndefined();
  });
  it('not for a noun counted over: the whole class or a share of it is no one place', () => {
    // "… the crews left the Old Pier. They have emptied all of the depots on the coast.": every
    // depot, not the pier named before.
    for (const text of [
      'The crews have emptied all of the depots on the coast.',
      'The crews have emptied all the depots on the coast.',
      'Most of the facilities the crews used were shut by May.',
    ]) {
      expect(
        placeNamedAgain(sentence(text, [['crews', 'crews']]), [atPier], PLACES),
      ).toBeUndefined();
    }
    // A later noun of its own still points back: "… most of the crews, and the facility …".
    const later = sentence('Most of the crews left, and the facility shut on Friday.', [
      ['crews', 'crews'],
    ]);
    expect(concepts(placeNamedAgain(later, [atPier], PLACES))).toContain('old-pier');
  });
  it('not from a sentence whose own noun of a kind of place stands beside the places it names', () => {
    // "The crews were to leave Portsea and the facility by May. … They stayed at the facility.":
    // the facility is neither Portsea nor any place that sentence names.
    const beside = sentence('The crews were to leave Portsea and the facility by May.', [
      ['portsea', 'Portsea'],
    ]);
    const current = sentence('They stayed at the facility until June.', [['crews', 'They']]);
    expect(placeNamedAgain(current, [atPier, beside, quiet], PLACES)).toBeUndefined();
  });
  it("from a sentence whose noun of a kind of place is the name's apposition", () => {
    // "… from Portsea, the sprawling facility …": the facility is Portsea.
    const apposed = sentence(
      'Crews were sent out from Portsea, the sprawling facility to the south.',
      [['portsea', 'Portsea']],
    );
    const current = sentence('That facility has been emptying since May.');
    expect(concepts(placeNamedAgain(current, [apposed], PLACES))).toEqual(['portsea']);
  });
  it('past a place the sentence names only as where something goes', () => {
    const current = sentence('That facility has been emptying since the crews left for Portsea.', [
      ['portsea', 'Portsea'],
    ]);
    expect(concepts(placeNamedAgain(current, [atPier], PLACES))).toContain('old-pier');
    // Where it is, named, is the place it means.
    const at = sentence('That facility at Portsea has been emptying since May.', [
      ['portsea', 'Portsea'],
    ]);
    expect(placeNamedAgain(at, [atPier], PLACES)).toBeUndefined();
  });
});

describe('itIsThePlace: "it" stands for the place the sentence before named again by its kind', () => {
  const placedAgain = (text: string, word: string): SentenceWords => {
    const w = sentence(text);
    const at = w.tokens.findIndex((t) => t.norm === word);
    return {
      ...w,
      hits: [{ concept: 'old-pier', from: at, to: at + 1, text: 'Old Pier', inferred: true }],
    };
  };
  const depot = placedAgain('From the road, the facility is easy to miss.', 'facility');

  it('carries that place to "it" opening the sentence, and on to the next "it"', () => {
    const home = sentence('It became the crews’ home after they left Portsea.', [
      ['portsea', 'Portsea'],
    ]);
    const carried = itIsThePlace(home, depot, PLACES);
    expect(concepts(carried)).toEqual(['portsea', 'old-pier']);
    expect(carried?.words.hits[1]?.text).toBe('It (→ "Old Pier")');
    const shelled = sentence('Last week it was shelled for the first time.');
    expect(concepts(itIsThePlace(shelled, carried?.words, PLACES))).toEqual(['old-pier']);
  });

  it('not a place named by name, not without "it" near the start, not where it puts itself', () => {
    expect(itIsThePlace(sentence('It was shelled.'), atPier, PLACES)).toBeUndefined();
    expect(
      itIsThePlace(sentence('Crews working on the pier say it was shelled.'), depot, PLACES),
    ).toBeUndefined();
    const moved = sentence('It moved its boats to Portsea.', [['portsea', 'Portsea']]);
    expect(itIsThePlace(moved, depot, PLACES)).toBeDefined();
    const at = sentence('It was shelled at Portsea.', [['portsea', 'Portsea']]);
    expect(itIsThePlace(at, depot, PLACES)).toBeUndefined();
  });
});

describe('eventPlace: the event named again where it was told', () => {
  const ACTORS = new Set(['crews']);
  const left = sentence('The crews left the Old Pier in Portsea in May.', [
    ['crews', 'crews'],
    ['depart', 'left'],
    ['old-pier', 'Old Pier'],
    ['portsea', 'Portsea'],
  ]);
  const plain = sentence('Nobody was told.');

  it('carries the places of the telling, a sentence or a few back, to the noun', () => {
    const late = sentence('The departure came weeks late.', [['depart', 'departure']]);
    const found = eventPlace(late, [left, plain], PLACES, ACTORS);
    expect(found?.back).toBe(2);
    expect(found?.words.hits.map((h) => h.text)).toEqual([
      'departure',
      'departure (→ "Old Pier")',
      'departure (→ "Portsea")',
    ]);
  });

  it('only for a lower-case noun heading its phrase, naming no place of its own', () => {
    const modifier = sentence('The departure plan came late.', [['depart', 'departure']]);
    expect(eventPlace(modifier, [left], PLACES, ACTORS)).toBeUndefined();
    const actor = sentence('The crews came back.', [['crews', 'crews']]);
    expect(eventPlace(actor, [left], PLACES, ACTORS)).toBeUndefined();
    const own = sentence('The departure from Portsea came late.', [
      ['depart', 'departure'],
      ['portsea', 'Portsea'],
    ]);
    expect(eventPlace(own, [left], PLACES, ACTORS)).toBeUndefined();
    // A sentence with no card (undefined) tells nothing to name again.
    const late = sentence('The departure came weeks late.', [['depart', 'departure']]);
    expect(eventPlace(late, [undefined, plain], PLACES, ACTORS)).toBeUndefined();
  });

  it('not for a noun heading a longer phrase of another concept past its "of"', () => {
    // "the completion of the ferry service" is an event of its own, named whole.
    const whole = sentence('Crews rested after the completion of the ferry service.', [
      ['depart', 'completion'],
      ['service-ended', 'completion of the ferry service'],
    ]);
    expect(eventPlace(whole, [left], PLACES, ACTORS)).toBeUndefined();
    // The same noun with only its own concept after "of" still names the departure again.
    const again = sentence('Crews rested after the departure of the boats.', [
      ['depart', 'departure'],
    ]);
    expect(eventPlace(again, [left], PLACES, ACTORS)?.back).toBe(1);
  });

  it('takes no place from where the speakers are, nor from a closing "with" phrase', () => {
    // Where those who speak are is not where the event was.
    const told = sentence('The departure was due in May: pilots in Portsea said it would slip.', [
      ['depart', 'departure'],
      ['portsea', 'Portsea'],
    ]);
    expect(eventPlace(told, [left], PLACES, ACTORS)?.back).toBe(1);
    // A place the sentence gives the event itself still is its own.
    const there = sentence('The departure was due in May: pilots said it began in Portsea.', [
      ['depart', 'departure'],
      ['portsea', 'Portsea'],
    ]);
    expect(eventPlace(there, [left], PLACES, ACTORS)).toBeUndefined();
    // "…, with the other boats kept in Portsea": where something else is.
    const rest = sentence('The departure came late, with the other boats kept in Portsea.', [
      ['depart', 'departure'],
      ['portsea', 'Portsea'],
    ]);
    expect(eventPlace(rest, [left], PLACES, ACTORS)?.back).toBe(1);
  });
});

describe('speakersPlace and inWithPhrase', () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    const k = tokens.findIndex((t) => t.raw === word);
    return { tokens, text, k };
  };
  it('reads "officials in Ashby said" as where the speakers are', () => {
    const a = at('Officials in Ashby said the pier would close.', 'Ashby');
    expect(speakersPlace(a.tokens, a.k, a.k + 1)).toBe(true);
    const b = at('Pilots in the Ashby had warned of delays.', 'Ashby');
    expect(speakersPlace(b.tokens, b.k, b.k + 1)).toBe(true);
    // No verb of saying after it, or a name before "in": a place things happen at.
    const c = at('Crews in Ashby packed the last boats.', 'Ashby');
    expect(speakersPlace(c.tokens, c.k, c.k + 1)).toBe(false);
    const d = at('They met Doris in Ashby, she said.', 'Ashby');
    expect(speakersPlace(d.tokens, d.k, d.k + 1)).toBe(false);
  });
  it('reads a place after ", with" within the same phrase only', () => {
    const a = at('The pier closed, with the boats moved to Ashby.', 'Ashby');
    expect(inWithPhrase(a.tokens, a.text, a.k)).toBe(true);
    const b = at('The pier closed with help from Ashby.', 'Ashby');
    expect(inWithPhrase(b.tokens, b.text, b.k)).toBe(false);
    const c = at('The pier closed, with the boats gone, in Ashby.', 'Ashby');
    expect(inWithPhrase(c.tokens, c.text, c.k)).toBe(false);
  });
});

describe('anaphoricTime and carriedDate', () => {
  it('finds a time that only points back', () => {
    const at = (text: string) => anaphoricTime(tokenize(text));
    expect(at('That year the ferry stopped.')).toEqual({ from: 0, to: 2, keep: 'year' });
    expect(at('In the same month the pier closed.')).toEqual({ from: 1, to: 4, keep: 'month' });
    expect(at('The board Riverton set up that same year ran it.')).toEqual({
      from: 5,
      to: 8,
      keep: 'year',
    });
    expect(at('By then the crews had gone.')).toEqual({ from: 0, to: 2, keep: 'date' });
    expect(at('At the time the ferry ran daily.')).toEqual({ from: 0, to: 3, keep: 'date' });
    expect(at("That's when the first crews leave.")).toEqual({ from: 0, to: 2, keep: 'date' });
    expect(at('That is when the first crews leave.')).toEqual({ from: 0, to: 3, keep: 'date' });
    expect(at('Some crews stayed on after that in a smaller role.')).toEqual({
      from: 4,
      to: 6,
      keep: 'date',
    });
    expect(at('Some crews left after that vote.')).toBeUndefined();
    expect(at('This year the ferry stopped.')).toBeUndefined();
    expect(at('The ferry stopped.')).toBeUndefined();
  });

  it('takes the last date named in the nearest sentence before that names one', () => {
    const published = { year: 2025, month: 6 };
    const dated = sentence('The pier was sold in March 2019 and again in May 2021.');
    const plain = sentence('Crews were not told.');
    const current = sentence('That year the ferry stopped.');
    expect(carriedDate(current, [dated, plain], published)).toMatchObject({
      year: 2021,
      role: 'point',
      from: 0,
      to: 2,
      text: 'That year (→ "May 2021")',
    });
    expect(carriedDate(current, [dated, plain], published)?.month).toBeUndefined();
    const month = sentence('The same month the pier closed.');
    expect(carriedDate(month, [dated], published)).toMatchObject({ year: 2021, month: 5 });
    const by = sentence('By then the crews had gone.');
    expect(carriedDate(by, [dated], published)?.role).toBe('deadline');
    // A since-date pointed at is the moment it opens: "… begins after the May vote. That's when …"
    const after = sentence('The first stage begins after the May vote.');
    const when = sentence("That's when the first crews will leave the pier.");
    expect(carriedDate(when, [after], published)).toMatchObject({ month: 5, role: 'point' });
    // "Five years later": that many years after the date told before.
    const later = sentence('Five years later, the pier was sold again.');
    expect(carriedDate(later, [dated, plain], published)).toMatchObject({
      year: 2026,
      role: 'point',
      text: 'Five years later (→ "May 2021")',
    });
    expect(carriedDate(later, [dated], published)?.month).toBeUndefined();
    // "That first crossing …": a demonstrative opening the sentence before something the
    // previous sentence told names the same event, at its date (the previous sentence only).
    const told = sentence('The first ferry is to cross before 2025 ends.', [['cross', 'cross']]);
    const again = sentence('That first crossing will be followed by others.', [
      ['cross', 'crossing'],
    ]);
    expect(carriedDate(again, [told], published)).toMatchObject({
      year: 2025,
      end: true,
      role: 'deadline',
      text: 'That first crossing (→ "2025")',
    });
    expect(carriedDate(again, [told, plain], published)).toBeUndefined();
    // Inside the sentence "that" is a conjunction ("reports that ferries would cross").
    const reports = sentence('Reports said that crossing would resume.', [['cross', 'crossing']]);
    expect(carriedDate(reports, [told], published)).toBeUndefined();
    // Too far back, or nothing dated: no date.
    expect(carriedDate(current, [dated, plain, plain, plain], published)).toBeUndefined();
    expect(carriedDate(plain, [dated], published)).toBeUndefined();
  });
});

describe('dateOfCardBefore: a plan told on takes the date its card was read with', () => {
  const may: DateMention = {
    year: 2025,
    month: 5,
    role: 'deadline',
    relative: false,
    text: 'by May 2025',
    from: 5,
    to: 8,
  };
  it("the card's date, at the last word of this sentence", () => {
    const now = sentence('The board confirms it is ending the service.');
    expect(dateOfCardBefore(now, may)).toMatchObject({
      year: 2025,
      month: 5,
      role: 'deadline',
      relative: true,
      text: '(→ "by May 2025")',
      from: now.tokens.length - 1,
      to: now.tokens.length,
    });
  });

  it('nothing when the card had no date', () => {
    expect(dateOfCardBefore(sentence('The board agrees.'), undefined)).toBeUndefined();
  });
});

describe('restatesPrevious', () => {
  it('"That point was made clear by …" says the previous statement again', () => {
    const says = (text: string) => restatesPrevious(tokenize(text));
    expect(says('That point was made clear by the harbour master.')).toBe(true);
    expect(says('This view has been echoed by the council.')).toBe(true);
    // Disputed, or any other subject: not a restatement.
    expect(says('That point was disputed by the crews.')).toBe(false);
    expect(says('The point was made clear.')).toBe(false);
    expect(says('That ferry was made in 1990.')).toBe(false);
  });

  it('"… have done so", "… followed suit" tell that others did what the sentence before told', () => {
    const says = (text: string) => restatesPrevious(tokenize(text));
    expect(says('Two more crews have since done so, the union said.')).toBe(true);
    expect(says('The harbour board followed suit on Monday.')).toBe(true);
    expect(says('Ashby did the same.')).toBe(true);
    // Not when they did not.
    expect(says('The harbour board has not done so.')).toBe(false);
    expect(says('Ashby never followed suit.')).toBe(false);
    // The same undoing words as "took the same step" (undone-before.ts).
    expect(says("The harbour board won't follow suit.")).toBe(false);
    expect(says('No other crew did so.')).toBe(false);
  });

  it('"… made the same argument", "… said much the same" put the point before forward again', () => {
    const says = (text: string) => restatesPrevious(tokenize(text));
    expect(says('Two former harbour masters made the same argument in writing.')).toBe(true);
    expect(says('The ferry union voiced a similar warning on Friday.')).toBe(true);
    expect(says('The mayor of Riverton said much the same.')).toBe(true);
    // Not a point ("the same crossing"), not when they did not, nor the argument itself as subject.
    expect(says('The Riverton ferry made the same crossing twice.')).toBe(false);
    expect(says('The council has never made the same argument.')).toBe(false);
    expect(says('That argument has been made for years.')).toBe(false);
    expect(says('The pier said the same day that it would close.')).toBe(false);
  });

  it('"… has drawn the same link", "… have said as much" put the point before forward again', () => {
    const says = (text: string) => restatesPrevious(tokenize(text));
    expect(says('The mayor of Riverton himself has drawn the same link in the past.')).toBe(true);
    expect(says('Two former harbour masters have said as much to the council.')).toBe(true);
    // Not when they did not, nor a figure of its own ("as much as half").
    expect(says('The mayor has never said as much in public.')).toBe(false);
    expect(says('The board said as much as half the crews would go.')).toBe(false);
  });

  it('"…; the board said as much" puts forward the clause before its own mark, not the sentence before', () => {
    const says = (text: string) => restatesPrevious(tokenize(text), [], text);
    expect(says('Many crews are tired of the pier; the board said as much in May.')).toBe(false);
    expect(says('Most crews want a new pier: the union said as much on Friday.')).toBe(false);
    // No clause of its own before it: the sentence before, said again.
    expect(says('Two former harbour masters have said as much to the council.')).toBe(true);
  });

  it('"These crews include …" names who the sentence before was about', () => {
    const before = tokenize('Several crews left the Old Pier on Monday.');
    const says = (text: string) => restatesPrevious(tokenize(text), before);
    expect(says('These crews include the Portsea and Ashby teams.')).toBe(true);
    expect(says('Those crews were from Portsea.')).toBe(true);
    // A noun the sentence before did not use, or no listing verb: nothing said again.
    expect(says('These ferries include two new ones.')).toBe(false);
    expect(says('These crews left later.')).toBe(false);
  });
  it('"This move …", "The transfer …", "These steps …" name again the event the card before told', () => {
    const says = (text: string) => restatesPrevious(tokenize(text));
    expect(says('This move, which ended on Friday, is part of a wider plan for the harbour.')).toBe(
      true,
    );
    expect(says('The transfer included staff and two boats bound for Ashby.')).toBe(true);
    expect(says('These steps mark the first phase of the reopening.')).toBe(true);
    // A transfer with an object of its own, a denial, or a word of the story's own (read with its
    // own concept): not the event before.
    expect(says('The transfer of the depot to Ashby began in May.')).toBe(false);
    expect(says('The move was not welcomed by the crews.')).toBe(false);
    expect(says("The move hasn't changed the timetable.")).toBe(false);
    expect(says('The closure included staff and two boats.')).toBe(false);
    expect(says('A move to Ashby is planned.')).toBe(false);
  });
});

describe('eventNamedAgainAt: where the noun naming the event before stands', () => {
  it('is the noun of "The move …", "These steps …"; -1 when the sentence does not open so', () => {
    const at = (text: string) => eventNamedAgainAt(tokenize(text));
    expect(at('The move was agreed by both councils last year.')).toBe(1);
    expect(at('These steps follow the deal the harbour board struck in May.')).toBe(1);
    expect(at('The transfer of the depot to Ashby began in May.')).toBe(-1);
    expect(at('The move comes as storms close the harbour.')).toBe(-1);
    expect(at('The move was not agreed with the crews.')).toBe(-1);
    expect(at('That point was made clear by the harbour master.')).toBe(-1);
  });
});

describe('restatesPrevious: "Rather, it …" tells what the event is instead', () => {
  it('"Rather,"/"Instead," and a pronoun subject state the card before again', () => {
    const says = (text: string) => restatesPrevious(tokenize(text));
    expect(says('Rather, it will be a new timetable for the ferries.')).toBe(true);
    expect(says('Instead, they will sail from Ashby.')).toBe(true);
    // A subject of its own, or "rather" inside the sentence: not the other half.
    expect(says('Instead, the council will hire two new crews.')).toBe(false);
    expect(says('It is rather late for the ferries.')).toBe(false);
  });
});

describe('followedBy: "He was soon followed by …" takes up what the card a few sentences back told', () => {
  it('a pronoun subject, "was (soon) followed by"', () => {
    const says = (text: string) => followedBy(tokenize(text));
    expect(says('He was followed by the Ashby and Portsea crews.')).toBe(true);
    expect(says('She was soon followed by two more ferry captains.')).toBe(true);
    expect(says('They were quickly followed by the harbour board.')).toBe(true);
    // Not a named subject, nor "followed" in any other sense.
    expect(says('The strike was followed by a week of talks.')).toBe(false);
    expect(says('He followed the crews to Ashby.')).toBe(false);
    expect(says('He was followed home by reporters.')).toBe(false);
  });
});

describe('moreOfTheSame: "Additional … were also …" adds to the card before', () => {
  const key = ['depart', 'relocate'];
  const actors = new Set(['crews']);
  it('a subject opened by "additional" that also does the keyed action', () => {
    const more = sentence('Additional staff at the depot were also evacuated, officials said.', [
      ['depart', 'evacuated'],
    ]);
    expect(moreOfTheSame(more, key, actors)).toBe(true);
  });

  it('not without "also", not another action, not an actor alone', () => {
    const noAlso = sentence('Additional staff at the depot were evacuated.', [
      ['depart', 'evacuated'],
    ]);
    expect(moreOfTheSame(noAlso, key, actors)).toBe(false);
    const other = sentence('Additional staff were also hired.', [['hire', 'hired']]);
    expect(moreOfTheSame(other, key, actors)).toBe(false);
    const actor = sentence('Additional crews were also there.', [['crews', 'crews']]);
    expect(moreOfTheSame(actor, ['crews'], actors)).toBe(false);
    const plain = sentence('The staff were also evacuated.', [['depart', 'evacuated']]);
    expect(moreOfTheSame(plain, key, actors)).toBe(false);
  });
});

describe('eventNamedAgain: a noun of an event the card before told', () => {
  const NOUNS = new Set(['closure']);
  const at = (text: string) => {
    const tokens = tokenize(text);
    const k = eventNamedAgain(tokens, text, NOUNS);
    return k < 0 ? undefined : tokens[k]?.raw;
  };

  it('finds "the move", "this process", "those strikes", a story noun, one word between', () => {
    expect(at('The reason given was the gales off Riverton.')).toBe('reason');
    expect(at('The union condemned those strikes at the pier.')).toBe('strikes');
    expect(at('Its closure came under the harbour accord.')).toBe('closure');
    expect(at('The latest move upset the ferry crews.')).toBe('move');
    expect(at('This process will take weeks.')).toBe('process');
    expect(at('Officials said the next phase would rely on the ferries.')).toBe('phase');
    // A pronoun subject may stand for the event or the body the card told of.
    expect(at('It also opened a second route to Riverton.')).toBe('It');
    expect(at("But they'll keep the pier open.")).toBe("they'll");
  });

  it('not a noun with an object, a report, an owner or an article of its own', () => {
    expect(at('The transfer of the depot to Ashby began in May.')).toBeUndefined();
    expect(at('The reported steps toward a deal are welcome.')).toBeUndefined();
    expect(at("The council's decision surprised nobody.")).toBeUndefined();
    expect(at('The board said that a strike in Ashby ended on Monday.')).toBeUndefined();
    // "that" past the first word joins a clause; a concession grants, and tells nothing.
    expect(at('Officials said that strikes would go on.')).toBeUndefined();
    expect(at('So while the closure is real, the pier stays open.')).toBeUndefined();
    expect(at('Nobody at the Portsea pier commented.')).toBeUndefined();
  });
});

describe('eventNamedAgain: "that" or "this" standing alone as the subject', () => {
  const at = (text: string) => {
    const tokens = tokenize(text);
    const k = eventNamedAgain(tokens, text, new Set());
    return k < 0 ? undefined : tokens[k]?.raw;
  };

  it('stands for what the card before told when a verb follows it', () => {
    expect(at('That is supposed to be done by May.')).toBe('That');
    expect(at('This was finished in June, the harbour board said.')).toBe('This');
    expect(at("That's due before the winter.")).toBe("That's");
    expect(at('And that will take until 2026.')).toBe('that');
  });

  it('not a determiner before its noun, nor a demonstrative timed only by another event', () => {
    expect(at('That ferry sails at noon.')).toBeUndefined();
    expect(at('This comes as the fares rise again.')).toBeUndefined();
  });

  it('is not said to have happened of itself: "That was completed" needs words of its own', () => {
    const tokens = tokenize('That was completed in May.');
    expect(toldHappening(tokens, 0)).toBe(false);
  });
});

describe('onlyWhenDue: a pronoun, a schedule and its dates', () => {
  it('every word past the pronoun is a date or a word of a schedule or deadline', () => {
    const due = sentence('It is supposed to be done by May 2025.');
    expect(onlyWhenDue(due.tokens, 0, [{ from: 7, to: 9 }])).toBe(true);
    const noLater = sentence('That should be finished no later than June 2026.');
    expect(onlyWhenDue(noLater.tokens, 0, [{ from: 7, to: 9 }])).toBe(true);
  });

  it('not a word of an event or a thing of its own, nor a sentence with no date', () => {
    // "moved" and "Ashby" tell something new: more than when.
    const more = sentence('It is supposed to be moved to Ashby by May 2025.');
    expect(onlyWhenDue(more.tokens, 0, [{ from: 10, to: 12 }])).toBe(false);
    const undated = sentence('It is supposed to be done soon.');
    expect(onlyWhenDue(undated.tokens, 0, [])).toBe(false);
    const notFirst = sentence('So it is due by May 2025.');
    expect(onlyWhenDue(notFirst.tokens, 1, [{ from: 5, to: 7 }])).toBe(false);
  });
});

describe('an event named again only to time it by another ("The move comes as …")', () => {
  const at = (text: string) => {
    const tokens = tokenize(text);
    const k = eventNamedAgain(tokens, text, new Set());
    return k < 0 ? undefined : tokens[k]?.raw;
  };

  it('is no event told again when a clause follows "comes as" or "came amid"', () => {
    expect(at('The move comes as storms close the harbour at Ashby.')).toBeUndefined();
    expect(at('The decision came amid fresh strikes by the dockers.')).toBeUndefined();
    expect(at('It comes as the ferry fares rise again.')).toBeUndefined();
    expect(restatesPrevious(tokenize('The move comes as storms close the harbour at Ashby.'))).toBe(
      false,
    );
  });

  it('still is when "as" opens no clause, or the event does something itself', () => {
    expect(at('The move came as a surprise to the crews.')).toBe('move');
    expect(at('The move comes weeks before the May deadline.')).toBe('move');
    expect(at('It came early, the harbour master said.')).toBe('It');
    expect(restatesPrevious(tokenize('The move upset the ferry crews.'))).toBe(true);
  });
});

describe('withEventTold and toldInOwnWords: the card told again in words of the sentence', () => {
  const ACTORS = new Set(['crews', 'council']);
  const kept = sentence('The council kept the crews at the Old Pier because of the gales.', [
    ['council', 'council'],
    ['kept', 'kept'],
    ['crews', 'crews'],
    ['old-pier', 'Old Pier'],
    ['gales', 'gales'],
  ]);
  // A claim: the crews kept (key), at the pier or because of the gales, by the council.
  const REQUIRE = [
    ['kept', 'remain'],
    ['old-pier', 'gales'],
    ['council', 'crews'],
  ];

  it('carries every concept the card sentence told to the noun, once', () => {
    const reason = sentence('The reason given was the gales, the council said.', [
      ['gales', 'gales'],
      ['council', 'council'],
    ]);
    const noun = reason.tokens.findIndex((t) => t.norm === 'reason');
    const again = withEventTold(reason, kept, noun);
    expect(again.hits.map((h) => h.concept)).toEqual([
      'gales',
      'council',
      'kept',
      'crews',
      'old-pier',
    ]);
    expect(again.hits[2]).toMatchObject({ text: 'reason (→ "kept")', inferred: true });
  });

  it('only when two groups of the claim are named by its own words, one of them no actor', () => {
    const reason = sentence('The reason given was the gales, and crews remain wary.', [
      ['gales', 'gales'],
      ['crews', 'crews'],
      ['remain', 'remain'],
    ]);
    expect(toldInOwnWords(REQUIRE, reason, 1, ACTORS)).toBe(true);
    // "Officials framed the decision as a success": the noun alone tells nothing of the claim.
    const framed = sentence('The council framed the decision as a success.', [
      ['council', 'council'],
    ]);
    expect(toldInOwnWords(REQUIRE, framed, 3, ACTORS)).toBe(false);
    // Actors alone, or two concepts of one group, are not enough.
    const actors = sentence('The council said the move helped the crews.', [
      ['council', 'council'],
      ['crews', 'crews'],
    ]);
    expect(toldInOwnWords(REQUIRE, actors, 4, ACTORS)).toBe(false);
    const oneGroup = sentence('The move kept the Old Pier free of gales.', [
      ['old-pier', 'Old Pier'],
      ['gales', 'gales'],
    ]);
    expect(toldInOwnWords(REQUIRE, oneGroup, 1, ACTORS)).toBe(false);
    // A concept only qualifying a name ("the crews Harbour Club") is who is named.
    const name = sentence('The move was agreed at the Old Pier Harbour Club by the crews.', [
      ['old-pier', 'Old Pier'],
      ['crews', 'crews'],
    ]);
    expect(toldInOwnWords(REQUIRE, name, 1, ACTORS)).toBe(false);
    // A date of its own the claim is read with tells a part of it: "They stayed on until May."
    const until = sentence('They remain there until May.', [['remain', 'remain']]);
    expect(toldInOwnWords(REQUIRE, until, 0, ACTORS)).toBe(false);
    expect(toldInOwnWords(REQUIRE, until, 0, ACTORS, true)).toBe(true);
    // "It was in May, not in April.": its own date is all it says, and that tells the event.
    const when = sentence('It was May 2025, not April 2025.');
    const dates = [
      { from: 2, to: 4 },
      { from: 5, to: 7 },
    ];
    expect(toldInOwnWords(REQUIRE, when, 0, ACTORS, true, dates)).toBe(true);
    expect(toldInOwnWords(REQUIRE, when, 0, ACTORS, false, dates)).toBe(false);
  });
});

describe('onlyItsDate: a pronoun, a copula and its dates', () => {
  it('every word past the pronoun is a date or a word of dating', () => {
    const when = sentence('It was May 2025, not April 2025.');
    expect(
      onlyItsDate(when.tokens, 0, [
        { from: 2, to: 4 },
        { from: 5, to: 7 },
      ]),
    ).toBe(true);
    // A word of its own is more than a date: "It was delayed until May 2025."
    const more = sentence('It was delayed until May 2025.');
    expect(onlyItsDate(more.tokens, 0, [{ from: 3, to: 6 }])).toBe(false);
    // No date, or the pronoun not opening the sentence: nothing.
    expect(onlyItsDate(sentence('It was.').tokens, 0, [])).toBe(false);
    expect(onlyItsDate(when.tokens, 1, [{ from: 2, to: 7 }])).toBe(false);
  });
});

describe('toldHappening: the event named again is said to have taken place', () => {
  const at = (text: string, noun: string) => {
    const tokens = sentence(text).tokens;
    return toldHappening(
      tokens,
      tokens.findIndex((t) => t.norm === noun),
    );
  };
  it('a noun subject of a verb of happening, following, completing or ordering', () => {
    expect(at('The transfer was completed this morning.', 'transfer')).toBe(true);
    expect(at('The postponement follows the gales off Riverton.', 'postponement')).toBe(true);
    expect(at('The handover finally took place on Friday.', 'handover')).toBe(true);
    expect(at('The closure will be carried out in stages.', 'closure')).toBe(true);
    expect(at('He said the departures were ordered by the council.', 'departures')).toBe(true);
    // The object of a verb of consenting to it.
    expect(at('Riverton agreed to the arrangement, officials say.', 'arrangement')).toBe(true);
    expect(at('The council approved the new timetable.', 'timetable')).toBe(true);
    // … or of one saying what brought it about.
    expect(at('He credited the improvement to the new crews.', 'improvement')).toBe(true);
  });
  it('not another verb, not "took" without "place", not a pronoun subject', () => {
    expect(at('The closure mattered less than the symbol.', 'closure')).toBe(false);
    expect(at('The shift has budget consequences.', 'shift')).toBe(false);
    expect(at('The transfer took weeks of talks.', 'transfer')).toBe(false);
    expect(at('It came up again at the pier.', 'it')).toBe(false);
    expect(at('Riverton criticised the arrangement.', 'arrangement')).toBe(false);
  });
  it('not "came" judging it: what it cost, the fire it came under; "came at dawn" still tells', () => {
    expect(at('But the departure also came at a cost.', 'departure')).toBe(false);
    expect(at('The closure came at a heavy price for the crews.', 'closure')).toBe(false);
    expect(at('The handover came under fire from the union.', 'handover')).toBe(false);
    expect(at('The handover came at dawn on Friday.', 'handover')).toBe(true);
    expect(at('The departure came weeks late.', 'departure')).toBe(true);
  });
});

describe('judgedEvent: an event named again only to judge it', () => {
  const judgedAfter = (text: string, noun: string) => {
    const tokens = sentence(text).tokens;
    return judgedEvent(tokens, tokens.findIndex((t) => t.norm === noun) + 1);
  };
  it('what it was, what it met, what it cost', () => {
    expect(judgedAfter('The handover was a political win for the mayor.', 'handover')).toBe(true);
    expect(judgedAfter('The closure is also an embarrassment for the board.', 'closure')).toBe(
      true,
    );
    expect(judgedAfter('The move drew criticism from the union.', 'move')).toBe(true);
    expect(judgedAfter('The departure has sparked protests in Riverton.', 'departure')).toBe(true);
    expect(judgedAfter('But the departure also came at a cost.', 'departure')).toBe(true);
  });
  it('not a telling that it took place, when or where', () => {
    expect(judgedAfter('The departure came weeks late.', 'departure')).toBe(false);
    expect(judgedAfter('The handover was completed on Friday.', 'handover')).toBe(false);
    expect(judgedAfter('The closure was the first in a decade.', 'closure')).toBe(false);
    expect(judgedAfter('The move followed months of talks.', 'move')).toBe(false);
  });
  it('so the place of the telling is not carried to it', () => {
    const left = sentence('The crews left the Old Pier in Portsea in May.', [
      ['crews', 'crews'],
      ['depart', 'left'],
      ['old-pier', 'Old Pier'],
      ['portsea', 'Portsea'],
    ]);
    const win = sentence('The departure was a quiet win for the board.', [['depart', 'departure']]);
    expect(eventPlace(win, [left], PLACES, new Set(['crews']))).toBeUndefined();
    const late = sentence('The departure came weeks late.', [['depart', 'departure']]);
    expect(eventPlace(late, [left], PLACES, new Set(['crews']))?.back).toBe(1);
  });
});

describe('actorNamedAgain: "the group" names again the actor named before', () => {
  const NOUNS = new Map([
    ['group', ['union', 'gang']],
    ['strikers', ['union']],
  ]);
  const union = sentence('The dockers union called a strike at the Old Pier.', [
    ['union', 'union'],
    ['old-pier', 'Old Pier'],
  ]);
  const gang = sentence('A smuggling gang was seen near Portsea.', [
    ['gang', 'gang'],
    ['portsea', 'Portsea'],
  ]);
  const plain = sentence('Nobody was told.');

  it('carries the actor of its list the nearest sentence before named, to the noun', () => {
    const said = sentence('The group said it would hold out for weeks.');
    const carried = actorNamedAgain(said, [union, plain], NOUNS);
    expect(carried?.hits).toEqual([
      { concept: 'union', from: 1, to: 2, text: 'group (→ "union")', inferred: true },
    ]);
    // The nearest: after the gang was named, "the group" is the gang.
    expect(actorNamedAgain(said, [union, gang], NOUNS)?.hits[0]?.concept).toBe('gang');
    // One word may stand between; a noun of one actor only names that one.
    const armed = sentence('Ferry crews blame the angry strikers for the delays.');
    expect(actorNamedAgain(armed, [gang, union], NOUNS)?.hits[0]?.concept).toBe('union');
  });

  it('not when the sentence names the actor itself, nor past a few sentences, nor a name', () => {
    const own = sentence('The union group said it would hold out.', [['union', 'union']]);
    expect(actorNamedAgain(own, [union], NOUNS)).toBeUndefined();
    const said = sentence('The group said it would hold out for weeks.');
    expect(actorNamedAgain(said, [union, plain, plain, plain], NOUNS)).toBeUndefined();
    const name = sentence('The Harbour Group said it would hold out.');
    expect(actorNamedAgain(name, [union], NOUNS)).toBeUndefined();
    expect(actorNamedAgain(said, [union], new Map())).toBeUndefined();
  });
});
