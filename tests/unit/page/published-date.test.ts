import { describe, expect, it } from 'vitest';
import { findPublishedDate, toDay } from '../../../page/published-date';
import { DOMS, happyDocument, readPage } from './load-page';

/** Each <template> of the fixture becomes a page of its own. */
const CASES = Array.from(
  happyDocument(readPage('date-variants.html')).querySelectorAll('template'),
).map((t) => ({
  name: t.getAttribute('data-case') ?? '',
  expect: t.getAttribute('data-expect') === 'null' ? null : t.getAttribute('data-expect'),
  html: `<!doctype html><html><head></head><body>${t.innerHTML}</body></html>`,
}));

describe.each(DOMS)('findPublishedDate in %s', (_name, parse) => {
  it.each(CASES)('$name', ({ html, expect: expected }) => {
    expect(findPublishedDate(parse(html))).toBe(expected);
  });

  it('reads the article fixture', () => {
    expect(findPublishedDate(parse(readPage('withdrawal-timetable.html')))).toBe('2024-09-10');
  });
});

describe('toDay', () => {
  it.each([
    ['2024-09-08', '2024-09-08'],
    ['20240908', '2024-09-08'],
    ['Sep 8, 2024', '2024-09-08'],
    ['8th September 2024', '2024-09-08'],
    ['2024-13-01', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(toDay(raw)).toBe(expected);
  });
});
