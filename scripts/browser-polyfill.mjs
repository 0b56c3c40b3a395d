// Bundled into the extension in place of webextension-polyfill's entry (alias in wxt.config.ts).
// The polyfill's first step is this very check: where the browser already provides a
// promise-based `browser` (Firefox; Chromium 156+), it hands that back unchanged. Doing the check
// here means its 1,200-line wrapper is only compiled where it will actually wrap (older Chrome):
// on every page load that compile cost the content script 5–10 ms before it could read the page.
const native = globalThis.browser?.runtime?.id ? globalThis.browser : undefined;
export default native ?? require('webextension-polyfill/dist/browser-polyfill.js');
