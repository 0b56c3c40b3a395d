/**
 * Patterns that other outlets use for the same facts, each pinned by a sentence we wrote
 * (issue: right on articles we have never seen). One test per pattern, named for it.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';
import { resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const matcher = createMatcher(story);
/** The article names Iraq in its headline, as real ones do, so the topic gate lets it through. */
const read = (sentence: string, published: string) =>
  matcher
    .match(`Iraq and the coalition\n\n${sentence}`, { published })
    .matches.filter((m) => sentence.includes(m.text));

describe('dates as other outlets write them', () => {
  it('"late 2025" is consistent with a September 2025 first phase', () => {
    const [m] = read(
      'Several hundred coalition troops are due to leave by late 2025.',
      '2024-10-02',
    );
    expect(m?.claim).toBe('first-phase-sept-2025');
    expect(m?.value).toBe('late 2025');
  });

  it('the second phase given as a span ends where the span ends', () => {
    const [m] = read(
      'The second stage, from September 2025 to September 2026, ends with every remaining soldier leaving Iraq.',
      '2024-10-02',
    );
    expect(m?.claim).toBe('full-exit-2026');
    expect(m?.value).toBe('September 2026');
  });

  it('a span written with a dash ends where the span ends', () => {
    const [m] = read(
      'All remaining coalition forces withdraw from Iraq in a final phase (September 2025–September 2026).',
      '2024-10-02',
    );
    expect(m?.value).toBe('September 2026');
  });

  it('"a decade ago" is counted back from the publication date', () => {
    const [m] = read(
      'The coalition was formed a decade ago to fight the Islamic State.',
      '2024-06-01',
    );
    expect(m?.claim).toBe('coalition-formed-2014');
  });

  it('"two years later" is counted from the date the sentence gave before', () => {
    const sentence = 'The coalition arrived in 2014 and its combat mission ended two years later.';
    const dates = resolveDates(tokenize(sentence), sentence, { year: 2024, month: 6 });
    expect(dates.map((d) => d.year)).toEqual([2014, 2016]);
  });

  it('a plan retold in the past tense reads a bare month as the one that has passed', () => {
    const [m] = read(
      'The plan called for coalition troops to leave Baghdad and Ain al-Asad by September.',
      '2025-11-20',
    );
    expect(m?.claim).toBe('first-phase-sept-2025');
    expect(m?.value).toBe('September 2025');
  });

  it('the same bare month in the future tense still points ahead', () => {
    const [m] = read(
      'Hundreds of coalition troops will leave Ain al-Asad by September.',
      '2024-10-02',
    );
    expect(m?.value).toBe('September 2025');
  });
});

describe('partial statements', () => {
  it('"not necessarily all" does not assert a full exit', () => {
    const found = read(
      'Not necessarily all troops will be out of Iraq by the end of 2026, an official cautioned.',
      '2025-06-01',
    );
    expect(found.map((m) => m.claim)).not.toContain('full-exit-2026');
  });

  it('"not fully" is not read as a denial that a withdrawal was discussed', () => {
    const found = read(
      'The US has not fully withdrawn its forces from Iraq, officials said.',
      '2025-06-01',
    );
    expect(found.map((m) => m.claim)).not.toContain('withdrawal-never-discussed');
    expect(found.map((m) => m.claim)).not.toContain('full-exit-2026');
  });
});

describe('who does what', () => {
  it('a pronoun subject carries the actor named in the sentence before it', () => {
    const text =
      'Iraq and the coalition\n\nThe US-led coalition brings together dozens of countries. It was set up in 2014 to fight the Islamic State.';
    const found = matcher.match(text, { published: '2024-06-01' }).matches;
    expect(found.map((m) => m.claim)).toContain('coalition-formed-2014');
    expect(found.find((m) => m.claim === 'coalition-formed-2014')?.text).toMatch(/^It was set up/);
  });

  it('a pronoun does not reach into the previous paragraph', () => {
    const text =
      'Iraq and the coalition\n\nThe US-led coalition brings together dozens of countries.\n\nIt was set up in 2014 to fight the Islamic State.';
    const found = matcher.match(text, { published: '2024-06-01' }).matches;
    expect(found.map((m) => m.claim)).not.toContain('coalition-formed-2014');
  });

  it('something else founded "for the coalition" is not the coalition being formed', () => {
    const found = read(
      'The airfield was built in 2014 as a logistics hub for the coalition fighting ISIS in Iraq.',
      '2025-03-01',
    );
    expect(found.map((m) => m.claim)).not.toContain('coalition-formed-2014');
  });
});

describe('the deal in other words', () => {
  it('"understandings" on the arrangements for the withdrawal is the agreement', () => {
    const [m] = read(
      'Baghdad says it has reached understandings with Washington on the arrangements for the coalition withdrawal.',
      '2024-09-20',
    );
    expect(m?.claim).toBe('agreement-reached');
  });

  it('"agreeing on a phased plan" with the actors far from the verb is the agreement', () => {
    const [m] = read(
      'After months of talks, the Iraqi government and the US-led coalition ended up agreeing on a phased plan for the departure of foreign troops.',
      '2024-09-20',
    );
    expect(m?.claim).toBe('agreement-reached');
  });

  it('"pull all US troops from Iraq" is a withdrawal', () => {
    const [m] = read('The president will pull all US troops from Iraq by September.', '2026-01-15');
    expect(m?.claim).toBe('full-exit-2026');
    expect(m?.value).toBe('September 2026');
  });
});

describe('words that only look like the story', () => {
  it('"State Department" is not a departure', async () => {
    const { createConceptFinder } = await import('../../../engine/find-concepts');
    const sentence = 'A State Department spokesman spoke about the departments of Iraq.';
    const hits = createConceptFinder(story.phrases)(tokenize(sentence), sentence);
    expect(hits.filter((h) => h.concept === 'withdraw')).toEqual([]);
  });
});

describe('prefixes that would catch other words', () => {
  it('"endorsed the presence" is not ending it', async () => {
    const { createConceptFinder } = await import('../../../engine/find-concepts');
    const sentence =
      'Parliament endorsed the presence of US advisers, and an urgent call to end the deployment.';
    const hits = createConceptFinder(story.phrases)(tokenize(sentence), sentence);
    expect(hits.filter((h) => h.concept === 'withdraw').map((h) => h.text)).toEqual([
      'end the deployment',
    ]);
  });
});

describe('possessives', () => {
  it('"ISIS\'s" and "al-Sudani\'s" are the group and the man', async () => {
    const { createConceptFinder } = await import('../../../engine/find-concepts');
    const { createEntityFinder } = await import('../../../engine/find-entities');
    const sentence = "ISIS's cells and al-Sudani's advisers met the coalition's envoy.";
    const tokens = tokenize(sentence);
    const concepts = createConceptFinder(story.phrases)(tokens, sentence).map((h) => h.concept);
    expect(concepts).toEqual(expect.arrayContaining(['isis', 'coalition']));
    const names = createEntityFinder(story.entities)(tokens, sentence).map((h) => h.concept);
    expect(names).toContain('sudani');
  });
});

describe('what the sentence asserts, not what it names in passing', () => {
  it('a frame ("under the agreement, …") is taken for granted: the card is the date’s', () => {
    const [m] = read(
      'Under the agreement, every coalition soldier will leave Iraq by the end of 2026.',
      '2024-09-28',
    );
    expect(m?.claim).toBe('full-exit-2026');
  });

  it('naming "the agreement" as a subject does not assert that one was reached', () => {
    expect(
      read('The agreement was discussed on television by two analysts.', '2024-09-28').map(
        (m) => m.claim,
      ),
    ).not.toContain('agreement-reached');
  });

  it('a dateline names where the story was filed, not who acts in it', () => {
    const [m] = read(
      'BAGHDAD: Lawmakers voted on Sunday for a resolution that calls for ending the foreign military presence.',
      '2020-01-06',
    );
    expect(m?.claim).toBe('parliament-vote-2020');
  });

  it('a headline naming its speaker before a colon keeps the speaker; a dateline still does not act', () => {
    const [m] = read('Tehran: US Departure From Ain al-Asad Shows Iraqi Sovereignty', '2026-01-20');
    expect(m?.claim).toBe('iran-welcomes-ain-al-asad-exit');
    const [dated] = read(
      'Baghdad: Lawmakers voted on Sunday for a resolution that calls for ending the foreign military presence.',
      '2020-01-06',
    );
    expect(dated?.claim).toBe('parliament-vote-2020');
  });

  it('"not … until" times the exit instead of denying it', () => {
    const [m] = read(
      'The withdrawal of all coalition troops will not be complete until 2026.',
      '2024-09-28',
    );
    expect(m?.claim).toBe('full-exit-2026');
  });
});
