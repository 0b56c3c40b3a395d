/**
 * The topic gate (engine/topic-gate.ts): a sentence that points back at a year outside the story
 * ("that autumn" after 2011) is off it; a neighbour named as a border is not where a sentence is;
 * an article of years outside the story is history told.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';
import { parsePublished } from '../../../engine/resolve-dates';
import { readFacts, type SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';
import { createTopicGate } from '../../../engine/topic-gate';
import { story as bridgeStory } from './bridge-story';

/** A sentence's words, with a hit for each word that starts with one of the places' names. */
const wordsNaming =
  (places: readonly string[]) =>
  (text: string): SentenceWords => {
    const tokens = tokenize(text);
    const hits = tokens.flatMap((t, k) => {
      const concept = places.find((place) => t.norm.startsWith(place));
      return concept ? [{ concept, from: k, to: k + 1, text: t.raw }] : [];
    });
    return { text, tokens, hits };
  };

describe('pointsOutside: a time that points back at a year outside the story', () => {
  const gate = createTopicGate({
    anchors: [],
    otherTheatres: [],
    years: { from: 2014, to: 2027 },
    anchorTerms: [],
    anchorStarts: [],
  });
  const words = (text: string): SentenceWords => ({ text, tokens: tokenize(text), hits: [] });
  const before = [words('The last ferry crossed to Portsea in December 2011.')];

  it('takes the year the sentence before named: "that autumn", "that year", "two years later"', () => {
    for (const text of [
      'Talks on keeping a crew at the pier broke down that autumn.',
      'That year the harbour board sold the old boats.',
      'Two years later, the pier reopened.',
    ])
      expect(gate.pointsOutside(words(text), before, { year: 2024, month: 9 }), text).toMatch(
        /^dated 201[13] .*outside this story$/,
      );
  });

  it('lets through a time that points back inside the story, or at nothing', () => {
    const recent = [words('The ferry stopped running in March 2025.')];
    expect(
      gate.pointsOutside(words('Talks broke down that autumn.'), recent, null),
    ).toBeUndefined();
    expect(
      gate.pointsOutside(words('Three years later, the pier reopened.'), before, null),
    ).toBeUndefined();
    expect(gate.pointsOutside(words('Talks broke down in the autumn.'), before, null)).toBe(
      undefined,
    );
    expect(gate.pointsOutside(words('That autumn talks broke down.'), [], null)).toBeUndefined();
  });
});

describe('regionalOnly: a neighbour named as a border is not where the sentence is', () => {
  const gate = createTopicGate({
    anchors: ['riverland'],
    regional: ['portsea'],
    regionalAims: ['for-portsea'],
    otherTheatres: [],
    years: { from: 2014, to: 2027 },
    anchorTerms: [],
    anchorStarts: [],
  });
  const words = wordsNaming(['riverland', 'portsea']);

  it('reads a sentence naming the neighbour only as a border as no neighbour sentence', () => {
    for (const text of [
      'Smugglers still cross along the Portsean border at night.',
      'Patrols watch the border with Portsea every day.',
      'Patrols watch the Portsean-Riverlandish border.',
    ])
      expect(gate.regionalOnly(words(text)), text).toBe(false);
  });

  it('reads the neighbour as the place when it is, and the story’s place as a border as no anchor', () => {
    for (const text of [
      'The ferries left Portsea on Friday.',
      'Crews left the Portsea outpost near the borders with Lakeland and Riverland.',
      'Crews left the outpost in Portsea near the Riverlandish border.',
    ])
      expect(gate.regionalOnly(words(text)), text).toBe(true);
    expect(gate.regionalOnly(words('Crews left Riverland for Portsea.'))).toBe(false);
  });

  it('reads the neighbour named inside an aim ("to support the crossings to Portsea") as no neighbour', () => {
    const text = 'The crews stay a year to support the crossings to Portsea.';
    const w = words(text);
    const at = w.tokens.findIndex((t) => t.norm === 'to');
    const aim = { concept: 'for-portsea', from: at, to: w.tokens.length, text: 'to support …' };
    expect(gate.regionalOnly({ ...w, hits: [...w.hits, aim] })).toBe(false);
    expect(gate.regionalOnly(w)).toBe(true);
  });

  it('reads "the country" beside a neighbour named as the neighbour as the story’s place', () => {
    const text = 'About four hundred crew work in the country, and ninety in neighbouring Portsea.';
    expect(gate.regionalOnly(words(text))).toBe(false);
    // Named as the neighbour alone, or "the country" beside a plain name: still the neighbour's.
    expect(gate.regionalOnly(words('Ninety crew work in neighbouring Portsea.'))).toBe(true);
    expect(gate.regionalOnly(words('Ninety crew left Portsea, the country’s port.'))).toBe(true);
  });

  it('reads "the country" told before a neighbour is named as the story’s place', () => {
    // An unnamed country cannot point forward to a name that comes after it.
    for (const text of [
      'Some four hundred crew still work in the country, and ninety more on the Portsea side.',
      'The last crews left the country for Portsea in May.',
    ])
      expect(gate.regionalOnly(words(text)), text).toBe(false);
    // Named after the neighbour, "the country" may be the neighbour itself.
    expect(
      gate.regionalOnly(words('The crews sailed to Portsea and stayed in the country a year.')),
    ).toBe(true);
  });
});

describe('articleOffTopic: history told', () => {
  const gate = createTopicGate({
    anchors: ['riverland'],
    otherTheatres: [],
    years: { from: 2014, to: 2027 },
    anchorTerms: [],
    anchorStarts: [],
  });
  const words = wordsNaming(['riverland']);
  const history = [
    'The last ferry left Riverland in December 2011.',
    'A treaty signed in 2008 had set the end of 2011 as the deadline.',
    'At its peak in 2007 the fleet had forty boats.',
    'Riverland kept the old pier for years.',
    'Talks on keeping a crew broke down over pay.',
  ];

  it('reads an article that dates everything before the story as history', () => {
    expect(gate.articleOffTopic(history.map(words))).toMatch(/^names 4 years, none from 2014/);
  });

  it('reads it as the story as soon as one year is inside, or with fewer old years', () => {
    expect(
      gate.articleOffTopic([...history, 'The ferry returns in 2026.'].map(words)),
    ).toBeUndefined();
    expect(gate.articleOffTopic(history.slice(0, 1).concat(history.slice(3)).map(words))).toBe(
      undefined,
    );
    // A figure written with a comma is no year.
    expect(
      gate.articleOffTopic(['Riverland has 2,011 boats, 1,999 crews and 2,008 oars.'].map(words)),
    ).toBeUndefined();
  });
});

describe('namesOnce: a long article that names the place once', () => {
  const gate = createTopicGate({
    anchors: ['riverland'],
    otherTheatres: [],
    years: { from: 2014, to: 2027 },
    anchorTerms: [],
    anchorStarts: [],
  });
  const words = wordsNaming(['riverland']);
  const harbour = [
    'Portsea harbour reopened its fish market on Monday.',
    'Traders said prices had steadied since the spring.',
    'When the last crews left Riverland in May, some of the boats sailed here.',
    'The harbour board plans a second quay by 2026.',
    'Fishermen say the new quay will still be too small.',
  ];

  it('is read, but only the sentence that names the place may be about the story', () => {
    const all = harbour.map(words);
    expect(gate.articleOffTopic(all)).toBeUndefined();
    expect(gate.namesOnce(all)).toBe(true);
    expect(gate.awayFromPlace(all[2] as SentenceWords)).toBeUndefined();
    expect(gate.awayFromPlace(all[3] as SentenceWords)).toMatch(/names the story's place once/);
  });

  it('lets every sentence be read in a short article, or one that names the place twice', () => {
    expect(gate.namesOnce(harbour.slice(0, 4).map(words))).toBe(false);
    expect(gate.namesOnce([...harbour, 'Riverland wants its boats back.'].map(words))).toBe(false);
    expect(gate.articleOffTopic(harbour.slice(0, 2).map(words))).toMatch(/0 times/);
  });

  const unnamed = [
    'Ferry timetable delayed as storms close in',
    'The new timetable for the crews to leave the country has been put off, officials said.',
    'They blamed the gales along the coast.',
    'The harbour master said the pier deal itself was done.',
    "Riverland's mayor still wants the crews gone by spring.",
  ];

  it('reads every sentence of one that leaves "the country" unnamed and names no other place', () => {
    const all = unnamed.map(words);
    expect(gate.placeLeftUnnamed(all)).toBe(true);
    expect(gate.namesOnce(all)).toBe(false);
  });

  it('keeps to the one sentence when another place is named: "the country" may be that one', () => {
    const elsewhere = createTopicGate({
      anchors: ['riverland'],
      regional: ['portsea'],
      otherTheatres: [],
      years: { from: 2014, to: 2027 },
      anchorTerms: [],
      anchorStarts: [],
    });
    const named = wordsNaming(['riverland', 'portsea']);
    const all = [...unnamed.slice(0, 4), 'Portsea wants its boats back.', unnamed[4] as string].map(
      named,
    );
    expect(elsewhere.placeLeftUnnamed(all)).toBe(false);
    expect(elsewhere.namesOnce(all)).toBe(true);
    // No "the country": the harbour feature above stays a feature on somewhere else.
    expect(gate.placeLeftUnnamed(harbour.map(words))).toBe(false);
  });
});

describe("aboutNeighbour: an article led by a neighbour, the story's place named on the way", () => {
  const gate = createTopicGate({
    anchors: ['portsea'],
    regional: ['riverland'],
    otherTheatres: [],
    years: { from: 2014, to: 2027 },
    anchorTerms: [],
    anchorStarts: [],
  });
  const words = wordsNaming(['portsea', 'riverland']);
  const riverland = [
    'Riverland ferries hand two piers to the town',
    'The ferry company handed two Riverland piers to the town this week.',
    'Riverland keeps one pier open until the spring.',
    'Some boats sailed on to Portsea.',
    'The pull-out runs in stages and ends by the end of 2026.',
    'Riverland officials welcomed the move.',
  ];

  it('is about the neighbour when the lead names it and not the place, and it is named far more', () => {
    expect(gate.aboutNeighbour(riverland.map(words))).toBe(true);
  });

  it('is not when the lead names the place, or the place is named about as often', () => {
    const led = ['Portsea and Riverland ferries part ways', ...riverland.slice(1)];
    expect(gate.aboutNeighbour(led.map(words))).toBe(false);
    const even = [...riverland, 'Portsea kept its pier.', 'Portsea crews went home.'];
    expect(gate.aboutNeighbour(even.map(words))).toBe(false);
  });
});

describe("aboutOtherBody: an article about another body's mission in the place", () => {
  const gate = createTopicGate({
    anchors: ['riverland'],
    otherTheatres: [],
    years: { from: 2014, to: 2027 },
    otherBodies: ['survey'],
    ownActors: ['ferry'],
    anchorTerms: [],
    anchorStarts: [],
  });
  const words = wordsNaming(['riverland', 'survey', 'ferry']);
  const survey = [
    'Survey board ends its mission in Riverland',
    'The survey board closed its Riverland office on Friday after eleven years.',
    'Its last surveyors left in stages over two years.',
    'Survey staff handed the charts to the harbour master.',
    'The ferry company, which left the pier last spring, was not consulted.',
    'Riverland officials hailed the departure as a sign of the town standing on its own.',
  ];

  it('is about the other body when it names it in several sentences, more than the own actors', () => {
    const all = survey.map(words);
    expect(gate.aboutOtherBody(all)).toBe(true);
    expect(gate.awayFromOwnActors(all[5] as SentenceWords)).toMatch(/another body's mission/);
    expect(gate.awayFromOwnActors(all[2] as SentenceWords)).toMatch(/another body's mission/);
    // A sentence naming an own actor may still be about the story.
    expect(gate.awayFromOwnActors(all[4] as SentenceWords)).toBeUndefined();
  });

  it('is about it when named in two sentences, the first of them the lead', () => {
    const led = [
      'Survey board hands its Riverland office to a new chief',
      'The board has mapped the harbour for a decade.',
      'Its staff will leave in stages over two years.',
      'A survey ship stays in port until the spring.',
    ];
    expect(gate.aboutOtherBody(led.map(words))).toBe(true);
    // Not when the lead names an own actor too, nor when the second naming is not the lead's.
    const mixed = ['Ferry and survey board leave Riverland', ...led.slice(1)];
    expect(gate.aboutOtherBody(mixed.map(words))).toBe(false);
    const late = ['Riverland harbour news', 'Survey staff left.', 'A survey ship stays.'];
    expect(gate.aboutOtherBody(late.map(words))).toBe(false);
  });

  it('is not when the body is named in passing, or no more often than the own actors', () => {
    const passing = [survey[0], 'The ferry left Riverland in May.', 'The ferry crews went home.'];
    expect(gate.aboutOtherBody(passing.map((s) => words(s as string)))).toBe(false);
    const even = [
      ...survey.slice(0, 4),
      'The ferry crews went home in May.',
      'The ferry company sold its last boat.',
      'Ferry officials said the pier stays shut.',
      'The ferry timetable ends in June.',
    ];
    expect(gate.aboutOtherBody(even.map(words))).toBe(false);
  });
});

describe('namesNeighbour and claimAtPlace: the once-named sentence that names a neighbour too', () => {
  const gate = createTopicGate({
    anchors: ['riverland', 'pier'],
    regional: ['portsea'],
    regionalAims: [],
    otherTheatres: [],
    years: { from: 2014, to: 2027 },
    anchorTerms: [],
    anchorStarts: [],
  });
  const words = wordsNaming(['riverland', 'portsea', 'pier']);

  it('knows a neighbour named as where things happen, not as a border', () => {
    expect(
      gate.namesNeighbour(words('The Portsea crews leave in May, those in Riverland later.')),
    ).toBe(true);
    expect(gate.namesNeighbour(words('Patrols watch the Portsean border from Riverland.'))).toBe(
      false,
    );
  });

  it('reads a claim about the place the sentence names, and not one about the story at large', () => {
    const text = 'When crews left the pier in May, some boats sailed on to Portsea.';
    const w = words(text);
    const facts = {
      ...w,
      hitsOf: (c: string) => w.hits.flatMap((h, k) => (h.concept === c ? [k] : [])),
    } as unknown as Parameters<typeof gate.claimAtPlace>[1];
    const claim = (require: string[][]) =>
      ({ recognize: { require } }) as unknown as Parameters<typeof gate.claimAtPlace>[0];
    expect(gate.claimAtPlace(claim([['pier'], ['leave']]), facts)).toBe(true);
    expect(gate.claimAtPlace(claim([['leave'], ['all']]), facts)).toBe(false);
    expect(gate.claimAtPlace(claim([['riverland'], ['leave']]), facts)).toBe(false);
  });
});

describe('sentenceOffTopic: a year outside the story', () => {
  const gate = createTopicGate({
    anchors: [],
    otherTheatres: [],
    years: { from: 2014, to: 2027 },
    anchorTerms: [],
    anchorStarts: [],
  });
  const facts = (text: string) =>
    readFacts({ text, tokens: tokenize(text), hits: [] }, parsePublished('2025-03-10'), []);

  it('is off it when it dates an event before the story', () => {
    expect(gate.sentenceOffTopic(facts('The pier was closed by the council in 2003.'))).toBe(
      'dated 2003, outside this story',
    );
  });

  it('is not when a span "since" a year before the story runs on into it', () => {
    expect(
      gate.sentenceOffTopic(
        facts('The pier, used by the ferries since 2003, was closed by the council in May 2024.'),
      ),
    ).toBeUndefined();
  });

  it('is not when the year opens an apposition to a thing the vocabulary names (", the 2003 pact")', () => {
    const text =
      'The towns want their ties to rest on the Harbour Accord, the 2003 pact between them.';
    const tokens = tokenize(text);
    const accord = { concept: 'accord', from: 9, to: 11, text: 'Harbour Accord' };
    expect(tokens[11]?.norm).toBe('the');
    const named = readFacts({ text, tokens, hits: [accord] }, parsePublished('2025-03-10'), []);
    expect(gate.sentenceOffTopic(named)).toBeUndefined();
    // The same year after an unnamed thing dates the sentence.
    expect(gate.sentenceOffTopic(facts(text))).toBe('dated 2003, outside this story');
  });

  it('is not when it names a date of the story too: the claim read tells which it is told at', () => {
    for (const text of [
      'Last month the crews left the pier at Portsea, where I worked through 2003.',
      'In 2003 the ferries left, and in 2016 they came back.',
    ])
      expect(gate.sentenceOffTopic(facts(text))).toBeUndefined();
    expect(gate.sentenceOffTopic(facts('In 2003 the ferries left Portsea.'))).toBe(
      'dated 2003, outside this story',
    );
  });
});

describe("aboutOtherTheatre: a sentence naming another place and none of the story's", () => {
  const bridge = createMatcher(bridgeStory);
  const claimsIn = (text: string) =>
    bridge.match(text, { published: '2025-02-10' }).matches.map((m) => m.claim);
  const told =
    'The Veldmark city council approved the budget for repairing the Orsa Bridge in December.';

  it('is about that place, even read with the places it carries from the sentence before', () => {
    const elsewhere =
      'The council also approved a repair budget for the old bridge in Brennholm, ending years of delay there.';
    expect(claimsIn(`${told}\n\n${elsewhere}`)).toEqual(['budget-approved']);
  });

  it("still reads a sentence that names the story's place beside the other one", () => {
    const both =
      'The council also approved the budget for repairing the Orsa Bridge, unlike the one in Brennholm.';
    expect(claimsIn(`${told}\n\n${both}`)).toEqual(['budget-approved', 'budget-approved']);
  });
});
