import { describe, expect, it } from 'vitest';
import { ShadowHighlightStyles } from '../../../page/shadow-highlight-styles';
import { setMarkup } from '../set-markup';

const RULES = '::highlight(claimlight-corroborated) { background-color: green; }';

function rangeIn(root: ShadowRoot): Range {
  const range = document.createRange();
  range.selectNodeContents(root.querySelector('p') as Element);
  return range;
}

describe('ShadowHighlightStyles', () => {
  it("adds our rules to the shadow roots holding a range, after the page's own sheets", () => {
    const host = document.createElement('x-story');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    setMarkup(root, '<p>Inside.</p>');
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    const light = document.createRange();
    light.selectNodeContents(document.body);

    const styles = new ShadowHighlightStyles(RULES);
    styles.cover([rangeIn(root), light]);
    styles.cover([rangeIn(root)]);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);

    // The page replaced its list since: ours is added again, theirs kept.
    const replaced = new CSSStyleSheet();
    root.adoptedStyleSheets = [replaced];
    styles.cover([rangeIn(root)]);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(replaced);

    styles.clear();
    expect(root.adoptedStyleSheets).toEqual([replaced]);
    host.remove();
  });
});
