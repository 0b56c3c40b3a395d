/**
 * The popup's connected root: finds the current tab, asks its content script what it
 * highlighted, and renders components/PageSummary. On a site Claimlight does not run on, it
 * offers to turn it on (optional host permission, then the background registers the script).
 * Below, whatever the page, components/KnowledgeSearch searches the bundled knowledge base.
 */

import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { KnowledgeSearch } from '../../components/KnowledgeSearch';
import { PageSummary } from '../../components/PageSummary';
import type { Match } from '../../engine/types';
import { enabledOrigins } from '../background/site-scripts';
import type {
  OpenRequest,
  SiteRequest,
  SiteResponse,
  SummaryRequest,
  SummaryResponse,
} from '../content/messages';
import { useKnowledgeSearch } from './use-knowledge-search';

type State =
  | { kind: 'loading' }
  | { kind: 'summary'; tabId: number; matches: Match[]; origin: string | null; optedIn: boolean }
  | { kind: 'off'; tabId: number; origin: string }
  | { kind: 'unsupported' }
  | { kind: 'error'; message: string };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const search = useKnowledgeSearch();

  useEffect(() => {
    load().then(setState, (error: unknown) => setState({ kind: 'error', message: String(error) }));
  }, []);

  return (
    <main class="cl-popup">
      <h1 class="cl-popup__title">Claimlight</h1>
      <Body state={state} setState={setState} />
      <KnowledgeSearch {...search} />
    </main>
  );
}

function Body({ state, setState }: { state: State; setState: (s: State) => void }) {
  switch (state.kind) {
    case 'loading':
      return <p class="cl-popup__note">Reading this page…</p>;
    case 'unsupported':
      return <p class="cl-popup__note">Claimlight works on web pages (http and https) only.</p>;
    case 'error':
      return <p class="cl-popup__note">Something went wrong: {state.message}</p>;
    case 'off':
      return (
        <>
          <p class="cl-popup__note">Claimlight is not turned on for {state.origin}.</p>
          <button
            type="button"
            class="cl-popup__button"
            onClick={() =>
              enable(state.tabId, state.origin).catch((e) =>
                setState({ kind: 'error', message: String(e) }),
              )
            }
          >
            Enable Claimlight on this site
          </button>
        </>
      );
    case 'summary':
      return (
        <>
          <PageSummary
            matches={state.matches}
            onSelect={(index) => {
              const request: OpenRequest = { type: 'claimlight:open', index };
              browser.tabs.sendMessage(state.tabId, request).finally(() => window.close());
            }}
          />
          {state.optedIn && state.origin && (
            <button
              type="button"
              class="cl-popup__button cl-popup__button--off"
              onClick={() =>
                disable(state.tabId, state.origin as string).catch((e) =>
                  setState({ kind: 'error', message: String(e) }),
                )
              }
            >
              Turn Claimlight off on this site
            </button>
          )}
        </>
      );
  }
}

async function load(): Promise<State> {
  const tab = await targetTab();
  if (tab?.id === undefined) return { kind: 'unsupported' };
  const origin = webOrigin(tab.url);
  try {
    const request: SummaryRequest = { type: 'claimlight:summary' };
    const summary = (await browser.tabs.sendMessage(tab.id, request)) as
      | SummaryResponse
      | undefined;
    if (!summary) throw new Error('no content script');
    const optedIn = !!origin && (await enabledOrigins()).includes(origin);
    return { kind: 'summary', tabId: tab.id, matches: summary.matches, origin, optedIn };
  } catch {
    // No content script answered: the site is not enabled (or the page predates the install).
    return origin ? { kind: 'off', tabId: tab.id, origin } : { kind: 'unsupported' };
  }
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

async function enable(tabId: number, origin: string): Promise<void> {
  // Must be the first await: browsers only grant permission requests during the click itself.
  const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
  if (!granted) return;
  await askBackground({ type: 'claimlight:enable-site', origin });
  await browser.tabs.reload(tabId);
  window.close();
}

async function disable(tabId: number, origin: string): Promise<void> {
  await askBackground({ type: 'claimlight:disable-site', origin });
  await browser.tabs.reload(tabId);
  window.close();
}

async function askBackground(request: SiteRequest): Promise<void> {
  const response = (await browser.runtime.sendMessage(request)) as SiteResponse | undefined;
  if (!response?.ok) throw new Error(response?.error ?? 'no answer from the background');
}
