// Bundled into the extension in place of webextension-polyfill's entry (alias in wxt.config.ts).
// The polyfill's first step is this very check: where the browser already provides a
// promise-based `browser` (Firefox; Chromium 156+), it hands that back unchanged. Doing the check
// here means its 1,200-line wrapper is only compiled where it will actually wrap (older Chrome):
// on every page load that compile cost the content script 5–10 ms before it could read the page.
//
// The content script itself (entrypoints/content/index.ts, built alone, compiled by every page
// on a news site) goes further and carries no polyfill at all: all it calls is runtime.id,
// runtime.getURL and runtime.onMessage with a sendResponse callback, which `chrome` offers
// unchanged in every browser without `browser`. The build replaces import.meta.env.ENTRYPOINT
// with the entrypoint's name, so for the content script the polyfill's branch is dropped.
const native = globalThis.browser?.runtime?.id ? globalThis.browser : undefined;
export default import.meta.env?.ENTRYPOINT === 'content'
  ? (native ?? globalThis.chrome)
  : (native ?? require('webextension-polyfill/dist/browser-polyfill.js'));
