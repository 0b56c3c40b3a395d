import type { Translate } from './translate';

type Props = {
  /** The site as the reader knows it ("reuters.com"). */
  site: string;
  /** Whether Claimlight runs there now. */
  on: boolean;
  /** Called with the state the reader asked for. */
  onToggle: (on: boolean) => void;
  t: Translate;
};

/**
 * The popup's on/off switch for the current site: a native checkbox with the switch role, so
 * keyboards (Space) and screen readers ("switch, on") get it for free.
 */
export function SiteSwitch({ site, on, onToggle, t }: Props) {
  return (
    <label class="cl-switch">
      <input
        class="cl-switch__input"
        type="checkbox"
        role="switch"
        aria-checked={on}
        checked={on}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      <span class="cl-switch__text">{t('popupSiteSwitch', site)}</span>
    </label>
  );
}
