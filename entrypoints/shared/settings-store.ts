/**
 * The settings in `browser.storage.sync`, so they follow the reader to their other browsers.
 * The only module that reads or writes them; page/settings.ts says what they mean.
 */
import { browser } from '#imports';
import { readSettings, SETTINGS_KEY, type Settings } from '../../page/settings';

/** The stored settings, defaults filled in. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** Replaces the stored settings; every open tab hears of it through `watchSettings`. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: readSettings(settings) });
}

/** Calls `onChange` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) onChange(readSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}
