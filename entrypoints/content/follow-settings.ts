/**
 * The content script's copy of the reader's settings: read once a page passes the first look
 * (a page not about the story never reads them; a paused site stops there), applied to <html>
 * at once, and kept current while the tab is open, so a change on the options page shows on
 * open articles without a reload.
 */
import { applyHighlightStyle } from '../../page/apply-settings';
import type { Settings } from '../../page/settings';
import { watchSettings } from '../shared/settings-store';

/** The live settings; `current` is replaced on every change, before `onChange` runs. */
export type FollowedSettings = { current: Settings };

/** Applies the settings just read (`initial`) and follows them until `signal` aborts. */
export function followSettings(
  doc: Document,
  initial: Settings,
  signal: AbortSignal,
  onChange: () => void,
): FollowedSettings {
  const followed: FollowedSettings = { current: initial };
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
