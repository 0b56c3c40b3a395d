/**
 * The extension pages' words and language: browser.i18n with the bundled _locales, and the
 * UI language put on <html lang>, so screen readers read our text with the right rules.
 */
import { browser } from '#imports';
import type { Translate } from '../../components/translate';

// WXT types getMessage with the known names only; components pass names as plain strings.
type GetMessage = (key: string, subs?: string | string[]) => string;

/**
 * The message, or its name when it is missing (a visible bug, rather than an empty label).
 * browser.i18n is looked up on the first call, not when this module loads: the content script
 * imports it, and most pages never show a word of ours.
 */
export const t: Translate = (key, substitutions) =>
  (browser.i18n.getMessage as GetMessage)(key, substitutions) || key;

/**
 * Sets <html lang> and the document title from the messages. The language is the one the
 * messages are written in (each locale's `uiLanguage`), not the browser's: with no French
 * messages a French browser still gets English text, and it must be read as English.
 */
export function localiseDocument(titleKey: string): void {
  document.documentElement.lang = t('uiLanguage');
  document.title = t(titleKey);
}
