/**
 * The extension pages' words and language: browser.i18n with the bundled _locales, and the
 * UI language put on <html lang>, so screen readers read our text with the right rules.
 */
import { browser } from '#imports';
import type { Translate } from '../../components/translate';

// WXT types getMessage with the known names only; components pass names as plain strings.
const getMessage = browser.i18n.getMessage as (key: string, subs?: string | string[]) => string;

/** The message, or its name when it is missing (a visible bug, rather than an empty label). */
export const t: Translate = (key, substitutions) => getMessage(key, substitutions) || key;

/**
 * Sets <html lang> and the document title from the messages. The language is the one the
 * messages are written in (each locale's `uiLang`), not the browser's: with no French
 * messages a French browser still gets English text, and it must be read as English.
 */
export function localiseDocument(titleKey: string): void {
  document.documentElement.lang = t('uiLang');
  document.title = t(titleKey);
}
