/**
 * A Vite plugin that writes WXT's wrapper of the content script down to what runs. WXT wraps
 * main() in a module that reports a crash at start-up through its own logger, which prints
 * nothing in a production build (it returns when the mode is "production") but still ships: its
 * four methods and the message, 190 of the bytes every page of a news site compiles. Without the
 * log, its try/catch only throws the error on, which the async function does by itself (the
 * browser still reports it in the extension's errors). And it hands the context the definition's
 * keys other than main(), which build-time-matches.ts has already left out: an empty object that
 * nothing reads (WXT's card helper asks `ctx.options?.cssInjectionMode` whether it is "ui"). So
 * the wrapper calls main() with our context (script-context.ts), 100 bytes fewer.
 */
/** WXT's wrapper of the content script (a virtual module whose id ends with the entrypoint's path). */
export const CONTENT_WRAPPER =
  /content-script-isolated-world-entrypoint\?[^?]*[\\/]entrypoints[\\/]content[\\/]index\.ts$/;

/** The wrapper's start-up as WXT 0.21 writes it, spaces aside. */
export const WXT_START = [
  'const result = (async () => {',
  'try {',
  'initPlugins();',
  'const { main, ...options } = definition;',
  'return await main(new ContentScriptContext(import.meta.env.ENTRYPOINT, options));',
  '} catch (err) {',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: WXT's source, matched as written there.
  'logger.error(`The content script "${import.meta.env.ENTRYPOINT}" crashed on startup!`, err);',
  'throw err;',
  '}',
  '})();',
].join(' ');

/** Ours, which does the same but for the silent log and the unread options. */
export const OUR_START =
  'const result = (async () => {\n\tinitPlugins();\n\treturn definition.main(new ContentScriptContext());\n})();';

/** The wrapper with our start-up; throws when WXT's is not there (WXT changed it). */
export function withOurStart(code: string): string {
  const from = code.indexOf(WXT_START.slice(0, WXT_START.indexOf(' try')));
  const to = code.indexOf('})();', from) + '})();'.length;
  if (from < 0 || code.slice(from, to).replace(/\s+/g, ' ') !== WXT_START)
    throw new Error(`WXT's content-script wrapper: expected "${WXT_START}" to replace`);
  return code.slice(0, from) + OUR_START + code.slice(to);
}

export function quietContentWrapper() {
  return {
    name: 'claimlight-quiet-content-wrapper',
    apply: 'build' as const,
    transform(code: string, id: string) {
      return CONTENT_WRAPPER.test(id) ? { code: withOurStart(code), map: null } : null;
    },
  };
}
