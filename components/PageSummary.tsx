import type { Match, Verdict } from '../engine/types';
import { plural, type Translate } from './translate';
import { VerdictBadge } from './VerdictBadge';
import { kindTag } from './verdict-words';

type Props = {
  matches: Match[];
  /**
   * Indices into `matches` of the statements the page paints under the reader's settings: only
   * these are listed and counted (default: all of them).
   */
  shown?: readonly number[];
  /** How many statements on the page the reader's settings hide (said in words when any). */
  hidden?: number;
  /** The options page, where the hidden verdicts can be shown again. */
  settingsUrl?: string;
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

/**
 * The matches of each verdict, in VERDICT_ORDER, each keeping its index into `matches`; only
 * those at `shown` indices when given.
 */
export function groupByVerdict(
  matches: Match[],
  shown?: readonly number[],
): { verdict: Verdict; items: [Match, number][] }[] {
  const listed: [Match, number][] = shown
    ? shown.flatMap((i): [Match, number][] => {
        const m = matches[i];
        return m ? [[m, i]] : [];
      })
    : matches.map((m, i) => [m, i]);
  return VERDICT_ORDER.map((verdict) => ({
    verdict,
    items: listed.filter(([m]) => m.verdict === verdict),
  })).filter((g) => g.items.length > 0);
}

/**
 * The popup's list of statements found on the page, grouped by verdict (disagreements first),
 * each a button that takes the reader to the sentence and opens its card. A button is named by
 * its statement alone (a screen reader's list of buttons stays short) and described by the rest:
 * the plan/event tag, the tally and the quoted sentence. It lists what the
 * page paints: a statement whose verdict the reader hid in the options is neither listed nor
 * counted, and a line says how many are hidden, with a link to the options.
 */
export function PageSummary({ matches, shown, hidden = 0, settingsUrl, onSelect, t }: Props) {
  const groups = groupByVerdict(matches, shown);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const hiddenNote = hidden > 0 && (
    <p class="cl-summary__hidden">
      {count > 0
        ? plural(t, hidden, 'summaryHiddenOne', 'summaryHiddenMany')
        : plural(t, hidden, 'summaryAllHiddenOne', 'summaryAllHiddenMany')}
      {settingsUrl && (
        <>
          {' '}
          <a class="cl-summary__settings" href={settingsUrl} target="_blank" rel="noopener">
            {t('summaryHiddenSettings')}
            <span class="cl-visually-hidden"> {t('popupNewTab')}</span>
          </a>
        </>
      )}
    </p>
  );
  if (!count) {
    return (
      <div class="cl-summary">
        {hiddenNote || <p class="cl-summary__empty">{t('summaryEmpty')}</p>}
      </div>
    );
  }
  return (
    <div class="cl-summary">
      <p class="cl-summary__count">{plural(t, count, 'summaryCountOne', 'summaryCountMany')}</p>
      {hiddenNote}
      {groups.map(({ verdict, items }) => (
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
                  aria-labelledby={`cl-item-${i}`}
                  aria-describedby={
                    m.time
                      ? `cl-item-${i}-kind cl-item-${i}-tally cl-item-${i}-excerpt`
                      : `cl-item-${i}-tally cl-item-${i}-excerpt`
                  }
                >
                  <span class="cl-summary__statement" id={`cl-item-${i}`}>
                    {m.statement}
                  </span>
                  {m.time && (
                    <span
                      class={`cl-summary__kind cl-summary__kind--${m.time.kind}`}
                      id={`cl-item-${i}-kind`}
                    >
                      {kindTag(m.time, t)}
                    </span>
                  )}
                  <span class="cl-summary__tally" id={`cl-item-${i}-tally`}>
                    {m.summary}
                  </span>
                  <q class="cl-summary__excerpt" id={`cl-item-${i}-excerpt`}>
                    {excerpt(m.text)}
                  </q>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
