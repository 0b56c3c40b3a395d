/**
 * When this content script began to run. index.ts imports this module first, so the bundle
 * evaluates it before the story, the UI code and WXT's runtime: the first scan's measure
 * (claimlight:scan) starts here and counts all of our start-up.
 */
export const STARTED = performance.now();
