/**
 * What a body sentence takes from the headline (engine/carry-headline.ts): the headline's actors
 * and places, for a whole sentence that names no one and nowhere of its own.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { headlineDefaults, headlineNameAgain, headlineNames } from '../../../engine/carry-headline';
import { compileStory } from '../../../engine/compile-story';
import { createMatcher } from '../../../engine/index';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { sentence } from './sentence-words';

/** A sentence with the given hits, each [concept, words]: the hit spans those tokens. */

const ACTORS = new Set(['crews', 'council']);
const PLACES = new Set(['old-pier']);
const PLACE_NAMES = new Set([...PLACES, 'riverland']);

const headline = sentence('Riverton Crews To Quit The Old Pier By Spring', [
  ['crews', 'Crews'],
  ['leave', 'Quit'],
  ['old-pier', 'Old Pier'],
]);

const carried = (current: SentenceWords, head: SentenceWords | undefined = headline) =>
  headlineDefaults(current, head, ACTORS, PLACES, PLACE_NAMES)
    ?.hits.filter((h) => h.inferred)
    .map((h) => h.concept) ?? [];

describe('headlineDefaults', () => {
  it("gives a sentence naming no one and nowhere the headline's actors and places", () => {
    const body = sentence('The last of them will sail in April.', [['leave', 'sail']]);
    expect(carried(body)).toEqual(['crews', 'old-pier']);
    const read = headlineDefaults(body, headline, ACTORS, PLACES, PLACE_NAMES);
    // Carried to the sentence's last word, pointing at the headline's words.
    expect(read?.hits.at(-1)).toMatchObject({
      from: 7,
      inferred: true,
      text: 'April (→ "Old Pier")',
    });
  });

  it('gives only what the sentence leaves out', () => {
    const crews = sentence('The crews will sail in April.', [
      ['crews', 'crews'],
      ['leave', 'sail'],
    ]);
    expect(carried(crews)).toEqual(['old-pier']);
    const both = sentence('The crews will sail from the pier in April.', [
      ['crews', 'crews'],
      ['leave', 'sail'],
      ['old-pier', 'pier'],
    ]);
    expect(carried(both)).toEqual([]);
  });

  it('gives nothing to a sentence naming someone or somewhere of its own', () => {
    const ashby = sentence('Dockers at Ashby will sail in April.', [['leave', 'sail']]);
    expect(carried(ashby)).toEqual([]);
  });

  it("keeps the headline's place from a sentence that left a place outside the story's", () => {
    // "left the west" tells where the sentence is: the crews are still carried, the pier is not.
    const west = sentence('Not every boat has left the west, however.', [['leave', 'left']]);
    expect(carried(west)).toEqual(['crews']);
    const north = sentence('Some boats never left the north at all.', [['leave', 'left']]);
    expect(carried(north)).toEqual(['crews']);
    // "left the city" names again the city the story is in: the pier is still carried.
    const city = sentence('A few boats had already left the city in March.', [['leave', 'left']]);
    expect(carried(city)).toEqual(['crews', 'old-pier']);
  });

  it('gives nothing to a subhead, nor under a first line that is a sentence', () => {
    expect(carried(sentence('What comes next', [['leave', 'next']]))).toEqual([]);
    const first = sentence('Riverton crews quit the Old Pier.', [
      ['crews', 'crews'],
      ['old-pier', 'Old Pier'],
    ]);
    expect(carried(sentence('They will sail in April.', [['leave', 'sail']]), first)).toEqual([]);
  });

  it('gives nothing to a sentence with no concept, or with no headline', () => {
    expect(carried(sentence('It was a cold morning.'))).toEqual([]);
    const body = sentence('The last will sail in April.', [['leave', 'sail']]);
    expect(headlineDefaults(body, undefined, ACTORS, PLACES, PLACE_NAMES)).toBeUndefined();
  });
});

describe('headlineDefaults: what is no rival to the headline (context24)', () => {
  // A country is both one who acts and a place: Riverland's government, and Riverland itself.
  const COUNTRY_ACTORS = new Set([...ACTORS, 'riverland']);
  const carriedWithCountry = (current: SentenceWords) =>
    headlineDefaults(current, headline, COUNTRY_ACTORS, PLACES, PLACE_NAMES)
      ?.hits.filter((h) => h.inferred)
      .map((h) => h.concept) ?? [];

  it("reads a country named as whose someone is as who, not where: the headline's place is carried", () => {
    const adjective = sentence(
      'The handover came a month after Riverlandish pilots asked for it.',
      [
        ['leave', 'handover'],
        ['riverland', 'Riverlandish'],
      ],
    );
    expect(carriedWithCountry(adjective)).toEqual(['old-pier']);
    const possessive = sentence("The council wants to hand the quay to Riverland's own crews.", [
      ['council', 'council'],
      ['leave', 'hand'],
      ['riverland', "Riverland's"],
    ]);
    // "to Riverland's own crews": a word of place before it makes it where the quay goes.
    expect(carriedWithCountry(possessive)).toEqual([]);
    const whose = sentence("The council is set on ending the lease and on Riverland's own crews.", [
      ['council', 'council'],
      ['leave', 'ending'],
      ['riverland', "Riverland's"],
    ]);
    expect(carriedWithCountry(whose)).toEqual(['old-pier']);
  });

  it("reads a country after a word of place as the sentence's own place", () => {
    for (const text of [
      'The ferries will sail on in Riverland.',
      'Its sailings with Riverland went on.',
      'The last ferries left Riverland in May.',
    ]) {
      const body = sentence(text, [
        ['leave', text.includes('left') ? 'left' : text.includes('sailings') ? 'sailings' : 'sail'],
        ['riverland', 'Riverland'],
      ]);
      expect(carriedWithCountry(body)).toEqual([]);
    }
  });

  it("passes over a name of the story's own actors: the sentence's actor, no stranger", () => {
    const council = sentence('Later the Council said the ferries would sail in April.', [
      ['council', 'Council'],
      ['leave', 'sail'],
    ]);
    expect(carried(council)).toEqual(['old-pier']);
  });

  it("passes over a place named only as where a move went, and keeps the headline's place", () => {
    const goal = sentence('Some boats turned north instead, toward Riverland.', [
      ['leave', 'turned'],
      ['riverland', 'Riverland'],
    ]);
    expect(carried(goal)).toEqual(['crews', 'old-pier']);
    const stayed = sentence('Some boats stayed on in Riverland.', [
      ['leave', 'stayed'],
      ['riverland', 'Riverland'],
    ]);
    expect(carried(stayed)).toEqual([]);
  });

  it("reads a live entry's first word after its clock time as the opening word it is", () => {
    const entry = sentence('10:50 — Some boats sailed at dawn.', [['leave', 'sailed']]);
    expect(carried(entry)).toEqual(['crews', 'old-pier']);
    const named = sentence('10:50 — The Ashby boats sailed at dawn.', [['leave', 'sailed']]);
    expect(carried(named)).toEqual([]);
  });
});

describe('headlineNameAgain', () => {
  const titled = sentence('Harbour Works Commission Takes Over The Pier Talks', [
    ['works-commission', 'Harbour Works Commission'],
    ['talks', 'Talks'],
  ]);
  const again = (current: SentenceWords, head: SentenceWords = titled) =>
    headlineNameAgain(current, head, headlineNames(head))
      ?.hits.filter((h) => h.inferred)
      .map((h) => [h.concept, h.text]) ?? [];

  it('reads "the commission" as the commission the headline named in several words', () => {
    const body = sentence('Since then the commission has met twice a month.', [['meet', 'met']]);
    expect(again(body)).toEqual([
      ['works-commission', 'commission (→ "Harbour Works Commission")'],
    ]);
  });

  it('takes nothing when the sentence names it itself, or names another noun', () => {
    const itself = sentence('The Harbour Works Commission has met twice.', [
      ['works-commission', 'Harbour Works Commission'],
    ]);
    expect(again(itself)).toEqual([]);
    const other = sentence('Since then the council has met twice a month.', [['meet', 'met']]);
    expect(again(other)).toEqual([]);
  });

  it('takes no name of one word, nor a phrase in lower case, nor "the region"', () => {
    const lower = sentence('Works commission to take over the pier talks', [
      ['works-commission', 'Works commission'],
    ]);
    const body = sentence('Since then the commission has met twice a month.', [['meet', 'met']]);
    expect(again(body, lower)).toEqual([]);
    const region = sentence('Ferries Return To The Riverland Region', [
      ['riverland', 'Riverland Region'],
    ]);
    const there = sentence('Boats in the region stayed in port.', [['stay', 'stayed']]);
    expect(again(there, region)).toEqual([]);
  });
});

describe('the headline carried by the matcher (the made-up bridge story)', () => {
  const dir = path.resolve(__dirname, '../../fixtures/story-bridge');
  const loaded = loadAndCheck(dir, path.join(dir, 'seeds'));
  if (!loaded.kb) throw new Error('story-bridge does not load');
  const matcher = createMatcher(compileStory(loaded.kb));
  // The place is named again early on, then not for longer than a place carries by itself.
  const page = (last: string) =>
    [
      'Orsa Bridge To Reopen In March 2025',
      'Engineers gave an update on the Orsa Bridge works on Monday. The mood was cheerful. ' +
        'Several of them spoke. Questions were taken. Coffee was served.',
      last,
    ].join('\n\n');
  const cards = (text: string) =>
    matcher
      .match(text, { published: '2024-11-10' })
      .matches.map((m) => [m.claim, text.slice(m.start, m.end)]);

  it("cards a sentence naming no place with the headline's card", () => {
    const last = 'Lanes will reopen in March 2025, engineers said.';
    expect(cards(page(last))).toContainEqual(['reopens-march-2025', last]);
  });

  it('leaves a sentence naming somewhere of its own', () => {
    const last = 'Lanes will reopen in March 2025, engineers in Brennholm said.';
    expect(cards(page(last)).map(([, text]) => text)).not.toContain(last);
  });

  it("leaves a sentence that would make another card than the headline's", () => {
    const last = 'Lanes will reopen by the end of 2025, engineers said.';
    expect(cards(page(last)).map(([, text]) => text)).not.toContain(last);
  });
});
