import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../page/article';
import { allOnPage, toRange } from '../../../page/ranges';
import { setMarkup } from '../set-markup';
import { liveDocument, readPage } from './load-page';

const collapse = (s: string) => s.replace(/[\s\u00a0\u00ad]+/g, ' ').trim();

describe('toRange', () => {
  const doc = liveDocument(readPage('withdrawal-timetable.html'));
  const { text, segments } = extractArticle(doc);

  it('round-trips every block of the article: text → Range → same text', () => {
    let start = 0;
    for (const block of text.split('\n\n')) {
      const range = toRange(doc, segments, start, start + block.length);
      expect(collapse(range.toString())).toBe(block);
      start += block.length + 2;
    }
  });

  it('spans inline elements inside one sentence', () => {
    const sentence = 'An adviser to the Iraqi prime minister said all coalition forces';
    const start = text.indexOf(sentence);
    const range = toRange(doc, segments, start, start + sentence.length);
    expect(range.startContainer).not.toBe(range.endContainer);
    expect(collapse(range.toString())).toBe(sentence);
  });

  it('snaps offsets in the gap between blocks inwards', () => {
    const gap = text.indexOf('\n\n');
    const range = toRange(doc, segments, gap, gap + 10);
    expect(collapse(range.toString())).toBe(text.slice(gap + 2, gap + 10));
  });

  it('returns a collapsed range when nothing maps', () => {
    expect(toRange(doc, segments, text.length + 5, text.length + 9).collapsed).toBe(true);
    expect(toRange(doc, [], 0, 4).collapsed).toBe(true);
  });

  it('round-trips arbitrary word-aligned spans within a block', () => {
    const words = [...text.matchAll(/\S+/g)];
    for (let i = 0; i + 5 < words.length; i += 3) {
      const a = words[i] as RegExpMatchArray;
      const b = words[i + 5] as RegExpMatchArray;
      const start = a.index ?? 0;
      const end = (b.index ?? 0) + b[0].length;
      // Across blocks the DOM also holds the skipped furniture in between; engine spans never cross.
      if (text.slice(start, end).includes('\n')) continue;
      expect(collapse(toRange(doc, segments, start, end).toString())).toBe(
        collapse(text.slice(start, end)),
      );
    }
  });

  it('ends a sentence that runs into a shadow root at the last text of its own tree', () => {
    const page = liveDocument(
      '<body><main><p>Troops will leave <x-when></x-when></p></main></body>',
    );
    const shadow = (page.querySelector('x-when') as Element).attachShadow({ mode: 'open' });
    setMarkup(shadow, 'by the end of 2025.');
    const article = extractArticle(page);
    expect(article.text).toBe('Troops will leave by the end of 2025.');
    const range = toRange(page, article.segments, 0, article.text.length);
    expect(range.collapsed).toBe(false);
    expect(range.toString()).toBe('Troops will leave ');
  });
});

describe('allOnPage', () => {
  it('says whether every span is still on the Text nodes it was read from', () => {
    const page = liveDocument(
      '<body><main><p>The ferry leaves at nine. It returns at noon.</p><p>The pier <em>closes</em> in May.</p></main></body>',
    );
    const { text, segments } = extractArticle(page);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const spans = [span('The ferry leaves'), span('It returns'), span('The pier closes')];
    expect(allOnPage(segments, spans)).toBe(true);
    // An app re-rendered the second paragraph: its nodes are gone, the first one's are not.
    const second = page.querySelectorAll('p')[1] as Element;
    second.replaceWith(second.cloneNode(true));
    expect(allOnPage(segments, spans.slice(0, 2))).toBe(true);
    expect(allOnPage(segments, spans)).toBe(false);
    expect(allOnPage(segments, [])).toBe(true);
  });
});
