import type { SourceView } from '../engine/types';
import { formatSourceDate } from './format-date';
import { shortOutlet } from './outlet-name';
import type { Translate } from './translate';

type Props = {
  source: SourceView;
  /** The item's words; the popup's search, not yet routed through i18n, gets ENGLISH. */
  t?: Translate;
  /** The reader's locale, for the date. */
  locale?: string;
};

/**
 * The English messages this item uses, for callers without a Translate (the popup's search, until
 * it is routed through i18n); public/_locales/en/messages.json has the same words, checked by a test.
 */
export const ENGLISH: Translate = (key, [a = '', b = '', c = ''] = []) =>
  ({
    sourceDisagreement: `${a}: ${b} — this statement: ${c}`,
    sourceAccordingTo: `According to: ${a}`,
    sourceVia: `via ${a}`,
    sourceLink: 'Read at this passage',
    sourceLinkContext: `in ${a}, opens in a new tab`,
  })[key] ?? key;

/**
 * One source on one side of the card: who published it and when, what it says on this point
 * (our summary, never its text), whom it relies on and which earlier report it relays, why it
 * disagrees when the disagreement is a value, and a link that opens the source scrolled to the
 * passage.
 */
export function SourceItem({ source, t = ENGLISH, locale = 'en-GB' }: Props) {
  return (
    <li class={`cl-source cl-source--${source.stance}`}>
      <div class="cl-source__head">
        <span class="cl-source__outlet">{source.outlet}</span>
        {source.published && (
          // The date is in the reader's locale, which may not be the language of our words.
          <time class="cl-source__date" dateTime={source.published} lang={locale}>
            {formatSourceDate(source.published, locale)}
          </time>
        )}
      </div>
      {source.disagreement && (
        <p class="cl-source__why">
          {/* The outlet is named whole just above: its bracketed note is not repeated here. */}
          {t('sourceDisagreement', [
            shortOutlet(source.outlet),
            source.disagreement.theirs,
            source.disagreement.ours,
          ])}
        </p>
      )}
      <p class="cl-source__says">{source.says}</p>
      {source.attribution && (
        <p class="cl-source__attribution">{t('sourceAccordingTo', [source.attribution])}</p>
      )}
      {source.via && <p class="cl-source__via">{t('sourceVia', [source.via])}</p>}
      {source.link && (
        // No aria-label: the name is the content, so it always contains the visible words
        // (WCAG 2.5.3 label in name); which outlet and "new tab" are added as hidden text.
        <a
          class="cl-source__link"
          href={source.link}
          target="_blank"
          rel="noopener noreferrer"
          title={source.title}
        >
          {t('sourceLink')}
          <span class="cl-visually-hidden"> {t('sourceLinkContext', [source.outlet])}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      )}
    </li>
  );
}
