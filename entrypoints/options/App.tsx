/**
 * The options page's connected root: loads the settings from storage.sync, saves every change
 * at once (open tabs apply it through storage.onChanged, see content/follow-settings.ts), and
 * adds or removes the reader's own sites, asking the browser for one origin at a time.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { OptionsForm } from '../../components/OptionsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../page/settings';
import {
  disableSite,
  enabledOrigins,
  enableSite,
  normalizeOrigin,
  originPattern,
} from '../background/site-scripts';
import { CONTENT_MATCHES } from '../content/news-sites';
import { t } from '../shared/i18n';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  /** Why the last address typed was not added, shown at its field (and announced). */
  const [addError, setAddError] = useState('');

  useEffect(() => {
    const stop = new AbortController();
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    enabledOrigins().then(setAdded, () => {});
    // Another window's options page, or the popup's switch, may change them meanwhile.
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);

  const report = (work: Promise<unknown>, done: string) =>
    work.then(
      () => setStatus(done),
      (error: unknown) =>
        setStatus(t('popupError', error instanceof Error ? error.message : String(error))),
    );

  const change = (next: Settings) => {
    setSettings(next);
    report(saveSettings(next), t('optionsSaved'));
  };

  const addSite = (address: string) => {
    const withScheme = /^[a-z]+:\/\//i.test(address) ? address : `https://${address}`;
    const origin = address ? normalizeOrigin(withScheme) : null;
    if (!origin) {
      const why = t('optionsAddInvalid', address);
      setAddError(why);
      return setStatus(why);
    }
    setAddError('');
    // The request must be the first await: browsers grant permissions only during the click.
    report(
      browser.permissions.request({ origins: [originPattern(origin)] }).then(async (granted) => {
        if (!granted) {
          const why = t('optionsAddDenied', origin);
          setAddError(why);
          throw new Error(why);
        }
        await enableSite(origin);
        setAdded(await enabledOrigins());
      }),
      t('optionsSaved'),
    );
  };

  const removeSite = (origin: string) =>
    report(
      disableSite(origin).then(async () => setAdded(await enabledOrigins())),
      t('optionsSaved'),
    );

  return (
    <main class="cl-page cl-page--options">
      <h1>{t('optionsTitle')}</h1>
      <p class="cl-page__intro">{t('optionsIntro')}</p>
      {settings && (
        <OptionsForm
          settings={settings}
          defaultSites={CONTENT_MATCHES}
          addedSites={added}
          onChange={change}
          onAddSite={addSite}
          onRemoveSite={removeSite}
          status={status}
          addError={addError}
          t={t}
        />
      )}
    </main>
  );
}
