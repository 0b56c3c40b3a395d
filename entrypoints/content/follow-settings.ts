/**
 * The content script's copy of the reader's settings: read once a page passes the first look
 * (a page not about the story never reads them; a paused site stops there), applied to <html> at once, and kept current while the tab is open, so a
 * change on the options page shows on open articles without a reload.
 */
import { applyHighlightStyle } from '../../page/apply-settings';
import type { Settings } from '../../page/settings';
import { loadSettings, watchSettings } from '../shared/settings-store';

/** The live settings; `current` is replaced on every change, before `onChange` runs. */
export type FollowedSettings = { current: Settings };

export async function followSettings(
  doc: Document,
  signal: AbortSignal,
  onChange: () => void,
): Promise<FollowedSettings> {
  const followed: FollowedSettings = { current: await loadSettings() };
  applyHighlightStyle(doc, followed.current);
  watchSettings((next) => {
    followed.current = next;
    applyHighlightStyle(doc, next);
    onChange();
  }, signal);
  signal.addEventListener(
    'abort',
    () => doc.documentElement.removeAttribute('data-claimlight-style'),
    { once: true },
  );
  return followed;
}
