/**
 * The popup's search answer: the best few matches with the total, or every match once the reader
 * asks for all of them ("Show all N").
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_LIMIT } from '../../../engine/search-claims';
import { createKnowledgeSearch } from '../../../entrypoints/popup/knowledge-search';

describe('createKnowledgeSearch', () => {
  const search = createKnowledgeSearch();
  // A query many claims answer: the short list must be cut for the test to mean anything.
  const query = 'troops leave';

  it('lists the best matches and says how many there are in all', () => {
    const { results, total } = search(query);
    expect(total).toBeGreaterThan(SEARCH_LIMIT);
    expect(results).toHaveLength(SEARCH_LIMIT);
  });

  it('lists every match, in the same order, when asked for all', () => {
    const short = search(query);
    const all = search(query, true);
    expect(all.total).toBe(short.total);
    expect(all.results).toHaveLength(all.total);
    expect(all.results.slice(0, SEARCH_LIMIT).map((r) => r.claim.id)).toEqual(
      short.results.map((r) => r.claim.id),
    );
  });
});
