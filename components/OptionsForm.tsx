import { useId, useState } from 'preact/hooks';
import type { Verdict } from '../engine/types';
import type { Translate } from './translate';
import { VerdictBadge } from './VerdictBadge';

/** How highlights look (page/settings.ts has the same union). */
type HighlightStyle = 'underline' | 'background' | 'hover';

/**
 * The settings this form edits. Structurally page/settings.ts's Settings, spelled out here
 * because components import nothing of ours but engine types; tsc checks the two agree where
 * the options page passes one in.
 */
export type FormSettings = {
  pausedSites: string[];
  style: HighlightStyle;
  verdicts: Verdict[];
  headlines: boolean;
};

type Props = {
  settings: FormSettings;
  /** Match patterns of the sites Claimlight reads without asking (news-sites.ts). */
  defaultSites: readonly string[];
  /** Origins the reader added, one permission each. */
  addedSites: string[];
  /** Called with the whole new settings on every change. */
  onChange: (settings: FormSettings) => void;
  /** Called with the address the reader typed; the container asks for the permission. */
  onAddSite: (address: string) => void;
  onRemoveSite: (origin: string) => void;
  /** The last outcome ("Saved.", an error), announced politely. */
  status: string;
  /** Why the address typed could not be added: shown under the field and tied to it. */
  addError?: string;
  t: Translate;
};

const STYLES: { value: HighlightStyle; key: string }[] = [
  { value: 'underline', key: 'optionsStyleUnderline' },
  { value: 'background', key: 'optionsStyleBackground' },
  { value: 'hover', key: 'optionsStyleHover' },
];

const VERDICTS: readonly Verdict[] = ['corroborated', 'disputed', 'contradicted', 'single-source'];

/** "https://*.reuters.com/*" → "reuters.com": the site as a reader names it. */
export function siteName(pattern: string): string {
  return pattern
    .replace(/^[a-z*]+:\/\//, '')
    .replace(/^\*\./, '')
    .replace(/\/.*$/, '');
}

/**
 * The options page's form: sites (the default list, each on or off, and the reader's own),
 * highlight style, which verdicts are highlighted, and whether headlines count. Every control
 * reports at once; there is no Save button to forget.
 */
export function OptionsForm(props: Props) {
  const { settings, onChange, t } = props;
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
  return (
    <form class="cl-options" onSubmit={(event) => event.preventDefault()}>
      <section class="cl-options__section" aria-labelledby="cl-options-sites">
        <h2 id="cl-options-sites">{t('optionsSites')}</h2>
        <fieldset class="cl-options__group">
          <legend>{t('optionsDefaultSites')}</legend>
          <ul class="cl-options__sites">
            {props.defaultSites.map((pattern) => (
              <li key={pattern}>
                <label>
                  <input
                    type="checkbox"
                    name="site"
                    value={pattern}
                    checked={!settings.pausedSites.includes(pattern)}
                    onChange={(event) =>
                      onChange({
                        ...settings,
                        pausedSites: toggle(
                          settings.pausedSites,
                          pattern,
                          !event.currentTarget.checked,
                        ).sort(),
                      })
                    }
                  />{' '}
                  {siteName(pattern)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <AddedSites {...props} />
      </section>

      <fieldset class="cl-options__group">
        <legend>{t('optionsStyle')}</legend>
        {STYLES.map(({ value, key }) => (
          <label key={value} class="cl-options__choice">
            <input
              type="radio"
              name="style"
              value={value}
              checked={settings.style === value}
              onChange={() => onChange({ ...settings, style: value })}
            />{' '}
            {t(key)}
          </label>
        ))}
      </fieldset>

      <fieldset class="cl-options__group">
        <legend>{t('optionsVerdicts')}</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} class="cl-options__choice">
            <input
              type="checkbox"
              name="verdict"
              value={verdict}
              checked={settings.verdicts.includes(verdict)}
              onChange={(event) =>
                onChange({
                  ...settings,
                  verdicts: VERDICTS.filter((v) =>
                    v === verdict ? event.currentTarget.checked : settings.verdicts.includes(v),
                  ),
                })
              }
            />{' '}
            <VerdictBadge verdict={verdict} />
          </label>
        ))}
      </fieldset>

      <fieldset class="cl-options__group">
        <legend>{t('optionsHeadlinesLegend')}</legend>
        <label class="cl-options__choice">
          <input
            type="checkbox"
            name="headlines"
            checked={settings.headlines}
            onChange={(event) => onChange({ ...settings, headlines: event.currentTarget.checked })}
          />{' '}
          {t('optionsHeadlines')}
        </label>
      </fieldset>

      <p class="cl-options__status" role="status" aria-live="polite">
        {props.status}
      </p>
    </form>
  );
}

/** The reader's own sites, each removable, and a field to add one more. */
function AddedSites({ addedSites, onAddSite, onRemoveSite, addError, t }: Props) {
  const [address, setAddress] = useState('');
  const fieldId = useId();
  const errorId = useId();
  return (
    <fieldset class="cl-options__group">
      <legend>{t('optionsAddedSites')}</legend>
      {addedSites.length ? (
        <ul class="cl-options__sites">
          {addedSites.map((origin) => (
            <li key={origin}>
              <span class="cl-options__origin">{origin}</span>{' '}
              <button type="button" onClick={() => onRemoveSite(origin)}>
                {t('optionsRemove', origin)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="cl-options__none">{t('optionsNoAddedSites')}</p>
      )}
      <label for={fieldId}>{t('optionsAddLabel')}</label>
      <div class="cl-options__add">
        <input
          id={fieldId}
          type="url"
          inputMode="url"
          autocomplete="url"
          placeholder="https://www.example.org"
          value={address}
          aria-invalid={addError ? 'true' : undefined}
          aria-describedby={addError ? errorId : undefined}
          onInput={(event) => setAddress(event.currentTarget.value)}
          // Enter in the field adds the site, as the button beside it does (the form itself
          // never submits: every other control saves at once).
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            onAddSite(address.trim());
          }}
        />
        <button type="button" onClick={() => onAddSite(address.trim())}>
          {t('optionsAdd')}
        </button>
      </div>
      {addError && (
        <p id={errorId} class="cl-options__error">
          {addError}
        </p>
      )}
    </fieldset>
  );
}
