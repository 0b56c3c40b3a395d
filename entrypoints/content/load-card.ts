/**
 * Loads the card's UI code (entrypoints/card-ui.ts) on a card's first open. The file is an
 * extension resource the page cannot read (per-session URL in Chromium, web_accessible_resources
 * in wxt.config.ts); import() evaluates it in this script's isolated world, where it leaves its
 * function under CARD_UI_KEY.
 */
import { browser } from '#imports';
import type { createCardHost } from './card';

/** The isolated world's global the card UI registers under (invisible to the page's scripts). */
export const CARD_UI_KEY = 'claimlightCardUi';
/** Where the build puts entrypoints/card-ui.ts. */
export const CARD_UI_FILE = '/card-ui.js';

export type CardUi = { createCardHost: typeof createCardHost };

export async function loadCardUi(): Promise<CardUi> {
  const registered = () =>
    (globalThis as Record<string, unknown>)[CARD_UI_KEY] as CardUi | undefined;
  if (!registered()) await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_FILE));
  const ui = registered();
  if (!ui) throw new Error(`${CARD_UI_FILE} did not register the card UI`);
  return ui;
}
