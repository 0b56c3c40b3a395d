/**
 * The one way components get their words: a lookup by messages.json key with `$1`… substitutions.
 * In the extension it is `browser.i18n.getMessage`; components never call the browser API
 * themselves (they only render), so the container hands it in. Tests build one from the same
 * `public/_locales/en/messages.json`.
 */
export type Translate = (key: string, substitutions?: string[]) => string;
