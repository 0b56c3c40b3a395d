/**
 * When this content script began to run: the first statement of the built file reads the clock
 * (scripts/started-banner.ts), so the first scan's measure (claimlight:scan) counts all of our
 * start-up, the bundle's first modules included. Elsewhere (unit tests) it is this module's
 * evaluation.
 */
declare global {
  var __claimlightStarted: number | undefined;
}

export const STARTED: number = globalThis.__claimlightStarted ?? performance.now();
