/**
 * Whether a blank line ("\n\n") lies between two points of a page: asked for every sentence
 * (a pronoun's reach, "the group" named again, an event told again stop at a paragraph), up to
 * three times, each over the text of the sentences between. The page's breaks are found once;
 * each question is then a bisection, not a copy and a scan of that stretch.
 */

/** `between(from, to)` is `text.slice(from, to).includes('\n\n')`, without slicing or scanning. */
export type ParagraphBreaks = { between(from: number, to: number): boolean };

export function paragraphBreaks(text: string): ParagraphBreaks {
  /** Every position starting "\n\n", ascending ("\n\n\n" starts two). Found on the first question. */
  let at: number[] | undefined;
  const positions = (): number[] => {
    if (at) return at;
    at = [];
    for (let p = text.indexOf('\n\n'); p >= 0; p = text.indexOf('\n\n', p + 1)) at.push(p);
    return at;
  };
  return {
    between(from, to) {
      const list = positions();
      // The first break at or after `from`: it is inside [from, to) when it ends by `to`.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((list[mid] as number) < from) lo = mid + 1;
        else hi = mid;
      }
      return lo < list.length && (list[lo] as number) + 2 <= to;
    },
  };
}
