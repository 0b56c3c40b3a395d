/**
 * How components get their words: a function from a message name (public/_locales/en/
 * messages.json) and its substitutions to the reader's text. The container passes
 * browser.i18n.getMessage; tests pass the English file. Components never name the API.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** "1 statement" / "3 statements": i18n messages have no plural rules, so two keys. */
export function plural(t: Translate, n: number, one: string, many: string): string {
  return t(n === 1 ? one : many, String(n));
}
