/**
 * Where Claimlight runs without asking: major outlets that cover the withdrawal, plus, in every
 * build but the store's, the local servers of development and tests. Any other site is opt-in
 * from the popup or the options page (optional host permission + a dynamically registered
 * content script: background/site-scripts.ts), so the install prompt stays narrow.
 * Imported by wxt.config.ts at build time: plain data only.
 */
export const NEWS_SITES = [
  'https://*.reuters.com/*',
  'https://*.apnews.com/*',
  'https://*.bbc.com/*',
  'https://*.bbc.co.uk/*',
  'https://*.nytimes.com/*',
  'https://*.washingtonpost.com/*',
  'https://*.theguardian.com/*',
  'https://*.aljazeera.com/*',
  'https://*.rudaw.net/*',
  'https://*.kurdistan24.net/*',
  'https://*.shafaq.com/*',
  'https://*.aa.com.tr/*',
  'https://*.france24.com/*',
  'https://*.dw.com/*',
  'https://*.cnn.com/*',
  'https://*.npr.org/*',
  'https://*.thenationalnews.com/*',
];

/** The local hosts the tests, the demo and the bench serve their pages from. */
export const DEV_SITES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The build mode of the store packages (`npm run zip`, `npm run build:store`). */
export const STORE_MODE = 'store';

/** Where the content script runs in a build of `mode`: the store's leaves the local hosts out. */
export function contentMatches(mode: string | undefined): string[] {
  return mode === STORE_MODE ? NEWS_SITES : NEWS_SITES.concat(DEV_SITES);
}

// Pure, so that a bundle that does not read it drops it (the content script's: build-time-matches.ts).
// `import.meta.env` is Vite's, undefined where wxt.config.ts imports this file in plain Node.
export const CONTENT_MATCHES = /* @__PURE__ */ contentMatches(import.meta.env?.MODE);

/** Patterns the reader may grant one origin at a time from the popup. */
export const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];
