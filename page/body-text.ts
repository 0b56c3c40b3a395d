/**
 * The text of a document's body (what `body.textContent` holds), in pieces, so that reading a
 * huge page can be spread over several tasks. Each piece is one native call (`textContent`, or
 * `Range.toString()` over a run of siblings) covering at most about PIECE_ELEMENTS elements;
 * a page that small (most pages) is read in one piece, exactly as `body.textContent`.
 * Pieces follow each other in document order, so their concatenation is the body's text.
 */

/** Elements under one native call: about a millisecond's work even on a slow machine. */
export const PIECE_ELEMENTS = 3_000;

const descendants = (el: Element) => el.getElementsByTagName('*').length;

export function* bodyTextPieces(
  doc: Document,
  pieceElements = PIECE_ELEMENTS,
): Generator<string, void, void> {
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  if (descendants(root) <= pieceElements) {
    yield root.textContent ?? '';
    return;
  }
  yield* piecesOf(doc, root, pieceElements);
}

function* piecesOf(doc: Document, parent: Element, limit: number): Generator<string, void, void> {
  // A run of small siblings, read at once through a Range.
  let first: ChildNode | null = null;
  let last: ChildNode | null = null;
  let size = 0;
  const flush = (): string => {
    if (!first || !last) return '';
    const range = doc.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    first = last = null;
    size = 0;
    return range.toString();
  };
  for (const child of Array.from(parent.childNodes)) {
    const weight = child.nodeType === 1 ? 1 + descendants(child as Element) : 0;
    if (weight > limit) {
      if (first) yield flush();
      yield* piecesOf(doc, child as Element, limit);
      continue;
    }
    if (first && size + weight > limit) yield flush();
    first ??= child;
    last = child;
    size += weight;
  }
  if (first) yield flush();
}
