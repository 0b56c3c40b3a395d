/**
 * Where Claimlight runs without asking: major outlets that cover the withdrawal, plus local
 * servers for development and tests. Any other site is opt-in from the popup (optional host
 * permission + a dynamically registered content script), so the install prompt stays narrow.
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

export const DEV_SITES = ['http://localhost/*', 'http://127.0.0.1/*'];

// Pure, so that a bundle that does not read it drops it (the content script's: build-time-matches.ts).
export const CONTENT_MATCHES = /* @__PURE__ */ NEWS_SITES.concat(DEV_SITES);

/** Patterns the reader may grant one origin at a time from the popup. */
export const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];
