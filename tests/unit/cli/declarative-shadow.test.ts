/**
 * Declarative shadow roots in the CLI (cli/declarative-shadow.ts): after parsing, the CLI's
 * document holds the tree a browser builds, and page/'s reader reads it as it reads a live page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../cli/annotate';
import { attachDeclarativeShadowRoots, parsePage } from '../../../cli/declarative-shadow';
import { extractArticle } from '../../../page/article';

type Hosting = Element & { shadowRoot: ShadowRoot | null };
const shadowOf = (doc: Document | ShadowRoot, selector: string) =>
  (doc.querySelector(selector) as Hosting | null)?.shadowRoot ?? null;

const FERRY =
  'The harbour board said the night ferry would stop running at the end of March, after forty years on the crossing.';
const PIER =
  'Repairs to the north pier are to begin in the spring and should take about eight months, the council said.';

const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;

describe('attachDeclarativeShadowRoots', () => {
  it("moves an open template's content into its host's shadow root, as a browser does", () => {
    const doc = parsePage(
      page(
        `<harbour-news><template shadowrootmode="open"><article><p>${FERRY}</p></article></template></harbour-news>`,
      ),
    );
    const root = shadowOf(doc, 'harbour-news');
    expect(root?.querySelector('p')?.textContent).toBe(FERRY);
    // The template is gone: nothing of it is left in the light DOM.
    expect(doc.getElementsByTagName('template').length).toBe(0);
    expect((doc.querySelector('harbour-news') as Element).childNodes.length).toBe(0);
    expect(extractArticle(doc).text).toBe(FERRY);
  });

  it('attaches nested declarations inside the outer shadow tree', () => {
    const doc = parsePage(
      page(
        '<harbour-news><template shadowrootmode="open"><section><h2>Harbour</h2>' +
          `<pier-report><template shadowrootmode="open"><p>${PIER}</p></template></pier-report>` +
          `<p>${FERRY}</p></section></template></harbour-news>`,
      ),
    );
    const outer = shadowOf(doc, 'harbour-news') as ShadowRoot;
    const inner = shadowOf(outer, 'pier-report') as ShadowRoot;
    expect(inner.querySelector('p')?.textContent).toBe(PIER);
    expect(inner.host).toBe(outer.querySelector('pier-report'));
    expect(extractArticle(doc).text).toBe(`Harbour\n\n${PIER}\n\n${FERRY}`);
    // Its text as a browser's ShadowRoot gives it (the first look reads it): a nested root's
    // text is not the outer root's.
    expect(outer.textContent).toBe(`Harbour${FERRY}`);
    expect(inner.textContent).toBe(PIER);
  });

  it("reads a host's light children through its slots, named and default", () => {
    const doc = parsePage(
      page(
        '<harbour-news><template shadowrootmode="open"><article><h2><slot name="title">No title</slot></h2>' +
          '<slot></slot><p><slot name="unused">Fallback shown.</slot></p></article></template>' +
          `<span slot="title">Ferries</span><p>${FERRY}</p><p slot="elsewhere">Not rendered.</p></harbour-news>`,
      ),
    );
    expect(extractArticle(doc).text).toBe(`Ferries\n\n${FERRY}\n\nFallback shown.`);
  });

  it('leaves a closed root unread, as the extension must on a live page (it cannot reach one)', () => {
    // A browser attaches the closed root and drops the template; a content script's
    // `host.shadowRoot` is null, so it reads neither the root's text nor (being gone) the
    // template's. The CLI attaches the root closed, and reads what the extension reads.
    const doc = parsePage(
      page(
        `<main><p>${PIER}</p><harbour-news><template shadowrootmode="closed"><p>${FERRY}</p></template></harbour-news></main>`,
      ),
    );
    expect(shadowOf(doc, 'harbour-news')).toBeNull();
    expect(doc.getElementsByTagName('template').length).toBe(0);
    expect(extractArticle(doc).text).toBe(PIER);
  });

  it('leaves inert a template whose parent cannot host a root, or already hosts one', () => {
    const doc = parsePage(
      page(
        `<main><p>${PIER}</p><ul><template shadowrootmode="open"><li>${FERRY}</li></template></ul>` +
          '<harbour-news><template shadowrootmode="open"><p>First.</p></template>' +
          `<template shadowrootmode="open"><p>${FERRY}</p></template></harbour-news>` +
          `<div><template shadowrootmode="sideways"><p>${FERRY}</p></template></div></main>`,
      ),
    );
    expect(shadowOf(doc, 'ul')).toBeNull();
    expect(shadowOf(doc, 'harbour-news')?.textContent).toBe('First.');
    expect(shadowOf(doc, 'div')).toBeNull();
    expect(doc.getElementsByTagName('template').length).toBe(3);
    expect(extractArticle(doc).text).not.toContain(FERRY);
  });

  it('counts the roots it attaches, and leaves a page without any as it was', () => {
    const doc = parsePage(page(`<article><p>${FERRY}</p></article>`));
    expect(attachDeclarativeShadowRoots(doc)).toBe(0);
    expect(extractArticle(doc).text).toBe(FERRY);
  });
});

describe('the annotator on a declarative shadow root', () => {
  const annotate = createAnnotator(story);
  const file = path.resolve(
    __dirname,
    '../../fixtures/pages/shapes/shadow-article-long-chrome.html',
  );
  const html = readFileSync(file, 'utf8');
  const texts = (source: string) => annotate(source).highlights.map((h) => h.text);

  it('highlights the article an open root holds', () => {
    expect(texts(html).some((t) => t.startsWith('By the end of September, coalition troops'))).toBe(
      true,
    );
  });

  it('gives no card from a closed root, as the extension gives none', () => {
    expect(html).toContain('shadowrootmode="open"');
    expect(texts(html.replace('shadowrootmode="open"', 'shadowrootmode="closed"'))).toEqual([]);
  });
});
