/**
 * General readings of English, each tested on sentences of our own: the present of "happen"
 * looking ahead as a timetable's verbs do; a name "X of the Y" named again by its first noun;
 * "the company said" naming a business, so that an article on a site a company hands to the
 * state is read as another body's business; a question after a semicolon; a year dating a named deal's signing;
 * "that date" carrying its noun's complement; "whether X, as officials expect". (Added while
 * fitting articles-blind-30, session 44.)
 */
import { describe, expect, it } from 'vitest';
import { askedAfterColon } from '../../../engine/asked-after-colon';
import { headlineNameAgain, headlineNames } from '../../../engine/carry-headline';
import { thoseNamedAgain } from '../../../engine/carry-those-nouns';
import { formatDate, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';
import { framedWords } from './framed-words';
import { sentence, words } from './sentence-words';
import { cardsOfArticle, claimsOf } from './story-sentence';

const dates = (text: string, published: string) =>
  resolveDates(tokenize(text), text, parsePublished(published)).map((d) => formatDate(d));

describe('"What happens in May?": the present of happen looks ahead', () => {
  it('reads a bare month after "happens" / "happen" as the next one', () => {
    expect(dates('What happens in May?', '2026-02-10')).toEqual(['May 2026']);
    expect(dates('So what happens to the ferries in May?', '2026-02-10')).toEqual(['May 2026']);
    expect(dates('The last crossings happen in May, the board says.', '2026-02-10')).toEqual([
      'May 2026',
    ]);
  });

  it('keeps a past "happened" and a negated "did not happen" in the past', () => {
    expect(dates('What happened in May?', '2026-02-10')).toEqual(['May 2025']);
    expect(dates('The vote did not happen in May.', '2026-02-10')).toEqual(['May 2025']);
  });
});

describe('a headline\'s name "X of the Y" named again by its first noun', () => {
  const titled = sentence('Text of the Council of the Island of Portsea on the Pier', [
    ['island-council', 'Council of the Island of Portsea'],
    ['pier', 'Pier'],
  ]);
  const again = (current: SentenceWords) =>
    headlineNameAgain(current, titled, headlineNames(titled))
      ?.hits.filter((h) => h.inferred)
      .map((h) => [h.concept, h.text]) ?? [];

  it('reads "the council" as the council the headline named', () => {
    const body = sentence('This step fulfils a promise the Council made in its first year.', [
      ['promise', 'promise'],
    ]);
    expect(again(body)).toEqual([
      ['island-council', 'Council (→ "Council of the Island of Portsea")'],
    ]);
  });

  it('does not read the name\'s last noun as it ("the island" is any island)', () => {
    const body = sentence('The island has two piers.', [['pier', 'piers']]);
    expect(again(body)).toEqual([]);
  });
});

describe('"the company said": a business speaking, counted as another body', () => {
  it('cards nothing in an article on a gas field handed from a company to the state', () => {
    const article = [
      'Iraq to Run Northern Gas Field on Its Own From Next Year',
      'Baghdad and the Korean-led consortium that operates the Sarat site have settled a schedule for handing it to the state gas firm.',
      'Under the agreement, the handover happens in two stages over roughly two years.',
      'About 150 foreign technicians will stay on afterwards in an advisory role.',
      'Officials said the technical talks had concluded on Tuesday.',
      'The ministry had wanted to announce the deal last month, but the announcement was delayed by a row over fees.',
      'The consortium took over the site in 2012.',
      'The company said it would keep a few staff in the city to help.',
    ].join('\n\n');
    expect(cardsOfArticle(article, '2026-04-14')).toEqual([]);
  });

  it('still cards the troops in an article that names a company once', () => {
    const article = [
      'US Troops Leave Ain al-Asad Ahead of Schedule',
      'The American soldiers quit Ain al-Asad, the big Anbar base, and handed it to the Iraqi army weeks ahead of schedule.',
      'A local company said it would bid to run the canteen there.',
      'Most of the soldiers moved to Erbil, in the Kurdistan Region, officials said.',
    ].join('\n\n');
    expect(cardsOfArticle(article, '2026-01-20').length).toBeGreaterThan(0);
  });
});

describe('a question after a statement and a semicolon', () => {
  const asked = framedWords(askedAfterColon);

  it('is the part after the semicolon', () => {
    expect(asked('The crews left the pier this month; were you surprised?')).toBe(
      'were you surprised',
    );
    expect(asked('Q: The ferries stopped in May; what comes next for the island?')).toBe(
      'what comes next for the island',
    );
  });

  it('is nothing when the semicolon opens no question, or a question stands before it', () => {
    expect(asked('The crews left in May; the island, and its ferries?')).toBeNull();
    expect(asked('Will the crews go; will the ferries stop?')).toBeNull();
  });

  it('reads the statement before it on the story', () => {
    expect(
      claimsOf(
        'Q: Britain and Italy took their troops out of Erbil this month; did that worry you?',
        '2026-02-20',
      ),
    ).toContain('partners-leave-erbil-feb-2026');
    expect(
      claimsOf(
        'Q: The coalition mission ends in September; is the army ready to stand alone?',
        '2026-03-20',
      ),
    ).toContain('mission-end-sept-2026');
  });
});

describe("a year dating a named deal's signing is the deal's, not the sentence's", () => {
  it('reads the ties to come under a framework deal "sealed" or "signed" in 2008', () => {
    expect(
      claimsOf(
        "Thereafter, Iraq's relations with the United States will be governed by the Strategic Framework Agreement sealed in 2008.",
        '2026-02-17',
      ),
    ).toContain('framework-agreement-governs-ties');
    expect(
      claimsOf(
        'After the coalition leaves, Iraqi relations with the Americans will rest on the Strategic Framework Agreement signed by both governments in 2008.',
        '2026-02-17',
      ),
    ).toContain('framework-agreement-governs-ties');
  });

  it('still puts a sentence telling the signing itself in 2008 outside the story', () => {
    expect(
      claimsOf(
        'In 2008, Baghdad and Washington signed the Strategic Framework Agreement to govern their ties.',
        '2026-02-17',
      ),
    ).toEqual([]);
  });
});

describe('"that date" after "a date for the reopening": the complement of the noun carried too', () => {
  const places = new Set(['old-pier']);
  const before = words('All that is missing is a firm date for the reopening of the Old Pier.', [
    ['reopen', 'reopening'],
    ['old-pier', 'old'],
  ]);
  const carried = (text: string, hits: [string, string][] = []) =>
    thoseNamedAgain(words(text, hits), before, places)
      ?.hits.filter((h) => h.inferred)
      .map((h) => h.concept) ?? [];

  it('takes what the complement named', () => {
    expect(carried('Storms have pushed that date back twice.', [['delay', 'pushed']])).toEqual([
      'reopen',
    ]);
    expect(carried('The council moved that date again.')).toEqual(['reopen']);
  });

  it('takes nothing for another noun, nor a place', () => {
    expect(carried('Storms have pushed that vote back twice.')).toEqual([]);
    const onPier = words('The crews wanted a date for the Old Pier.', [['old-pier', 'old']]);
    expect(thoseNamedAgain(words('Nobody has set that date.'), onPier, places)).toBeUndefined();
  });
});

describe('"whether X, as officials expect": the thing asked is expected', () => {
  it('reads the expectation for a claim that is one', () => {
    expect(
      claimsOf(
        'The question now is whether the withdrawal deal is announced this month, as US officials expect.',
        '2024-09-03',
      ),
    ).toContain('announcement-expected-this-month');
  });

  it('reads no event from it, and a plain "whether" stays asked', () => {
    expect(
      claimsOf(
        'Diplomats are watching whether Washington announces the troop agreement in September, as several of them predict.',
        '2024-09-03',
      ),
    ).toEqual([]);
    expect(
      claimsOf('Whether the pull-out deal is announced this month remains unclear.', '2024-09-03'),
    ).toEqual([]);
  });
});
