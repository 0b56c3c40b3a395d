/**
 * What the popup shows for the tab it was opened on: the page's statements (asked of its content
 * script, which says which of them it paints under the reader's settings), a paused default
 * site, a site Claimlight is off on, or a page it cannot read.
 */
import { browser } from '#imports';
import type { Match } from '../../engine/types';
import { isPaused, siteOf } from '../../page/settings';
import { enabledOrigins } from '../background/site-scripts';
import type { SummaryRequest, SummaryResponse } from '../content/messages';
import { CONTENT_MATCHES } from '../content/news-sites';
import { loadSettings } from '../shared/settings-store';

/** Where the page is, for the switch: a default site (its pattern) or an opted-in origin. */
export type Site = { kind: 'default'; pattern: string } | { kind: 'added'; origin: string };

export type State =
  | { kind: 'loading' }
  | {
      kind: 'summary';
      tabId: number;
      matches: Match[];
      /** Indices into `matches` of the statements painted: the list (SummaryResponse.shown). */
      shown: number[];
      /** How many statements the reader's settings hide. */
      hidden: number;
      site: Site | null;
      host: string;
    }
  | { kind: 'paused'; tabId: number; pattern: string; host: string }
  | { kind: 'off'; tabId: number; origin: string }
  | { kind: 'unsupported' }
  | { kind: 'error'; message: string };

export async function loadState(): Promise<State> {
  const tab = await targetTab();
  if (tab?.id === undefined) return { kind: 'unsupported' };
  // The URL is there when the reader opened the popup on the tab (activeTab); a popup opened
  // as a page for tests has none, and then shows the list without the switch.
  const origin = webOrigin(tab.url);
  const host = origin ? new URL(origin).hostname.replace(/^www\./, '') : '';
  const pattern = tab.url ? siteOf(tab.url, CONTENT_MATCHES) : undefined;
  if (tab.url && pattern && isPaused(tab.url, await loadSettings()))
    return { kind: 'paused', tabId: tab.id, pattern, host };
  const site: Site | null = pattern
    ? { kind: 'default', pattern }
    : origin && (await enabledOrigins()).includes(origin)
      ? { kind: 'added', origin }
      : null;
  const request: SummaryRequest = { type: 'claimlight:summary' };
  const summary = (await browser.tabs.sendMessage(tab.id, request).catch(() => undefined)) as
    | SummaryResponse
    | undefined;
  if (summary) {
    const { matches } = summary;
    // An answer that does not say which are painted (malformed: checked, not trusted) lists all.
    const shown = Array.isArray(summary.shown) ? summary.shown : matches.map((_, i) => i);
    const hidden = Number.isInteger(summary.hidden) ? summary.hidden : 0;
    return { kind: 'summary', tabId: tab.id, matches, shown, hidden, site, host };
  }
  // Nobody answered. On a site Claimlight runs on, that is a page that never named the story's
  // place (the content script then stays silent: content/index.ts), or one still loading: it has
  // no statements. Anywhere else, Claimlight is off.
  if (site)
    return { kind: 'summary', tabId: tab.id, matches: [], shown: [], hidden: 0, site, host };
  return origin ? { kind: 'off', tabId: tab.id, origin } : { kind: 'unsupported' };
}

/** The active tab; `?tab=<id>` picks another one, so tests can open the popup as a page. */
async function targetTab() {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return browser.tabs.get(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function webOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}
