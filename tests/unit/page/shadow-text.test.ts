/**
 * Where page/shadow-text.ts looks for open shadow roots: on a page with much light text, in
 * custom elements only. Only custom elements and a fixed list of built-ins can host a shadow
 * root, so leaving out that list (and any other tag) must leave out no custom element.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eachOpenShadowRoot, shadowSearch } from '../../../page/shadow-text';

/** The built-ins attachShadow() accepts (DOM standard); every other host is a custom element. */
const BUILT_IN_HOSTS = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/** Open shadow roots found the way a page with `lightChars` of light text is searched. */
const found = (lightChars: number) => {
  const search = shadowSearch(document.body, lightChars);
  if (!search) throw new Error('expected a search');
  return [...eachOpenShadowRoot(document, search)].filter((s): s is ShadowRoot => s !== null);
};

/** Each tag in `tags` under the body, with an open shadow root holding its own name. */
const hosts = (tags: string[]) => {
  document.body.replaceChildren();
  for (const tag of tags) {
    const el = document.createElement(tag);
    document.body.append(el);
    el.attachShadow({ mode: 'open' }).textContent = tag;
  }
};

describe('shadowSearch', () => {
  afterEach(() => document.body.replaceChildren());

  it('beside long light text, asks no built-in that can host a shadow root', () => {
    hosts(BUILT_IN_HOSTS.filter((tag) => tag !== 'body'));
    expect(found(5_000)).toEqual([]);
    // With little light text, every element is asked.
    expect(found(10).map((s) => s.textContent)).toEqual(
      BUILT_IN_HOSTS.filter((tag) => tag !== 'body'),
    );
  });

  it('beside long light text, asks every custom element, whatever its name', () => {
    const custom = ['news-story', 'x-a', 'div-card', 'p-2', 'story-part-body'];
    hosts(custom);
    expect(found(5_000).map((s) => s.textContent)).toEqual(custom);
  });

  it('finds nested roots in custom elements, outer ones first', () => {
    hosts(['news-app']);
    const outer = (document.querySelector('news-app') as Element).shadowRoot as ShadowRoot;
    const wrapper = document.createElement('div');
    wrapper.append(document.createElement('news-story'));
    outer.replaceChildren(wrapper);
    (outer.querySelector('news-story') as Element).attachShadow({ mode: 'open' }).textContent =
      'inner';
    expect(found(5_000).map((s) => s.textContent)).toEqual(['', 'inner']);
  });
});
