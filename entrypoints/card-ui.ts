/**
 * The card's UI code (Preact, the components, their styles, the shadow-root host), kept out of
 * the content script: only a reader who opens a card needs it. Imported on the first click
 * (content/load-module.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardHost } from './content/card';
import { CARD_UI_MODULE, registerModule } from './content/load-module';

export type CardUi = { createCardHost: typeof createCardHost };

export default defineUnlistedScript(() => {
  registerModule(CARD_UI_MODULE, { createCardHost } satisfies CardUi);
});
