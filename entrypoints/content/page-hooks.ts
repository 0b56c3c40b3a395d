/**
 * What a scan leaves where the page's own scripts can read it: the count on `<html>`
 * (`data-claimlight="highlights:N"`) and the `claimlight:scan` performance measure. The E2E
 * tests, `npm start` and the bench wait for and read them. The page shares the DOM and the
 * performance timeline with the content script, so on a news site the same marks would tell the
 * site, on every article, that its reader runs Claimlight (even where the article is not about
 * the story). They are left only on the local hosts those tools serve their pages from, and
 * never by the store build (which does not run there unless a reader adds such a host).
 */
import { STORE_MODE } from './news-sites';

/**
 * Origins of the pages our own tools serve (scripts/local-browser.mjs: 127.0.0.1), at any port.
 * A pattern rather than a URL parse: this file is in the content script every page compiles.
 */
const LOCAL_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/;

/**
 * True when `origin` is a local host's. The origin, not the address: an about:blank or srcdoc
 * frame has the address "about:…" and the origin of the page that wrote it; a sandboxed frame's
 * origin is "null".
 */
export function leavesHooks(origin: string): boolean {
  return import.meta.env.MODE !== STORE_MODE && LOCAL_ORIGIN.test(origin);
}

/** Sets the count on `<html>` (local hosts only); `null` removes it. */
export function markHighlights(doc: Document, count: number | null): void {
  const root = doc.documentElement;
  if (count === null) root.removeAttribute('data-claimlight');
  else if (leavesHooks(doc.defaultView?.origin ?? ''))
    root.setAttribute('data-claimlight', `highlights:${count}`);
}

/** Whether this window is a local host's: the scan's measure and count may be left in it. */
export function onLocalHost(): boolean {
  return leavesHooks(self.origin);
}
