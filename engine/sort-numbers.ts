/**
 * Sorts a short list of small integers in place, ascending. The engine sorts a few numbers per
 * sentence (claim numbers, concept numbers, hit positions); Array.prototype.sort copies every
 * list into a work array first, which on a long page is a steady stream of garbage for lists
 * that are mostly two or three long. Insertion sort allocates nothing.
 */
export function sortNumbers<T extends number[]>(list: T): T {
  for (let i = 1; i < list.length; i++) {
    const value = list[i] as number;
    let j = i - 1;
    while (j >= 0 && (list[j] as number) > value) {
      list[j + 1] = list[j] as number;
      j--;
    }
    list[j + 1] = value;
  }
  return list;
}
