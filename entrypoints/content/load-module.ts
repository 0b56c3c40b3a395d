/**
 * The content script's code that most pages never need lives in files of its own, imported on
 * first use: the reader (entrypoints/reader.ts: reading, matching and painting an article, for a
 * page that names the story's place) and the card's UI (entrypoints/card-ui.ts, on a first
 * click). Every page compiles the content script; only these pages pay for the rest.
 *
 * Each file is an extension resource the page cannot read (per-session URL in Chromium,
 * web_accessible_resources in wxt.config.ts). import() evaluates it in this script's isolated
 * world, where it leaves what it exports under its key on the global object (invisible to the
 * page's scripts), since WXT builds these files as classic scripts.
 */
import { browser } from '#imports';

export type LazyModule = {
  /** Where the build puts the file (an entrypoint of ours, so WXT types its path). */
  file: '/reader.js' | '/card-ui.js';
  /** The isolated world's global the file registers under. */
  key: string;
};

export const READER_MODULE: LazyModule = { file: '/reader.js', key: 'claimlightReader' };
export const CARD_UI_MODULE: LazyModule = { file: '/card-ui.js', key: 'claimlightCardUi' };

/** Called by the lazily loaded file itself, at its evaluation. */
export function registerModule(module: LazyModule, exports: object): void {
  Object.defineProperty(globalThis, module.key, { value: exports, configurable: true });
}

export async function loadModule<T>(module: LazyModule): Promise<T> {
  const registered = () => (globalThis as Record<string, unknown>)[module.key] as T | undefined;
  if (!registered()) await import(/* @vite-ignore */ browser.runtime.getURL(module.file));
  const exports = registered();
  if (!exports) throw new Error(`${module.file} did not register itself`);
  return exports;
}
