import { describe, expect, it } from 'vitest';
import { linkChars, linkShare } from '../../../page/link-text';
import { DOMS } from './load-page';

/** What linkChars() counted before it walked the elements itself: the collection of `<a>`s. */
function byCollection(el: Element): number {
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linked += (links[i]?.textContent ?? '').length;
  return linked;
}

/** Blocks written for this test: plain, nested, links with markup inside, links at every depth. */
const BLOCKS = [
  '<p id="t">No link in this sentence at all.</p>',
  '<p id="t">A sentence with <a href="/a">one link</a> in the middle.</p>',
  '<p id="t"><a href="/a">Starts with a link</a>, then words, then <a href="/b">another</a></p>',
  '<p id="t">Inline <em>emphasis <a href="/a">with a <strong>bold</strong> link</a></em> and <b>more</b>.</p>',
  '<div id="t"><ul><li><a href="/1">First item</a></li><li><a href="/2">Second</a></li></ul><p>After <a href="/3">the list</a>.</p></div>',
  '<div id="t"><div><div><span><a href="/deep">deep down</a></span></div></div><a href="/top">top</a></div>',
  '<div id="t"><a href="/empty"></a><a href="/img"><img alt="x"></a> text</div>',
  '<div id="t"><section><p>One <a href="/x">x</a></p></section><section><p>Two</p></section><aside><a href="/y">why</a></aside></div>',
  '<p id="t">Mixed <A HREF="/u">upper-case tag</A> written by hand.</p>',
];

describe('link text', () => {
  for (const [name, parse] of DOMS) {
    it(`counts what the collection of <a>s holds, element by element (${name})`, () => {
      for (const html of BLOCKS) {
        const doc = parse(
          `<!doctype html><html><body>${html}<p>Outside <a href="/o">not counted</a></p></body></html>`,
        );
        const el = doc.getElementById('t') as Element;
        expect(linkChars(el), html).toBe(byCollection(el));
      }
    });

    it(`stops at the block's end, and shares link text out of its length (${name})`, () => {
      const doc = parse(
        '<!doctype html><html><body><div><p id="t">Read <a href="/a">this</a></p><a href="/b">beside it</a></div></body></html>',
      );
      const el = doc.getElementById('t') as Element;
      expect(linkChars(el)).toBe(4);
      expect(linkShare(el, 9)).toBeCloseTo(4 / 9);
      expect(linkShare(el, 0)).toBe(0);
    });
  }

  it('counts a link inside a link twice, as the collection lists both', () => {
    const doc = DOMS[0][1]('<!doctype html><html><body><p id="t">x</p></body></html>');
    const p = doc.getElementById('t') as Element;
    const outer = doc.createElement('a');
    outer.append('out ');
    const inner = doc.createElement('a');
    inner.append('in');
    outer.append(inner);
    p.append(outer);
    expect(linkChars(p)).toBe(byCollection(p));
    expect(linkChars(p)).toBe('out in'.length + 'in'.length);
  });
});
