import { describe, expect, it } from 'vitest';
import { precedes } from '../../../page/document-order';
import { DOMS } from './load-page';

describe.each(DOMS)('precedes in %s', (_name, parse) => {
  it('tells document order across depths, as a browser does', () => {
    const doc = parse(
      '<html><body><div id="top"><a href="/"><img id="logo"></a></div><h1 id="h">H</h1><section id="s"><p id="p">x</p></section></body></html>',
    );
    const el = (id: string) => doc.getElementById(id) as Element;
    expect(precedes(el('logo'), el('h'))).toBe(true);
    expect(precedes(el('h'), el('logo'))).toBe(false);
    expect(precedes(el('h'), el('p'))).toBe(true);
    expect(precedes(el('p'), el('top'))).toBe(false);
    // An ancestor comes before what it holds; a node is not before itself.
    expect(precedes(el('s'), el('p'))).toBe(true);
    expect(precedes(el('p'), el('s'))).toBe(false);
    expect(precedes(el('p'), el('p'))).toBe(false);
  });
});
