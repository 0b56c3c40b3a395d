/**
 * Connects components/KnowledgeSearch to the engine's search. The index is built on the first
 * keystroke that has something to search (most popup openings are for the page's own list);
 * after that every keystroke is answered synchronously.
 */
import { useRef, useState } from 'preact/hooks';
import type { ClaimResult } from '../../engine/search-claims';
// Types only: a value import would pull fuse.js and the story into the popup's first chunk.
import type { KnowledgeAnswer } from './knowledge-search';

type Search = (query: string, everything?: boolean) => KnowledgeAnswer;

type SearchState = {
  query: string;
  /** null while the index is loading. */
  results: ClaimResult[] | null;
  /** How many claims match in all; more than `results` holds when the list is cut short. */
  total?: number;
  error?: string;
};

/**
 * The search field's state and its `onQuery` and `onShowAll` handlers, ready to spread into
 * KnowledgeSearch. Each new query lists the best matches again; "Show all" lists every match of
 * the query shown.
 */
export function useKnowledgeSearch(): SearchState & {
  onQuery: (query: string) => void;
  onShowAll: () => void;
} {
  const [state, setState] = useState<SearchState>({ query: '', results: [] });
  const search = useRef<Search | undefined>(undefined);
  const loading = useRef<Promise<Search> | undefined>(undefined);
  // Keystrokes made while the index loads all wait on it; only the last one may show its results.
  const latest = useRef('');

  const onQuery = (query: string) => {
    latest.current = query;
    if (!query.trim()) return setState({ query, results: [] });
    if (search.current) return setState({ query, ...search.current(query) });
    setState({ query, results: null });
    loading.current ??= import('./knowledge-search').then((m) => m.createKnowledgeSearch());
    loading.current.then(
      (ready) => {
        search.current = ready;
        if (latest.current === query) setState({ query, ...ready(query) });
      },
      (error: unknown) => {
        // Let the next keystroke try again rather than leave the field dead for the popup's life.
        loading.current = undefined;
        if (latest.current === query) setState({ query, results: [], error: String(error) });
      },
    );
  };

  const onShowAll = () => {
    const query = latest.current;
    if (search.current && query.trim()) setState({ query, ...search.current(query, true) });
  };

  return { ...state, onQuery, onShowAll };
}
