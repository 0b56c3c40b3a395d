/**
 * Declarative shadow roots for the CLI's DOM. A browser parsing `<template shadowrootmode="open">`
 * inside an element attaches a shadow root to that element and moves the template's content into
 * it (the template itself is gone); linkedom leaves the template where it is, as an element that
 * page/article.ts skips, so a server-rendered web component's article went unread by the CLI
 * while the extension highlighted it. attachDeclarativeShadowRoots() does after parsing what the
 * browser does while parsing, so page/ reads the same tree in both: an open root through
 * `shadowRoot`, as on a live page, and a closed one not at all (the extension cannot reach a
 * closed root on a live page either, so its text gets no card from the CLI).
 *
 * linkedom's ShadowRoot also lacks what page/ asks of a browser's: its `textContent` (null in
 * linkedom), which the first look reads, is given to each attached root.
 *
 * Slots: a browser renders a host's light children through its shadow root's `<slot>`s, and
 * page/article.ts reads them through `assignedNodes()`, which linkedom lacks; each slot of an
 * attached root is given that method, assigning the host's children as a browser does (by their
 * `slot` attribute, to the first slot of that name in tree order).
 */
import { parseHTML } from 'linkedom';

/** The elements that attachShadow() accepts besides custom elements (the DOM standard's list). */
const VALID_HOSTS = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(
    ' ',
  ),
);

/** A valid custom element name: a lowercase ASCII letter first, and a hyphen. */
const CUSTOM_ELEMENT = /^[a-z][^A-Z]*-[^A-Z]*$/;

type Mode = 'open' | 'closed';

type Host = Element & { attachShadow(init: { mode: Mode }): ShadowRoot };

/** The page's document, with its declarative shadow roots attached as a browser would. */
export function parsePage(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  attachDeclarativeShadowRoots(document);
  return document;
}

/**
 * Attaches each `<template shadowrootmode="open|closed">` of `doc` to its parent, nested ones
 * included (a root declared inside another's content ends up in that shadow tree, as in a
 * browser); returns how many were attached. A template whose parent cannot host a shadow root,
 * or already hosts one (a second declaration), stays an inert template, as in a browser.
 */
export function attachDeclarativeShadowRoots(doc: Document): number {
  // getElementsByTagName, not querySelectorAll: linkedom's selectors, like a browser's, do not
  // enter a template's content, where nested declarations sit.
  const declared: { template: Element; host: Element; mode: Mode }[] = [];
  const hosts = new Set<Element>();
  for (const template of Array.from(doc.getElementsByTagName('template'))) {
    const mode = template.getAttribute('shadowrootmode')?.toLowerCase();
    if (mode !== 'open' && mode !== 'closed') continue;
    const host = template.parentElement;
    if (!host || hosts.has(host) || !canHostShadow(host)) continue;
    hosts.add(host);
    declared.push({ template, host, mode });
  }
  // Innermost first: a nested declaration is attached inside its outer template's content,
  // and the host moves into the outer shadow root with its own root attached.
  for (const { template, host, mode } of declared.reverse()) {
    const root = (host as Host).attachShadow({ mode });
    while (template.firstChild) root.appendChild(template.firstChild);
    template.remove();
    if (mode === 'open') {
      Object.defineProperty(root, 'textContent', { get: () => textOf(root), configurable: true });
      assignSlots(root, host);
    }
  }
  return declared.length;
}

/** A fragment's text, as a browser's `ShadowRoot.textContent` gives it (linkedom's is null). */
function textOf(root: ShadowRoot): string {
  let text = '';
  for (let node = root.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1 || node.nodeType === 3) text += node.textContent ?? '';
  return text;
}

function canHostShadow(el: Element): boolean {
  if ((el as { shadowRoot?: ShadowRoot | null }).shadowRoot) return false;
  const name = el.localName.toLowerCase();
  return VALID_HOSTS.has(name) || CUSTOM_ELEMENT.test(el.localName);
}

/**
 * Gives each `<slot>` of `root` the `assignedNodes()` of a browser: the host's child elements
 * and text whose `slot` attribute names it (none: the default slot), for the first slot of
 * each name in tree order; the others get none (and show their fallback content).
 */
function assignSlots(root: ShadowRoot, host: Element): void {
  const slots = Array.from(root.querySelectorAll('slot'));
  if (slots.length === 0) return;
  const byName = new Map<string, Node[]>();
  for (const slot of slots) {
    const name = slot.getAttribute('name') ?? '';
    const assigned: Node[] = [];
    if (!byName.has(name)) {
      byName.set(name, assigned);
      for (let node = host.firstChild; node; node = node.nextSibling) {
        const slotName =
          node.nodeType === 1
            ? ((node as Element).getAttribute('slot') ?? '')
            : node.nodeType === 3
              ? ''
              : null;
        if (slotName === name) assigned.push(node);
      }
    }
    Object.defineProperty(slot, 'assignedNodes', { value: () => assigned, configurable: true });
  }
}
