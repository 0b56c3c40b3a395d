/**
 * Statements printed as fragments, not sentences: a chronology's entries (engine/timeline-entry.ts),
 * an answer opening "No —" (engine/answer-word.ts) and a headline that only names a format
 * ("… In Pictures": label-headline.ts `formatEdges`). Read on the made-up bridge
 * story (tests/fixtures/story-bridge/), in our own words.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { answerWord } from '../../../engine/answer-word';
import { factboxLine, factboxTitle } from '../../../engine/factbox-line';
import { findNegations } from '../../../engine/find-negations';
import { compileStory, createMatcher } from '../../../engine/index';
import { formatEdges } from '../../../engine/label-headline';
import { namesItsSource } from '../../../engine/lead-in-label';
import type { DateMention } from '../../../engine/resolve-dates';
import { entryDate, entryYears, inEntryYear } from '../../../engine/timeline-entry';
import { tokenize } from '../../../engine/tokenize';
import { facts } from './bridge-story';

const dir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(dir, path.join(dir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);
const bridge = createMatcher(compileStory(loaded.kb));

const entry = (text: string) => entryDate(tokenize(text), text);
/** A line's words as read (no concepts needed for the label tests). */
const words = (text: string) => ({ text, tokens: tokenize(text), hits: [] });
const ACTORS = new Set(['council']);
const read = (text: string) => ({ text, tokens: tokenize(text) });

describe('entryDate', () => {
  it('reads the date opening an entry before a dash or a colon', () => {
    expect(entry('Jan. 5: the council meets on the bridge.')).toEqual({ month: 1 });
    expect(entry('Dec. 3, 2024 — the span is shut.')).toEqual({ year: 2024, month: 12 });
    expect(entry('2019 - engineers find cracks.')).toEqual({ year: 2019 });
    expect(entry('Late 2025: the works end.')).toEqual({ year: 2025 });
    expect(entry('Feb.: crews return.')).toEqual({ month: 2 });
    expect(entry('17 Jan. 2026 — the span reopens.')).toEqual({ year: 2026, month: 1 });
    expect(entry('17 Jan.: the span reopens.')).toEqual({ month: 1 });
  });

  it('leaves a date that is part of the sentence alone', () => {
    expect(entry('In March the bridge reopens.')).toBeUndefined();
    expect(entry('March 3 was a cold day.')).toBeUndefined();
    expect(entry('2019 was the year the cracks were found.')).toBeUndefined();
    expect(entry('May: a verb in lower case may not be a month.')).toEqual({ month: 5 });
    expect(entry('may: lower case is no month.')).toBeUndefined();
  });

  it('reads an entry headed by its year, then the month (and day) in brackets', () => {
    expect(entry('2019 (March). Cracks found in the north pier.')).toEqual({
      year: 2019,
      month: 3,
    });
    expect(entry('2026 (17 January). Span reopened to traffic.')).toEqual({
      year: 2026,
      month: 1,
    });
    // A year in brackets after another is no heading: "2019 (2020). …", "2019 (see March)."
    expect(entry('2019 (2020). The works.')).toBeUndefined();
    expect(entry('2019 (see March). The works.')).toBeUndefined();
    expect(entry('2019 (March) was cold.')).toBeUndefined();
  });
});

describe('entryYears', () => {
  it('gives an entry its own year, and one with no year the year of the entry before it', () => {
    const years = entryYears([
      read('Timeline of the closure'),
      read('Jan. 3, 2020 — the span is shut.'),
      read('Jan. 9: the council meets.'),
      read('Aug.: the works begin.'),
    ]);
    expect(years).toEqual([undefined, 2020, 2020, 2020]);
  });

  it('moves to the next year when the month comes earlier: a chronology runs forward', () => {
    const years = entryYears([
      read('Nov. 2024: cracks are found.'),
      read('March: the works begin.'),
    ]);
    expect(years[1]).toBe(2025);
  });

  it('reads a latest-first list backward: told by two dated entries, or by the page’s year', () => {
    const told = entryYears([
      read('Feb. 2025: the span reopens.'),
      read('Nov. 2024: cracks are found.'),
      read('Oct.: the council meets.'),
      read('Dec.: the detour opens.'),
    ]);
    // Latest first: October 2024, then a December before it.
    expect(told.slice(2)).toEqual([2024, 2023]);
    const page = entryYears(
      [
        read('March 2025: the span reopens.'),
        read('Feb.: tests end.'),
        read('Nov.: cracks are found.'),
      ],
      { year: 2025, month: 4 },
    );
    expect(page).toEqual([2025, 2025, 2024]);
  });

  it('gives nothing to an entry far from any dated one, or to a sentence that is no entry', () => {
    const years = entryYears([
      read('2018 — the bridge turns fifty.'),
      read('Traffic grew every year.'),
      read('Drivers complained.'),
      read('The council did nothing.'),
      read('May: the span is shut.'),
      read('In June it reopened.'),
    ]);
    expect(years).toEqual([2018, undefined, undefined, undefined, undefined, undefined]);
  });

  const month = (text: string, from: number, year = 2026): DateMention => ({
    year,
    month: 1,
    role: 'point',
    relative: true,
    text,
    from,
    to: from + 1,
  });

  it("puts an entry's bare months in its year", () => {
    const tokens = tokenize('Jan. 9: the council meets, and in June the works begin.');
    const dates = [month('Jan.', 0), month('June', 7)];
    inEntryYear(dates, 2020, tokens, false);
    expect(dates.map((d) => [d.year, d.relative])).toEqual([
      [2020, false],
      [2020, false],
    ]);
  });

  it('keeps a month with its own pointer, and the later months of an entry telling what is to come', () => {
    const told = tokenize('2011 — the crews left next May.');
    const next = [{ ...month('next May', 4), from: 4, to: 6 }];
    inEntryYear(next, 2011, told, false);
    expect(next[0]?.year).toBe(2026);
    const ahead = tokenize('2011 — the crews will leave in May.');
    const later = [month('May', 6)];
    inEntryYear(later, 2011, ahead, true);
    expect(later[0]?.year).toBe(2026);
  });
});

describe('a chronology read with the bridge pack', () => {
  const timeline = [
    'Veldmark Bridge Repairs: The Long Road',
    'Nov. 4, 2024 — inspectors close the Orsa Bridge after finding cracks.',
    'March 10: the Orsa Bridge reopens to traffic.',
  ].join('\n\n');

  it('dates an entry with no year by the entry before it, not by the page', () => {
    // Published in May 2026: read alone, "March" would be March 2026.
    const { matches } = bridge.match(timeline, { published: '2026-05-20' });
    const reopen = matches.find((m) => m.text.startsWith('March 10'));
    expect(reopen?.claim).toBe('reopens-march-2025');
    // With no dated entry before it, the entry is in the page's year, and states another date.
    const alone = bridge.match(
      timeline
        .split('\n\n')
        .filter((_, k) => k !== 1)
        .join('\n\n'),
      {
        published: '2026-05-20',
      },
    );
    expect(alone.matches.map((m) => m.claim)).not.toContain('reopens-march-2025');
  });
});

describe('answerWord', () => {
  const negated = (text: string) => findNegations(tokenize(text), text).map((n) => n.word);

  it('reads an opening "No —" or "No," as the answer, not as a negation of what follows', () => {
    expect(
      answerWord(
        tokenize('No — the bridge reopens in March.'),
        'No — the bridge reopens in March.',
        0,
      ),
    ).toBe(true);
    expect(negated('No — the bridge reopens in March.')).toEqual([]);
    expect(negated('No, the council approved the budget.')).toEqual([]);
    expect(negated('A: No — the ferry keeps running.')).toEqual([]);
  });

  it('still reads a "no" inside the statement, or one that is no answer', () => {
    expect(negated('No — the council has not voted.')).toEqual(['not']);
    expect(negated('No bridge reopens in March.')).toEqual(['No']);
    expect(negated('There is no — and never was — plan to reopen it.')).toEqual(['no', 'never']);
  });

  it('cards the statement an answer gives', () => {
    const page = [
      'Your Questions On The Orsa Bridge',
      'Is the Orsa Bridge still shut for repairs?',
      'No — the Orsa Bridge reopens in March 2025, city engineers say.',
    ].join('\n\n');
    const { matches } = bridge.match(page, { published: '2025-02-10' });
    expect(matches.map((m) => m.claim)).toContain('reopens-march-2025');
  });
});

describe('formatEdges', () => {
  const edges = (text: string) => formatEdges(tokenize(text));

  it('reads a verbless title ending in a format as naming a topic', () => {
    expect(edges('The Orsa Bridge Reopening In Pictures')).toBe(true);
    expect(edges('The Veldmark Detour In Maps')).toBe(true);
    expect(edges('The Orsa Bridge Budget Explained')).toBe(true);
  });

  it('keeps a title that may hold a verb, and one with no format words', () => {
    expect(edges('Orsa Bridge Reopens: In Pictures')).toBe(false);
    expect(edges('The Orsa Bridge Reopens In March')).toBe(false);
    expect(edges('Inside Work Ended On The Orsa Bridge')).toBe(false);
    // "Inside …" may state what it names: "Inside the last outpost on the river".
    expect(edges("Inside The Orsa Bridge's Long Repair")).toBe(false);
    expect(edges('Orsa Bridge Reopening By March')).toBe(false);
  });

  it('reads an explainer\'s "What … Means" or "Why … Matters" title as naming a topic', () => {
    expect(edges('What The Orsa Bridge Closure Means For Veldmark')).toBe(true);
    expect(edges('Why The Veldmark Budget Vote Matters')).toBe(true);
    expect(edges('What The EU Repair Grant Means')).toBe(true);
    // A word that may be a verb before the closing one: it may report something.
    expect(edges('What Reopening Delays Mean And Why The Council Matters')).toBe(false);
    expect(edges('What Crews Found Means Trouble')).toBe(false);
    expect(edges('What Next For The Orsa Bridge')).toBe(false);
  });

  it('gives a format headline no card', () => {
    const page = [
      'The Orsa Bridge Reopening In Pictures',
      'Crowds crossed on foot as traffic returned to the Orsa Bridge on Monday.',
    ].join('\n\n');
    const { matches } = bridge.match(page, { published: '2025-03-10' });
    expect(matches.filter((m) => m.text.endsWith('In Pictures'))).toEqual([]);
  });
});

describe('namesItsSource', () => {
  const concepts = (text: string) => facts(text).hits.map((h) => h.concept);

  it("reads a ticker's one-word label in ordinary case as who reports", () => {
    expect(
      namesItsSource(tokenize('Council: budget approved.'), 'Council: budget approved.', 1),
    ).toBe(true);
    expect(concepts('Council: the repair budget for the Orsa Bridge approved.')).toContain(
      'council',
    );
  });

  it('leaves a dateline in capitals, or of two words, as where the story was filed', () => {
    expect(concepts('COUNCIL: the repair budget for the Orsa Bridge approved.')).not.toContain(
      'council',
    );
    expect(concepts('City Council: the repair budget for the Orsa Bridge approved.')).not.toContain(
      'council',
    );
  });

  it('cards the line with what its label names', () => {
    const page = [
      'Veldmark In Brief',
      'Council: repair budget for the Orsa Bridge approved.',
      'Traffic: queues on the detour again this morning.',
    ].join('\n\n');
    const { matches } = bridge.match(page, { published: '2025-02-10' });
    expect(matches.map((m) => m.claim)).toContain('budget-approved');
  });
});

describe('another place named in the possessive', () => {
  it('reads "Brennholm\'s" as naming Brennholm, as "Brennholm" is', () => {
    expect(
      facts("Brennholm's council approved the repair budget for its bridge.").otherTheatre,
    ).toBe("Brennholm's");
    expect(facts('Brennholm’s bridge reopens in March 2025.').otherTheatre).toBe('Brennholm’s');
    expect(facts('The Orsa Bridge reopens in March 2025.').otherTheatre).toBeUndefined();
  });

  it("gives a ticker line about that place's bridge no card", () => {
    const page = [
      'Veldmark In Brief',
      'The Orsa Bridge is still closed for repairs, Veldmark engineers say.',
      "Elsewhere: Brennholm's bridge reopens in March 2025 after its own repairs.",
    ].join('\n\n');
    const { matches } = bridge.match(page, { published: '2025-02-10' });
    expect(matches.filter((m) => m.text.includes('Brennholm'))).toEqual([]);
  });
});

describe('factbox lines', () => {
  /** A line with the given hits, each [concept, word]. */
  const line = (text: string, hits: [string, string][] = []) => {
    const tokens = tokenize(text);
    return {
      text,
      tokens,
      hits: hits.map(([concept, word]) => {
        const from = tokens.findIndex((t) => t.raw === word);
        return { concept, from, to: from + 1, text: word };
      }),
    };
  };
  const head = line('Factbox: The Veldmark City Council', [['council', 'Council']]);

  it("reads a factbox's 'Label: …' lines as about its title's actors", () => {
    expect(factboxTitle(head)).toBe(true);
    expect(factboxTitle(words('Fact file: The Veldmark City Council'))).toBe(true);
    const budget = line('Budget: repair money approved in December', [
      ['budget', 'Budget'],
      ['approve', 'approved'],
    ]);
    const lent = factboxLine(budget, head, ACTORS);
    expect(lent?.hits.map((h) => [h.concept, h.from])).toEqual([
      ['budget', 0],
      ['approve', 3],
      ['council', 0],
    ]);
  });

  it('lends nothing under a headline that is no factbox, to a line with no label, or named again', () => {
    expect(factboxTitle(words('The Veldmark City Council And The Bridge'))).toBe(false);
    expect(factboxTitle(words('Factbox shows the council at work'))).toBe(false);
    expect(factboxLine(line('Repair money approved in December.'), head, ACTORS)).toBeUndefined();
    const named = line('Vote: the council approved it', [['council', 'council']]);
    expect(factboxLine(named, head, ACTORS)).toBeUndefined();
  });
});
