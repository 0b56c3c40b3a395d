/**
 * Bisection in the sorted lists the compiled story ships (compile-phrases.ts,
 * compile-entities.ts). A list sorted at build time is looked up as it was parsed: the content
 * script builds no Map or object of thousands of keys before its first match. Strings are
 * compared by UTF-16 code units, the order of Array.prototype.sort() without a comparator.
 */

/** The first position in `sorted[from, to)` whose entry is not below `key` (`to` if none). */
export function lowerBound(
  sorted: readonly string[],
  key: string,
  from = 0,
  to = sorted.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position of `key` in `sorted` (ascending, no duplicates), or -1. */
export function indexOfSorted(sorted: readonly string[], key: string): number {
  const at = lowerBound(sorted, key);
  return sorted[at] === key ? at : -1;
}

/** Position of `key` in the ascending integers `sorted[from, to)`, or -1. */
export function indexOfSortedNumber(
  sorted: readonly number[],
  key: number,
  from: number,
  to: number,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v < key) lo = mid + 1;
    else if (v > key) hi = mid;
    else return mid;
  }
  return -1;
}

/** The first position in the ascending integers `sorted` whose entry is not below `key`. */
export function lowerBoundNumber(sorted: readonly number[], key: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
