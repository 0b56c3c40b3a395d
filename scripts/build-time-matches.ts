/**
 * A Vite plugin that leaves the content script's `matches` out of its bundle. WXT reads them
 * when it writes the manifest, by importing the entrypoint in Node (a "serve" environment of its
 * own, where a plugin applied only to builds does not run); at run time nothing reads them, and
 * the list of news sites was 650 of the bytes that every page of those sites compiles.
 */
/** The entrypoint's own file (not WXT's virtual wrapper, whose id ends with its path after a "?"). */
export const CONTENT_ENTRY = /^[^?]*[\\/]entrypoints[\\/]content[\\/]index\.ts$/;
export const MATCHES_LINE = 'matches: CONTENT_MATCHES,';

/** The entrypoint's source without its `matches`; throws when the line is not there to remove. */
export function withoutMatches(code: string): string {
  const at = code.indexOf(MATCHES_LINE);
  if (at < 0 || code.indexOf(MATCHES_LINE, at + 1) >= 0)
    throw new Error(`entrypoints/content/index.ts: expected one "${MATCHES_LINE}" to leave out`);
  return code.slice(0, at) + code.slice(at + MATCHES_LINE.length);
}

export function buildTimeMatches() {
  return {
    name: 'claimlight-build-time-matches',
    apply: 'build' as const,
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      return CONTENT_ENTRY.test(id) ? { code: withoutMatches(code), map: null } : null;
    },
  };
}
