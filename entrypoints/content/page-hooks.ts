/**
 * What a scan leaves where the page's own scripts can read it: the count on `<html>`
 * (`data-claimlight="highlights:N"`) and the `claimlight:scan` performance measure. The E2E
 * tests, `npm start` and the bench wait for and read them. The page shares the DOM and the
 * performance timeline with the content script, so on a news site the same marks would tell the
 * site, on every article, that its reader runs Claimlight (even where the article is not about
 * the story). They are left only on the local hosts those tools serve their pages from.
 */

/** Hosts of the pages our own tools serve (scripts/local-browser.mjs serves on 127.0.0.1). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True when the document's origin is a local host. The origin, not the address: an about:blank
 * or srcdoc frame has the address "about:…" and the origin of the page that wrote it.
 */
export function leavesHooks(origin: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(origin).hostname);
  } catch {
    // An opaque origin ("null"): a sandboxed frame is nobody's test page.
    return false;
  }
}

/** The origin of `doc`'s window, or "null" for a document without one. */
function originOf(doc: Document): string {
  return doc.defaultView?.origin ?? 'null';
}

/** Sets the count on `<html>` (local hosts only); `null` removes it. */
export function markHighlights(doc: Document, count: number | null): void {
  const root = doc.documentElement;
  if (count === null) root.removeAttribute('data-claimlight');
  else if (leavesHooks(originOf(doc))) root.setAttribute('data-claimlight', `highlights:${count}`);
}

/** Whether the scan's performance measure may be recorded in this window. */
export function measuresScans(win: { origin: string } = window): boolean {
  return leavesHooks(win.origin);
}
