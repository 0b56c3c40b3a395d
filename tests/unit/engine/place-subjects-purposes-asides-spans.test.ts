/**
 * Readings of English, each in sentences of our own with near misses beside it: a name after a
 * preposition of place is where, not who; "it" does not stand for a name inside another phrase;
 * a purpose under "should" is recommended; a force kept is no force leaving; a thing "promised
 * for" a time is due then; ", not an exit." sets a noun aside; "that strike" names the noun
 * before; an aside on how the subject was said or settled is a frame; "within N years" after a
 * past year counts from it. (Added while fitting articles-blind-27, session 43.)
 */
import { describe, expect, it } from 'vitest';
import type { ConceptHit } from '../../../engine/find-concepts';
import { findFrames } from '../../../engine/find-frames';
import { findNegations } from '../../../engine/find-negations';
import { promisedFor } from '../../../engine/promised-for';
import { parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { withoutPlacedActors } from '../../../engine/subject-after-place';
import { tokenize } from '../../../engine/tokenize';
import { cardsOfArticle, claimsOf } from './story-sentence';

const hitAt = (text: string, word: string, length: number): ConceptHit => {
  const tokens = tokenize(text);
  const from = tokens.findIndex((t) => t.raw === word);
  return { concept: 'town-says', from, to: from + length, text: word };
};

describe('a name after a preposition of place is where, not who (subject-after-place.ts)', () => {
  const led = new Set(['town-says']);
  it('drops the hit after "in", "at", "from"', () => {
    for (const text of [
      'The mayor in Riverton welcomed the new timetable.',
      'Skippers at Riverton said the pier would close.',
      'Reporters from Riverton praised the crews.',
    ]) {
      const hit = hitAt(text, 'Riverton', 2);
      expect(withoutPlacedActors([hit], tokenize(text), led), text).toEqual([]);
    }
  });
  it('keeps the name as a subject, and a concept not led by its subject', () => {
    for (const text of [
      'Riverton welcomed the new timetable.',
      'In May, Riverton welcomed the new timetable.',
      'Last week Riverton said the pier would close.',
    ]) {
      const hit = hitAt(text, 'Riverton', 2);
      expect(withoutPlacedActors([hit], tokenize(text), led), text).toEqual([hit]);
    }
    const text = 'The mayor in Riverton welcomed the new timetable.';
    const other = { ...hitAt(text, 'Riverton', 2), concept: 'town' };
    expect(withoutPlacedActors([other], tokenize(text), led)).toEqual([other]);
  });
  it('on the story: diplomats or an envoy in the capital are not the government hailing', () => {
    for (const text of [
      'Diplomats in Baghdad welcomed the drawdown as overdue.',
      'A foreign envoy in Baghdad praised the move on Tuesday.',
      'Reporters in Baghdad described the pull-out as orderly.',
    ])
      expect(claimsOf(text, '2025-09-10'), text).not.toContain('government-hails-drawdown');
    expect(claimsOf('Baghdad welcomed the drawdown as overdue.', '2025-09-10')).toContain(
      'government-hails-drawdown',
    );
  });
});

describe('"it" does not stand for a name inside another phrase (carry-context.ts)', () => {
  it('a name after "by" gives "it" nothing; the subject name still does', () => {
    const after = [
      'Iraq and the coalition',
      'A spokesman said the accord capped a year of work by the Higher Military Commission.',
      'He said it kept a promise made to voters.',
    ].join('\n\n');
    // The commission's own sentence keeps its card; "it" (the accord) gets none.
    expect(
      cardsOfArticle(after, '2024-10-01').filter((c) => c === 'military-commission-leads-talks'),
    ).toHaveLength(1);
    const subject = [
      'Iraq and the coalition',
      'Officials said the Higher Military Commission met in Baghdad on Sunday.',
      'They said it would review the coalition mission.',
    ].join('\n\n');
    expect(
      cardsOfArticle(subject, '2024-10-01').filter((c) => c === 'military-commission-leads-talks'),
    ).toHaveLength(2);
  });
});

describe('a purpose under "should" is recommended, not told (recommends.ts)', () => {
  it('"should use X to keep …" reports no stay', () => {
    for (const text of [
      'Washington should use the new security pacts to keep a few trainers in Erbil next year.',
      'The Pentagon should rely on the bilateral deals that follow the coalition to keep advisers in Iraq.',
      'Congress should fund the embassy to keep military advisers in Baghdad for now.',
    ])
      expect(claimsOf(text, '2026-07-15'), text).not.toContain('advisers-remain');
  });
  it('a verb\'s own "to", an inverted "should" or a "how" clause is no purpose (near misses)', () => {
    expect(
      claimsOf(
        'We should remember how the jihadists managed to seize a third of Iraq in 2014.',
        '2026-07-15',
      ),
    ).toContain('isis-seized-territory-2014');
    expect(
      claimsOf(
        'Nor should factions that refuse to give up their rockets until the Americans leave be trusted.',
        '2025-12-26',
      ),
    ).toContain('disarmament-tied-to-departure');
  });
  it('a purpose told as done, or planned, still states the stay', () => {
    expect(
      claimsOf(
        'Washington will use the bilateral pacts to keep advisers in Iraq after 2026.',
        '2026-07-15',
      ),
    ).not.toEqual([]);
  });
});

describe('a force kept is no force leaving', () => {
  it('a partner keeping a small contingent in Erbil is not the partners leaving', () => {
    for (const text of [
      'Britain has kept a small contingent in Erbil and says nothing of its plans.',
      'Italy retains a modest contingent in Erbil, its defence ministry said.',
    ])
      expect(claimsOf(text, '2026-02-23'), text).not.toContain('partners-leave-erbil-feb-2026');
  });
  it('partners flying their troops out of Erbil still are', () => {
    expect(
      claimsOf('Germany and France have flown most of their soldiers out of Erbil.', '2026-02-23'),
    ).toContain('partners-leave-erbil-feb-2026');
  });
});

describe('a thing "promised for" a time is due then, not sought (promised-for.ts)', () => {
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    return promisedFor(
      tokens,
      tokens.findIndex((t) => t.norm === word),
    );
  };
  it('reads the passive with "for" as a date it was due', () => {
    for (const text of [
      'The handover of the pier had been promised for the end of May.',
      'New ferries were pledged for the spring, but none came.',
      'A reopening is promised for next week.',
    ])
      expect(at(text, text.includes('pledged') ? 'pledged' : 'promised'), text).toBe(true);
  });
  it('keeps a promise made by someone (near misses)', () => {
    for (const text of [
      'The council promised to close the pier by May.',
      'The council had promised that the crews would be gone.',
      'The exit was promised by the council years ago.',
    ])
      expect(at(text, 'promised'), text).toBe(false);
  });
  it('on the story: a handover promised for December is no aim of Baghdad', () => {
    const text = [
      'Iraq takes over Ain al-Asad',
      "Iraq's defence ministry said its troops were in full control of the base.",
      'The handover had been promised for December, when commanders said the troops would be gone in a week.',
    ].join('\n\n');
    expect(cardsOfArticle(text, '2026-01-18')).not.toContain('baghdad-seeks-end-of-presence');
  });
});

describe('a noun set against the noun before it at the end ("…, not an exit.") is set aside', () => {
  const partialNot = (text: string) =>
    findNegations(tokenize(text), text).find((n) => n.word.toLowerCase() === 'not')?.partial ===
    true;
  it('reads ", not a/an <noun>." as the alternative, neither denied nor told', () => {
    for (const text of [
      'The board called it a pause in the service, not an ending.',
      'The skippers describe the change as a new timetable, not a closure.',
      'What the town wants is a second pier, not a bigger ferry.',
    ])
      expect(partialNot(text), text).toBe(true);
  });
  it('still denies after a preposition, a longer phrase or no comma (near misses)', () => {
    for (const text of [
      'The talks were about the pier, not about closing it.',
      'The crews said the pier would close, not a week later but at once and for good.',
      'The ferry is not an option.',
    ])
      expect(partialNot(text), text).toBe(false);
  });
  it('on the story: a spokesman declining to discuss timelines is no "never discussed"', () => {
    const found = claimsOf(
      'A Pentagon spokesman would not talk about dates and said both sides were planning a transition of the mission, not an exit.',
      '2024-09-10',
    );
    expect(found).not.toContain('withdrawal-never-discussed');
    expect(found).toContain('us-calls-it-transition');
  });
});

describe('"that strike", "this strike" name the noun of the sentence before (carry-those-nouns.ts)', () => {
  const cardsAfter = (before: string, after: string) =>
    cardsOfArticle(['Iraq and the coalition', before, after].join('\n\n'), '2024-08-06');
  it('takes what the sentence before gave the noun ("a US strike")', () => {
    for (const [before, after] of [
      [
        'An American strike hit a militia depot near Baghdad on Monday.',
        'Baghdad condemned that strike as a breach of its sovereignty.',
      ],
      [
        'A US air strike killed two commanders of an armed faction in Jurf al-Sakhar.',
        'After that strike, the Iraqi government protested to Washington, calling it a violation of sovereignty.',
      ],
      [
        'A US strike killed a militia commander in Baghdad on Monday.',
        'This strike drew angry protests from the Iraqi government.',
      ],
    ] as const)
      expect(cardsAfter(before, after), after).toContain('us-strikes-angered-baghdad');
  });
  it('not a conjunction after a verb of saying, nor a relative after a noun (near misses)', () => {
    for (const [before, after] of [
      [
        'A US strike killed a militia commander in Baghdad on Monday.',
        'Officials said that strike talk in parliament angered the government.',
      ],
      [
        'A US strike killed a militia commander in Baghdad on Monday.',
        'The Iraqi government condemned the strike that followed, calling it a breach of sovereignty.',
      ],
    ] as const)
      expect(cardsAfter(before, after), after).not.toContain('us-strikes-angered-baghdad');
  });
});

describe('an aside telling how the subject was said or settled is a frame (find-frames.ts)', () => {
  const framed = (text: string) =>
    findFrames(tokenize(text), text).map((f) => f.opener.toLowerCase());
  it('", announced in May,", ", repeated by every mayor since …," after the opening subject', () => {
    for (const [text, opener] of [
      ['The timetable, announced in May, lets the crews stay until the autumn.', 'announced'],
      [
        "The council's aim, repeated by every mayor since the strike of 2019, has been to close the pier.",
        'repeated',
      ],
      ['The deal, signed by both towns last week, ends the ferry service in June.', 'signed'],
    ] as const)
      expect(framed(text), text).toContain(opener);
  });
  it('not a participle placing the subject, nor one past the opening subject (near misses)', () => {
    for (const text of [
      'A smaller crew, stationed at the pier, is to keep the ferry running.',
      'In May the council, which met twice, said the timetable, announced in May, would hold.',
      'The crews announced, in a short note, that they would leave.',
    ])
      expect(framed(text), text).not.toContain('announced');
  });
  it('on the story: an exclusion named only in such an aside excludes nothing', () => {
    expect(
      claimsOf(
        "Baghdad's goal, restated by every premier since the parliamentary vote of 2020, has been to end the coalition's mission.",
        '2026-02-23',
      ),
    ).toContain('baghdad-seeks-end-of-presence');
  });
});

describe('"within N years" after a past year counts from that year (resolve-dates.ts)', () => {
  const years = (text: string) =>
    resolveDates(tokenize(text), text, parsePublished('2026-07-15')).map((d) => d.year);
  it('dates the past clause that many years after the year told', () => {
    expect(years('In 2011 the crews left, and within three years the pier had closed.')).toEqual([
      2011, 2014,
    ]);
    expect(years('The ferry stopped in 2009; within two years the harbour was sold.')).toEqual([
      2009, 2011,
    ]);
    expect(years('After the 2015 vote, within a year the council had closed the pier.')).toEqual([
      2015, 2016,
    ]);
  });
  it('a span ahead still counts from the page (near misses)', () => {
    expect(years('The crews left in 2019 and within two years the pier will close.')).toEqual([
      2019, 2028,
    ]);
    expect(years('Within three years the town will have a new ferry.')).not.toContain(2014);
  });
});
