/**
 * Our document rules come with the first painted highlight and never replace the page's own
 * sheets (entrypoints/content/document-highlight-sheet.ts, painter.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Match } from '../../../engine/types';
import { DocumentHighlightSheet } from '../../../entrypoints/content/document-highlight-sheet';
import { createPainter } from '../../../entrypoints/content/painter';
import { DEFAULT_SETTINGS } from '../../../page/settings';
import { stubHighlightApi } from '../page/stub-highlight-api';
import { setMarkup } from '../set-markup';

const RULES = '::highlight(claimlight-disputed) { text-decoration: underline dashed; }';

/** A document whose adopted sheets are a plain list, as a page script sees them. */
function fakeDoc(): { adoptedStyleSheets: CSSStyleSheet[] } {
  return { adoptedStyleSheets: [] };
}

describe('DocumentHighlightSheet', () => {
  it('appends one sheet after the page own, and adds it only once', () => {
    const doc = fakeDoc();
    const theirs = new CSSStyleSheet();
    doc.adoptedStyleSheets = [theirs];
    const sheet = new DocumentHighlightSheet(doc as unknown as Document, RULES);
    sheet.ensure();
    sheet.ensure();
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    expect(doc.adoptedStyleSheets[0]).toBe(theirs);
  });

  it('comes back after the page replaces its list, and leaves on remove', () => {
    const doc = fakeDoc();
    const sheet = new DocumentHighlightSheet(doc as unknown as Document, RULES);
    sheet.ensure();
    const ours = doc.adoptedStyleSheets[0];
    const theirs = new CSSStyleSheet();
    doc.adoptedStyleSheets = [theirs];
    sheet.ensure();
    expect(doc.adoptedStyleSheets).toEqual([theirs, ours]);
    sheet.remove();
    expect(doc.adoptedStyleSheets).toEqual([theirs]);
  });
});

describe('the rules of the other highlight styles', () => {
  const STYLE =
    ':root[data-claimlight-style="background"] ::highlight(claimlight-disputed) { text-decoration: none; }';
  /** The text last given to our sheet (happy-dom keeps no ::highlight() rule to read back). */
  let text = '';
  beforeEach(() => {
    text = '';
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation((css: string) => {
      text = css;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('are left out while the reader keeps the underline', () => {
    const doc = fakeDoc();
    const sheet = new DocumentHighlightSheet(doc as unknown as Document, RULES, {
      cssText: STYLE,
      styleChosen: () => false,
    });
    sheet.ensure();
    expect(text).toContain('claimlight-disputed');
    expect(text).not.toContain('data-claimlight-style');
  });

  it('join the same sheet once another style is chosen, and stay', () => {
    const doc = fakeDoc();
    let chosen = false;
    const sheet = new DocumentHighlightSheet(doc as unknown as Document, RULES, {
      cssText: STYLE,
      styleChosen: () => chosen,
    });
    sheet.ensure();
    const added = doc.adoptedStyleSheets[0];
    chosen = true;
    sheet.ensure();
    expect(doc.adoptedStyleSheets).toEqual([added]);
    expect(text).toContain('data-claimlight-style');
    chosen = false;
    sheet.ensure();
    expect(text).toContain('data-claimlight-style');
  });

  it('come with the first paint when the style was chosen before it', () => {
    const doc = fakeDoc();
    const sheet = new DocumentHighlightSheet(doc as unknown as Document, RULES, {
      cssText: STYLE,
      styleChosen: () => true,
    });
    sheet.ensure();
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(text).toContain('claimlight-disputed');
    expect(text).toContain('data-claimlight-style');
  });
});

describe('the painter and the document sheet', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('adds the sheet with the first highlight painted, and not for a showing with none', () => {
    stubHighlightApi();
    setMarkup(document.body, '<p>A harbour reopens on Monday.</p>');
    let added = 0;
    const painter = createPainter({
      doc: document,
      settings: () => DEFAULT_SETTINGS,
      signal: new AbortController().signal,
      documentSheet: { ensure: () => added++ },
    });
    painter.show({ ranges: [], matches: [], shadowRoots: [] });
    expect(added).toBe(0);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p') as HTMLElement);
    const match = { verdict: 'disputed', text: 'harbour' } as Match;
    painter.show({ ranges: [range], matches: [match], shadowRoots: [] });
    expect(added).toBe(1);
  });
});
