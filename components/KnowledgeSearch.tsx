import { useEffect, useId, useRef } from 'preact/hooks';
import type { ClaimResult, SourceView, Stance } from '../engine/types';
import { SourceItem } from './SourceItem';
import { plural, type Translate } from './translate';
import { VerdictBadge } from './VerdictBadge';

/** What one result shows: engine/search-claims.ts returns it. */
export type KnowledgeResult = ClaimResult;

type Props = {
  /** What the reader typed. */
  query: string;
  /** The claims matching `query`, best first; null while the search is still loading. */
  results: KnowledgeResult[] | null;
  /** How many claims match in all, when `results` is only the best of them. */
  total?: number;
  /** Lists every match; offered as "Show all N" when `total` is more than `results` holds. */
  onShowAll?: () => void;
  /** Called on every edit of the field, and with "" when Escape clears it. */
  onQuery: (query: string) => void;
  /** Set when the search could not be loaded; shown in place of the count. */
  error?: string;
  t: Translate;
};

/** Announced after each search; empty until the reader types, so nothing is read out at open. */
function statusLine(
  t: Translate,
  query: string,
  results: KnowledgeResult[] | null,
  total?: number,
  error?: string,
) {
  if (error) return t('searchUnavailable', error);
  if (!query.trim()) return '';
  if (!results) return t('searchSearching');
  const n = Math.max(total ?? 0, results.length);
  if (!n) return t('searchNone', query.trim());
  const count = plural(t, n, 'searchCountOne', 'searchCountMany');
  return n > results.length ? t('searchCountCut', [count, String(results.length)]) : count;
}

/**
 * The popup's search of the knowledge base: a labelled field, a polite live count, and the
 * matching claims, each with the verdict a sentence making it would get and, on demand, what
 * every outlet says. Pure view: the container runs the search and passes the results in.
 */
export function KnowledgeSearch({ query, results, total, onShowAll, onQuery, error, t }: Props) {
  const inputId = useId();
  const list = useRef<HTMLOListElement>(null);
  // After "Show all", focus goes to the first result it added: the button is gone, and the reader
  // carries on from where the short list ended (the status line announces the new count).
  const focusFrom = useRef<number | undefined>(undefined);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === undefined || !results || results.length <= from) return;
    focusFrom.current = undefined;
    (list.current?.children[from] as HTMLElement | undefined)?.focus();
  }, [results]);
  const more = results && total !== undefined && total > results.length ? total : 0;
  const onKeyDown = (event: KeyboardEvent) => {
    // The first Escape clears the field; only an empty field lets Escape close the popup.
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      event.stopPropagation();
      onQuery('');
    }
  };

  return (
    <section class="cl-search" aria-label={t('searchRegion')}>
      <search class="cl-search__form">
        <label class="cl-search__label" for={inputId}>
          {t('searchLabel')}
        </label>
        <input
          id={inputId}
          class="cl-search__input"
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          enterKeyHint="search"
          onInput={(event) => onQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </search>
      <p class="cl-search__status" role="status" aria-live="polite">
        {statusLine(t, query, results, total, error)}
      </p>
      {!error && query.trim() && results && results.length > 0 && (
        <>
          <ol class="cl-search__results" ref={list}>
            {results.map((r) => (
              <ResultItem key={r.claim.id} result={r} t={t} />
            ))}
          </ol>
          {more > 0 && onShowAll && (
            <button
              type="button"
              class="cl-search__more"
              onClick={() => {
                focusFrom.current = results.length;
                onShowAll();
              }}
            >
              {t('searchShowAll', String(more))}
            </button>
          )}
          <p class="cl-search__note">{t('searchNote')}</p>
        </>
      )}
    </section>
  );
}

/** One claim found. Focusable from script only, so "Show all" can hand focus to the first new one. */
function ResultItem({ result, t }: { result: KnowledgeResult; t: Translate }) {
  // The outlet count is in the summary line below ("5 outlets corroborate · none contradicts").
  return (
    <li class={`cl-search__item cl-search__item--${result.verdictIfAsserted}`} tabIndex={-1}>
      <p class="cl-search__statement">{result.claim.statement}</p>
      <p class="cl-search__meta">
        <VerdictBadge verdict={result.verdictIfAsserted} />
      </p>
      <details class="cl-search__details">
        <summary class="cl-search__toggle">{result.summary}</summary>
        {result.question && (
          <p class="cl-search__question">
            {result.question.text}
            {result.position && (
              <span class="cl-search__position">
                {' '}
                {t('searchThisClaim', result.position.label)}
              </span>
            )}
          </p>
        )}
        <Side stance="corroborates" title={t('searchCorroborating')} sources={result.sources} />
        <Side stance="contradicts" title={t('searchContradicting')} sources={result.sources} />
      </details>
    </li>
  );
}

/** One side of a result's sources; a side no source is on is left out (the summary says "none"). */
function Side({
  stance,
  title,
  sources,
}: {
  stance: Stance;
  title: string;
  sources: SourceView[];
}) {
  const mine = sources.filter((s) => s.stance === stance);
  if (!mine.length) return null;
  return (
    <>
      <p class={`cl-search__side cl-search__side--${stance}`}>
        {title} ({mine.length})
      </p>
      <ul class="cl-search__sources" aria-label={title}>
        {mine.map((s) => (
          <SourceItem key={s.source} source={s} />
        ))}
      </ul>
    </>
  );
}
