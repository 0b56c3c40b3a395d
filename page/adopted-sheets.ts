/**
 * The adoptedStyleSheets of a document or a shadow root, read and written from the content
 * script's world. Chromium gives a content script the list itself. Firefox shows a content
 * script the page's objects through Xray wrappers, which in ESR 140 do not carry the list
 * (reading it gives nothing to iterate, so our highlight rules were never added and highlights
 * were registered unstyled). There the page's own view of the node (`wrappedJSObject`) holds it:
 * the list we write is made in the page's world (`cloneInto`, our sheet passed as the DOM object
 * it is), and the sheets read back are seen again through `XPCNativeWrapper`, so that ours
 * compares equal to the one we hold. The page sees the same list either way.
 */
type Adopting = Document | ShadowRoot;
type PageView = { adoptedStyleSheets: readonly CSSStyleSheet[] };
type CloneInto = (value: unknown, target: object, options: { wrapReflectors: boolean }) => never;

/** Firefox's content-script functions, absent in Chromium. */
const firefox = globalThis as unknown as {
  cloneInto?: CloneInto;
  XPCNativeWrapper?: <T>(value: T) => T;
};

function pageView(target: Adopting): PageView | undefined {
  if (typeof firefox.cloneInto !== 'function') return undefined;
  return (target as unknown as { wrappedJSObject?: PageView }).wrappedJSObject;
}

/** The sheets `target` has adopted, ours among them as the objects we made. */
export function adoptedSheets(target: Adopting): CSSStyleSheet[] {
  const page = pageView(target);
  if (!page) return Array.from(target.adoptedStyleSheets);
  const unwaive = firefox.XPCNativeWrapper ?? (<T>(value: T) => value);
  return Array.from(page.adoptedStyleSheets, (sheet) => unwaive(sheet));
}

/** Replaces the sheets `target` has adopted with `sheets`. */
export function adoptSheets(target: Adopting, sheets: CSSStyleSheet[]): void {
  const page = pageView(target);
  if (!page || !firefox.cloneInto) {
    target.adoptedStyleSheets = sheets;
    return;
  }
  const view = (target.ownerDocument ?? (target as Document)).defaultView ?? globalThis;
  page.adoptedStyleSheets = firefox.cloneInto(sheets, view, { wrapReflectors: true });
}
