/**
 * "the company said": a business speaking, so an article on a site a company hands to the state is
 * read as another body's business (data/vocabulary.json, topic.otherBodies).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { cardsOfArticle } from './story-sentence';

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
