/**
 * The popup's search over the bundled knowledge base, in a chunk of its own: the popup imports
 * this module on the reader's first keystroke, so opening it loads neither fuse.js nor the story.
 */
import { loadStory } from 'virtual:claimlight-story';
import { type ClaimResult, createClaimSearch, SEARCH_LIMIT } from '../../engine/search-claims';

/** The claims to list for a query, and how many matched in all (so "8" is never taken for all). */
export type KnowledgeAnswer = { results: ClaimResult[]; total: number };

/**
 * Parses the compiled story and builds the Fuse index over its claims. A search lists the best
 * SEARCH_LIMIT matches, or every match when `everything` is set (the reader chose "Show all").
 */
export function createKnowledgeSearch(): (query: string, everything?: boolean) => KnowledgeAnswer {
  const story = loadStory();
  const search = createClaimSearch(story.kb, story);
  return (query, everything = false) => {
    const all = search(query, { limit: Number.POSITIVE_INFINITY });
    return { results: everything ? all : all.slice(0, SEARCH_LIMIT), total: all.length };
  };
}
