import type { Match } from '../engine/types';
import { VerdictBadge } from './VerdictBadge';

type Props = {
  matches: Match[];
  /** Called with the index into `matches` of the statement the reader picked. */
  onSelect: (index: number) => void;
};

const EXCERPT_LENGTH = 140;

/** Sentences can run long; the popup shows the start, cut at a word boundary. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function countLine(matches: Match[]): string {
  const n = matches.length;
  const disagreements = matches.filter(
    (m) => m.verdict === 'disputed' || m.verdict === 'contradicted',
  ).length;
  const head = `${n} statement${n === 1 ? '' : 's'} from the knowledge base on this page`;
  return disagreements ? `${head} · ${disagreements} disputed or contradicted` : head;
}

/** The popup's list of statements found on the page, each with its verdict and the sentence. */
export function PageSummary({ matches, onSelect }: Props) {
  if (!matches.length) {
    return (
      <div class="cl-summary">
        <p class="cl-summary__empty">No statements from the knowledge base on this page.</p>
      </div>
    );
  }
  return (
    <div class="cl-summary">
      <p class="cl-summary__count">{countLine(matches)}</p>
      <ol class="cl-summary__items">
        {matches.map((m, i) => (
          <li key={`${m.start}-${m.claim}`} class="cl-summary__item">
            <button
              type="button"
              class={`cl-summary__button cl-summary__button--${m.verdict}`}
              onClick={() => onSelect(i)}
            >
              <span class="cl-summary__meta">
                <VerdictBadge verdict={m.verdict} />
                <span class="cl-summary__tally">{m.summary}</span>
              </span>
              <span class="cl-summary__statement">{m.statement}</span>
              <q class="cl-summary__excerpt">{excerpt(m.text)}</q>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
