import { useEffect, useId, useRef } from 'preact/hooks';
import type { Match } from '../engine/types';
import { SourceList } from './SourceList';
import { TimeNote } from './TimeNote';
import type { Translate } from './translate';
import { trapTab } from './trap-tab';
import { VerdictBadge } from './VerdictBadge';
import { kindTag, singleSourceNote, tallyLine, verdictLabel } from './verdict-words';

type Props = {
  match: Match;
  /** Called on the close button and on Escape; closing on an outside click is the container's job. */
  onClose: () => void;
  /** The card's words (browser.i18n.getMessage in the extension). */
  t: Translate;
  /** The reader's UI locale ("en-GB"), for the dates' format; the card's `lang` is its words' own. */
  locale: string;
  /** Text direction of the UI locale. */
  dir: 'ltr' | 'rtl';
  /** Opens the story view at this claim (the container asks the background to). */
  onOpenStory?: () => void;
};

/**
 * The card for one highlighted sentence, as a modal dialog: named by the statement, described by
 * the verdict and its tally, focus kept inside while it is open. It shows the KB statement the
 * sentence asserts, the value the sentence itself gives, and the sources on each side. Pure view:
 * everything comes from props; restoring focus to the page on close is the container's job.
 */
export function ClaimCard({ match, onClose, t, locale, dir, onOpenStory }: Props) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const badgeId = `${id}-verdict`;
  const tallyId = `${id}-tally`;
  const kindId = `${id}-kind`;
  // Focus moves to the dialog itself (not its close button, which would show a focus ring after a
  // mouse click) so Escape works at once and Tab reaches the close button and links next;
  // preventScroll because the card is positioned next to the text the reader just clicked.
  useEffect(() => {
    dialogRef.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab' && dialogRef.current) {
      trapTab(dialogRef.current, event);
    }
  };

  return (
    <div
      ref={dialogRef}
      tabIndex={-1}
      class={`cl-card cl-card--${match.verdict}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('cardName', [match.statement])}
      aria-describedby={match.time ? `${badgeId} ${kindId} ${tallyId}` : `${badgeId} ${tallyId}`}
      lang={t('uiLanguage')}
      dir={dir}
      onKeyDown={onKeyDown}
    >
      {/* A div, not <header>: a header outside <main> would add a second banner to the page. */}
      <div class="cl-card__header">
        {/* The badge and the tag side by side, the tag under the badge when both do not fit
            beside the close button: never a tag wrapped inside its pill or adrift mid-row. */}
        <div class="cl-card__tags">
          <VerdictBadge
            id={badgeId}
            verdict={match.verdict}
            label={verdictLabel(match.verdict, t)}
          />
          {/* A plan's verdict says how well its announcement is reported, not that it happened:
              the tag beside it says what became of it. */}
          {match.time && (
            <span
              id={kindId}
              class={`cl-card__kind cl-card__kind--${match.time.kind}${match.time.outcome ? ` cl-card__kind--${match.time.outcome}` : ''}`}
            >
              {kindTag(match.time, t)}
            </span>
          )}
        </div>
        {/* Named by its hidden word, not aria-label: a name that is not the visible "×" leaves
            axe's label-in-name check undecided, and the word is what a screen reader says. */}
        <button type="button" class="cl-card__close" title={t('cardCloseHint')} onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span class="cl-visually-hidden">{t('cardClose')}</span>
        </button>
      </div>
      <h2 class="cl-card__statement">{match.statement}</h2>
      <p id={tallyId} class="cl-card__summary">
        {tallyLine(match, t)}
      </p>
      {match.verdict === 'single-source' && (
        <p class="cl-card__note">{singleSourceNote(match, t)}</p>
      )}
      {match.value && (
        <p class="cl-card__value">
          {t('cardValue')} <strong>{match.value}</strong>
        </p>
      )}
      {match.time && <TimeNote time={match.time} t={t} locale={locale} />}
      <SourceList
        stance="corroborates"
        title={t('listCorroborating')}
        sources={match.corroborating}
        emptyText={t('listCorroboratingEmpty')}
        t={t}
        locale={locale}
      />
      <SourceList
        stance="contradicts"
        title={t('listContradicting')}
        sources={match.contradicting}
        emptyText={t('listContradictingEmpty')}
        t={t}
        locale={locale}
      />
      <p class="cl-card__footnote">
        {t('cardFootnote')}
        {onOpenStory && (
          <>
            {' '}
            {/* A button: the story view opens in a new tab through the background, not a link
                the page could follow (story.html is not web-accessible). */}
            <button type="button" class="cl-card__story" onClick={onOpenStory}>
              {t('cardOpenStory')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
