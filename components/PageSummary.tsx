import type { Match, Verdict } from '../engine/types';
import { plural, type Translate } from './translate';
import { VerdictBadge } from './VerdictBadge';
import { kindTag } from './verdict-words';

type Props = {
  matches: Match[];
  /** Called with the index into `matches` of the statement the reader picked. */
  onSelect: (index: number) => void;
  t: Translate;
};

const EXCERPT_LENGTH = 140;

/** Disagreements first: they are what a reader most needs to see before trusting a sentence. */
export const VERDICT_ORDER: readonly Verdict[] = [
  'contradicted',
  'disputed',
  'single-source',
  'corroborated',
];

/** Sentences can run long; the popup shows the start, cut at a word boundary. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The matches of each verdict, in VERDICT_ORDER, each keeping its index into `matches`. */
export function groupByVerdict(matches: Match[]): { verdict: Verdict; items: [Match, number][] }[] {
  return VERDICT_ORDER.map((verdict) => ({
    verdict,
    items: matches.flatMap((m, i): [Match, number][] => (m.verdict === verdict ? [[m, i]] : [])),
  })).filter((g) => g.items.length > 0);
}

/**
 * The popup's list of statements found on the page, grouped by verdict (disagreements first),
 * each a button that takes the reader to the sentence and opens its card.
 */
export function PageSummary({ matches, onSelect, t }: Props) {
  if (!matches.length) {
    return (
      <div class="cl-summary">
        <p class="cl-summary__empty">{t('summaryEmpty')}</p>
      </div>
    );
  }
  return (
    <div class="cl-summary">
      <p class="cl-summary__count">
        {plural(t, matches.length, 'summaryCountOne', 'summaryCountMany')}
      </p>
      {groupByVerdict(matches).map(({ verdict, items }) => (
        <section
          key={verdict}
          class={`cl-summary__group cl-summary__group--${verdict}`}
          aria-labelledby={`cl-summary-${verdict}`}
        >
          <h2 class="cl-summary__heading" id={`cl-summary-${verdict}`}>
            <VerdictBadge verdict={verdict} />
            <span class="cl-summary__group-count">
              {t('summaryGroupCount', String(items.length))}
            </span>
          </h2>
          <ol class="cl-summary__items">
            {items.map(([m, i]) => (
              <li key={`${m.start}-${m.claim}`} class="cl-summary__item">
                <button
                  type="button"
                  class={`cl-summary__button cl-summary__button--${m.verdict}`}
                  onClick={() => onSelect(i)}
                >
                  <span class="cl-summary__statement">{m.statement}</span>
                  {m.time && (
                    <span class={`cl-summary__kind cl-summary__kind--${m.time.kind}`}>
                      {kindTag(m.time, t)}
                    </span>
                  )}
                  <span class="cl-summary__tally">{m.summary}</span>
                  <q class="cl-summary__excerpt">{excerpt(m.text)}</q>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
