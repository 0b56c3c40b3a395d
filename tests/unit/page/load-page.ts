/**
 * Parses a fixture from tests/fixtures/pages/ in both DOMs page/ must work in: happy-dom (the
 * test environment, like the browser) and linkedom (what the CLI uses).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

const PAGES = join(__dirname, '../../fixtures/pages');

export function readPage(name: string): string {
  return readFileSync(join(PAGES, name), 'utf8');
}

export function happyDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * The page loaded into the test window's own document. happy-dom's Range only works there:
 * on a DOMParser document every setStart() collapses the range.
 */
export function liveDocument(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  return document;
}

export function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export const DOMS = [
  ['happy-dom', happyDocument],
  ['linkedom', linkedomDocument],
] as const;
