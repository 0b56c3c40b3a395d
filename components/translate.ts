/**
 * The one way components get their words: a lookup by message name (public/_locales/en/
 * messages.json) with `$1`… substitutions. In the extension it is `browser.i18n.getMessage`;
 * components never call the browser API themselves (they only render), so the container hands
 * it in. Tests build one from the same English file.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** "1 statement" / "3 statements": i18n messages have no plural rules, so two keys. */
export function plural(t: Translate, n: number, one: string, many: string): string {
  return t(n === 1 ? one : many, String(n));
}
