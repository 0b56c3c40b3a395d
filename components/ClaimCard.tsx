import { useEffect, useRef } from 'preact/hooks';
import type { Match } from '../engine/types';
import { SourceList } from './SourceList';
import { VerdictBadge } from './VerdictBadge';

type Props = {
  match: Match;
  /** Called on the close button and on Escape; closing on an outside click is the container's job. */
  onClose: () => void;
};

/**
 * Says in words what a single-source verdict means, so a blue badge is never read as a finding:
 * one outlet, or several that all relay one report, and nothing else for or against.
 */
function singleSourceNote(match: Match): string {
  const outlets = match.corroborating.length;
  // The outlet that first published the report has no "via"; any other names it.
  const via = match.corroborating.find((s) => s.via)?.via;
  const who = outlets === 2 ? 'both outlets below relay' : `all ${outlets} outlets below relay`;
  const relay = outlets > 1 ? `: ${who} the same report${via ? ` (${via})` : ''}` : '';
  return `Only one source says this${relay}. No other source in the knowledge base confirms or contradicts it.`;
}

/**
 * The card for one highlighted sentence: the KB statement it asserts, the verdict line, the value
 * the sentence itself gives, and the sources on each side. Pure view: everything comes from `match`.
 */
export function ClaimCard({ match, onClose }: Props) {
  const dialogRef = useRef<HTMLDivElement>(null);
  // Focus moves to the dialog itself (not its close button, which would show a focus ring after a
  // mouse click) so Escape works at once and Tab reaches the close button and links next;
  // preventScroll because the card is positioned next to the text the reader just clicked.
  useEffect(() => {
    dialogRef.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      ref={dialogRef}
      tabIndex={-1}
      class={`cl-card cl-card--${match.verdict}`}
      role="dialog"
      aria-label={`Claimlight: ${match.statement}`}
      onKeyDown={onKeyDown}
    >
      <header class="cl-card__header">
        <VerdictBadge verdict={match.verdict} />
        <button
          type="button"
          class="cl-card__close"
          aria-label="Close"
          title="Close (Esc)"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <h2 class="cl-card__statement">{match.statement}</h2>
      <p class="cl-card__summary">{match.summary}</p>
      {match.verdict === 'single-source' && <p class="cl-card__note">{singleSourceNote(match)}</p>}
      {match.value && (
        <p class="cl-card__value">
          This sentence says: <strong>{match.value}</strong>
        </p>
      )}
      <SourceList
        stance="corroborates"
        title="Corroborating"
        sources={match.corroborating}
        emptyText="No source in the knowledge base makes this statement."
      />
      <SourceList
        stance="contradicts"
        title="Contradicting"
        sources={match.contradicting}
        emptyText="No source in the knowledge base contradicts this statement."
      />
      <p class="cl-card__footnote">
        Summaries are Claimlight’s own words. Open a source to read it in full.
      </p>
    </div>
  );
}
