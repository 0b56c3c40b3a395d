import { useId } from 'preact/hooks';
import type { ClaimResult, SourceView, Stance } from '../engine/types';
import { SourceItem } from './SourceItem';
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
  /** Called on every edit of the field, and with "" when Escape clears it. */
  onQuery: (query: string) => void;
  /** Set when the search could not be loaded; shown in place of the count. */
  error?: string;
};

/** Announced after each search; empty until the reader types, so nothing is read out at open. */
function statusLine(
  query: string,
  results: KnowledgeResult[] | null,
  total?: number,
  error?: string,
) {
  if (error) return `Search is unavailable: ${error}`;
  if (!query.trim()) return '';
  if (!results) return 'Searching…';
  const n = Math.max(total ?? 0, results.length);
  if (!n) return `No claims match “${query.trim()}”`;
  const count = n === 1 ? '1 claim matches' : `${n} claims match`;
  return n > results.length ? `${count}; the best ${results.length} are shown` : count;
}

/**
 * The popup's search of the knowledge base: a labelled field, a polite live count, and the
 * matching claims, each with the verdict a sentence making it would get and, on demand, what
 * every outlet says. Pure view: the container runs the search and passes the results in.
 */
export function KnowledgeSearch({ query, results, total, onQuery, error }: Props) {
  const inputId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    // The first Escape clears the field; only an empty field lets Escape close the popup.
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      event.stopPropagation();
      onQuery('');
    }
  };

  return (
    <section class="cl-search" aria-label="Search the knowledge base">
      <search class="cl-search__form">
        <label class="cl-search__label" for={inputId}>
          Search what the sources say
        </label>
        <input
          id={inputId}
          class="cl-search__input"
          type="search"
          value={query}
          placeholder="Erbil, end of 2026, Rudaw…"
          autocomplete="off"
          spellcheck={false}
          enterKeyHint="search"
          onInput={(event) => onQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </search>
      <p class="cl-search__status" role="status" aria-live="polite">
        {statusLine(query, results, total, error)}
      </p>
      {!error && query.trim() && results && results.length > 0 && (
        <>
          <ol class="cl-search__results">
            {results.map((r) => (
              <ResultItem key={r.claim.id} result={r} />
            ))}
          </ol>
          <p class="cl-search__note">
            Each verdict is the one a sentence making that claim would get.
          </p>
        </>
      )}
    </section>
  );
}

function ResultItem({ result }: { result: KnowledgeResult }) {
  const n = result.sources.length;
  return (
    <li class={`cl-search__item cl-search__item--${result.verdictIfAsserted}`}>
      <p class="cl-search__statement">{result.claim.statement}</p>
      <p class="cl-search__meta">
        <VerdictBadge verdict={result.verdictIfAsserted} />
        <span class="cl-search__outlets">{n === 1 ? '1 outlet' : `${n} outlets`}</span>
      </p>
      <details class="cl-search__details">
        <summary class="cl-search__toggle">{result.summary}</summary>
        {result.question && (
          <p class="cl-search__question">
            {result.question.text}
            {result.position && (
              <span class="cl-search__position"> This claim: {result.position.label}</span>
            )}
          </p>
        )}
        <Side stance="corroborates" title="Corroborating" sources={result.sources} />
        <Side stance="contradicts" title="Contradicting" sources={result.sources} />
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
