/**
 * When a claim became reportable: the month an event happened, or the month a plan was first
 * announced. A page published before then cannot state it: "the last ferry left the pier" in a
 * page of August describes that month's crossing, not the pier's closing the following January;
 * "the ferries will stop" in a page of a year before describes an older plan, not the one
 * announced since. Compared by month, since many pages and sources give no day.
 */
import { parsePublished, type YearMonth } from './resolve-dates';
import type { Claim } from './types';

/** The claim's month as a number (year × 12 + month), or 0 when it gives none. */
export function knownSince(claim: Pick<Claim, 'kind' | 'happened' | 'announced'>): number {
  const date = claim.kind === 'plan' ? claim.announced : (claim.happened ?? claim.announced);
  const month = parsePublished(date);
  return month ? month.year * 12 + month.month : 0;
}

/** Whether a page published in `published` came out before the claim could be reported. */
export function publishedBefore(since: number, published: YearMonth | null): boolean {
  return since > 0 && published !== null && published.year * 12 + published.month < since;
}
