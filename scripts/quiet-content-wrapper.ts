/**
 * A Vite plugin that leaves WXT's start-up logger out of the content script. WXT wraps main() in
 * a module that reports a crash at start-up through its own logger, which prints nothing in a
 * production build (it returns when the mode is "production") but still ships: its four methods
 * and the message, 190 of the bytes every page of a news site compiles. The error itself is
 * thrown on as before, so the browser still reports it in the extension's errors.
 */
/** WXT's wrapper of the content script (a virtual module whose id ends with the entrypoint's path). */
export const CONTENT_WRAPPER =
  /content-script-isolated-world-entrypoint\?[^?]*[\\/]entrypoints[\\/]content[\\/]index\.ts$/;
/** The wrapper's one call of its logger (WXT 0.21), left out with the logger it alone uses. */
export const CRASH_LOG =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: WXT's source, matched as written there.
  'logger.error(`The content script "${import.meta.env.ENTRYPOINT}" crashed on startup!`, err);';

/** The wrapper without its crash log; throws when the call is not there (WXT changed it). */
export function withoutCrashLog(code: string): string {
  const at = code.indexOf(CRASH_LOG);
  if (at < 0 || code.indexOf(CRASH_LOG, at + 1) >= 0)
    throw new Error(`WXT's content-script wrapper: expected one "${CRASH_LOG}" to leave out`);
  return code.slice(0, at) + code.slice(at + CRASH_LOG.length);
}

export function quietContentWrapper() {
  return {
    name: 'claimlight-quiet-content-wrapper',
    apply: 'build' as const,
    transform(code: string, id: string) {
      return CONTENT_WRAPPER.test(id) ? { code: withoutCrashLog(code), map: null } : null;
    },
  };
}
