/**
 * The popup's connected root: finds the current tab, asks its content script what it
 * highlighted, and renders components/PageSummary (grouped by verdict). A switch turns
 * Claimlight on or off for the site: a default news site is paused in the settings
 * (page/settings.ts), any other site is an opt-in (optional host permission, then the background
 * registers the script). Links lead to the options page and the story view; below, whatever
 * the page, components/KnowledgeSearch searches the bundled knowledge base.
 */

import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { KnowledgeSearch } from '../../components/KnowledgeSearch';
import { PageSummary } from '../../components/PageSummary';
import { SiteSwitch } from '../../components/SiteSwitch';
import { withSitePaused } from '../../page/settings';
import type { OpenRequest, SiteRequest, SiteResponse } from '../content/messages';
import { t } from '../shared/i18n';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { loadState, type State } from './load-state';
import { useKnowledgeSearch } from './use-knowledge-search';

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const search = useKnowledgeSearch();

  useEffect(() => {
    loadState().then(setState, (error: unknown) =>
      setState({ kind: 'error', message: String(error) }),
    );
  }, []);

  const fail = (error: unknown) => setState({ kind: 'error', message: String(error) });

  return (
    <main class="cl-popup">
      <h1 class="cl-popup__title">{t('popupTitle')}</h1>
      <Body state={state} fail={fail} />
      <nav class="cl-popup__links" aria-label={t('popupLinks')}>
        <PageLink path="/options.html" label={t('popupOptions')} />
        <PageLink path="/story.html" label={t('popupStory')} />
      </nav>
      <KnowledgeSearch {...search} t={t} />
    </main>
  );
}

/** A link to one of our pages, opened in a tab (a popup cannot navigate itself usefully). */
function PageLink({ path, label }: { path: '/options.html' | '/story.html'; label: string }) {
  return (
    <a class="cl-popup__link" href={browser.runtime.getURL(path)} target="_blank" rel="noopener">
      {label}
      <span class="cl-visually-hidden"> {t('popupNewTab')}</span>
    </a>
  );
}

function Body({ state, fail }: { state: State; fail: (error: unknown) => void }) {
  switch (state.kind) {
    case 'loading':
      return <p class="cl-popup__note">{t('popupReading')}</p>;
    case 'unsupported':
      return <p class="cl-popup__note">{t('popupUnsupported')}</p>;
    case 'error':
      return <p class="cl-popup__note">{t('popupError', state.message)}</p>;
    case 'off':
      return (
        <>
          <p class="cl-popup__note">{t('popupOff', state.origin)}</p>
          <button
            type="button"
            class="cl-popup__button"
            onClick={() => enable(state.tabId, state.origin).catch(fail)}
          >
            {t('popupEnable')}
          </button>
        </>
      );
    case 'paused':
      return (
        <>
          <SiteSwitch
            site={state.host}
            on={false}
            onToggle={() => setPaused(state.tabId, state.pattern, false).catch(fail)}
            t={t}
          />
          <p class="cl-popup__note">{t('popupPaused')}</p>
        </>
      );
    case 'summary': {
      const site = state.site;
      return (
        <>
          {site && (
            <SiteSwitch
              site={state.host}
              on={true}
              onToggle={() =>
                (site.kind === 'default'
                  ? setPaused(state.tabId, site.pattern, true)
                  : disable(state.tabId, site.origin)
                ).catch(fail)
              }
              t={t}
            />
          )}
          <PageSummary
            matches={state.matches}
            shown={state.shown}
            hidden={state.hidden}
            settingsUrl={browser.runtime.getURL('/options.html')}
            onSelect={(index) => {
              const request: OpenRequest = { type: 'claimlight:open', index };
              browser.tabs.sendMessage(state.tabId, request).finally(() => window.close());
            }}
            t={t}
          />
        </>
      );
    }
  }
}

/** Pauses or resumes a default site, then reloads the tab so the content script starts or not. */
async function setPaused(tabId: number, pattern: string, paused: boolean): Promise<void> {
  await saveSettings(withSitePaused(await loadSettings(), pattern, paused));
  await browser.tabs.reload(tabId);
  window.close();
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
