// Types of phase-stamps.mjs (plain JavaScript, run by node without a build), for the unit test.
export function stampPhases(events: unknown[]): Record<string, number> | null;
