// Bundled into the extension in place of webextension-polyfill's entry (alias in wxt.config.ts).
// The polyfill's first step is this very check: where the browser already provides a
// promise-based `browser` (Firefox; Chromium 156+), it hands that back unchanged. Doing the check
// here means its 1,200-line wrapper is only compiled where it will actually wrap (older Chrome):
// on every page load that compile cost the content script 5–10 ms before it could read the page.
//
// The scripts that run in web pages go further and carry no polyfill at all: the content
// script (compiled by every page on a news site), the reader it imports and the card's UI. All
// they call is runtime.id / getURL / connect / sendMessage, storage.sync.get, storage.onChanged,
// i18n and runtime.onMessage with a sendResponse callback, which MV3's `chrome` offers unchanged
// (promises included) in every browser without `browser`. The build replaces
// import.meta.env.ENTRYPOINT with the entrypoint's name, so for them the polyfill's branch is
// dropped (it was a third of the reader's file).
// The content script does not even look at `browser.runtime` when it starts: in Chromium the
// first touch of `runtime` builds its bindings, 2–3 ms that a page not about the story does not
// need (it never calls the extension: entrypoints/content/index.ts). `chrome` is there in every
// browser's content scripts, and all the content script itself calls (runtime.getURL,
// runtime.onMessage, runtime.id) works the same on it; reading the global costs nothing.
// (Spelt out, not a list's includes(): the build can only drop the branch of a comparison.)
const entrypoint = import.meta.env?.ENTRYPOINT;
const native = () => (globalThis.browser?.runtime?.id ? globalThis.browser : undefined);
export default entrypoint === 'content'
  ? globalThis.chrome
  : entrypoint === 'reader' || entrypoint === 'card-ui'
    ? (native() ?? globalThis.chrome)
    : (native() ?? require('webextension-polyfill/dist/browser-polyfill.js'));
