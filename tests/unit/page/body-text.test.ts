/**
 * The body's text in pieces (page/body-text.ts): a small page is one piece, exactly its
 * textContent; a huge one comes in several pieces that join up to the same text, in order.
 */

import { topic } from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { bodyTextPieces } from '../../../page/body-text';
import { firstLookSteps } from '../../../page/first-look';
import { happyDocument, liveDocument } from './load-page';

/** Small pieces, so that a page of a few hundred elements is "huge" here. */
const PIECE = 12;

/** A page of `n` paragraphs, each with an inline link, some inside one big nested section. */
function bigPage(n: number, last = 'Nothing else happened.'): string {
  const paragraph = (i: number) => `<p>Item ${i} has <a href="#${i}">a link</a> inside.</p>`;
  const nested = Array.from({ length: n }, (_, i) => paragraph(i)).join('\n');
  const flat = Array.from({ length: n / 2 }, (_, i) => paragraph(n + i)).join('');
  return `<!doctype html><html><body><nav>Menu</nav><main><section>${nested}</section>${flat}</main><footer>${last}</footer></body></html>`;
}

describe('bodyTextPieces', () => {
  it('reads a small page in one piece, as body.textContent', () => {
    const doc = happyDocument(
      '<!doctype html><html><body><p>One <b>two</b> three.</p></body></html>',
    );
    expect([...bodyTextPieces(doc)]).toEqual([doc.body.textContent]);
  });

  it('reads a page of many more elements than a piece holds in pieces that join up to its text', () => {
    const doc = liveDocument(bigPage(PIECE * 4));
    const pieces = [...bodyTextPieces(doc, PIECE)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(doc.body.textContent);
  });
});

describe('firstLookSteps on a huge page', () => {
  it('finds the place named only at the very end, over several steps', () => {
    const doc = liveDocument(bigPage(PIECE * 4, 'Troops will leave Iraq.'));
    const steps = firstLookSteps(doc, topic, PIECE);
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      next = steps.next();
    }
    expect(yields).toBeGreaterThan(3);
    expect(next.value.notAbout).toBeUndefined();
  });

  it('turns the page away when no piece names the place', () => {
    const doc = liveDocument(bigPage(PIECE * 4));
    const steps = firstLookSteps(doc, topic, PIECE);
    let next = steps.next();
    while (!next.done) next = steps.next();
    expect(next.value.notAbout).toMatch(/^never names the story's place/);
  });
});
