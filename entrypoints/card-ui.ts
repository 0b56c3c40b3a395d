/**
 * The card's UI code (Preact, the components, the shadow-root host), kept out of the content
 * script: every page on a news site compiles the content script, and only a reader who opens a
 * card needs this. The content script imports this file on the first open (content/load-card.ts);
 * it runs in the content script's isolated world and hands its one function over there.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardHost } from './content/card';
import { CARD_UI_KEY } from './content/load-card';

export default defineUnlistedScript(() => {
  Object.defineProperty(globalThis, CARD_UI_KEY, { value: { createCardHost }, configurable: true });
});
