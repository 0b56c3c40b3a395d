/**
 * A Vite plugin that leaves the content script's manifest keys (`matches`, `allFrames`,
 * `runAt`…) out of its bundle. WXT reads them when it writes the manifest, by importing the
 * entrypoint in Node (a "serve" environment of its own, where a plugin applied only to builds
 * does not run); at run time nothing reads them (WXT's card helper asks `cssInjectionMode` only
 * whether it is "ui"), and the list of news sites was 650 of the bytes that every page of those
 * sites compiles, the other keys 110 more.
 */
/** The entrypoint's own file (not WXT's virtual wrapper, whose id ends with its path after a "?"). */
export const CONTENT_ENTRY = /^[^?]*[\\/]entrypoints[\\/]content[\\/]index\.ts$/;
export const MATCHES_LINE = 'matches: CONTENT_MATCHES,';
/** The entrypoint's lines that only the manifest reads, each as written there. */
export const MANIFEST_LINES = [
  MATCHES_LINE,
  'allFrames: true,',
  'matchAboutBlank: true,',
  "cssInjectionMode: 'manual',",
  "runAt: 'document_idle',",
  'noScriptStartedPostMessage: true,',
];

/** The entrypoint's source without its manifest keys; throws when a line is not there to remove. */
export function withoutMatches(code: string): string {
  let out = code;
  for (const line of MANIFEST_LINES) {
    const at = out.indexOf(line);
    if (at < 0 || out.indexOf(line, at + 1) >= 0)
      throw new Error(`entrypoints/content/index.ts: expected one "${line}" to leave out`);
    out = out.slice(0, at) + out.slice(at + line.length);
  }
  return out;
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
