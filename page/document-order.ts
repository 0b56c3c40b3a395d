/**
 * Document order without `compareDocumentPosition`, which linkedom (the CLI's DOM) answers
 * wrongly for nodes at different depths: the extension and the CLI must agree.
 */

/** Whether `a` comes before `b` in document order (an ancestor comes before what it holds). */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const above = ancestorsOf(b);
  // Walk up from `a` to the first of its ancestors that also holds `b`.
  let child: Node | null = null;
  for (let n: Node | null = a; n; child = n, n = n.parentNode) {
    const at = above.indexOf(n);
    if (at < 0) continue;
    // `a` holds `b` (n === a): it comes first. Else compare the two children of `n` that
    // lead to each: `a`'s branch first when `b`'s branch follows it.
    if (!child) return true;
    const other = above[at - 1];
    if (!other) return false;
    for (let s = child.nextSibling; s; s = s.nextSibling) if (s === other) return true;
    return false;
  }
  return false;
}

/** `node` and its ancestors, nearest first. */
function ancestorsOf(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) out.push(n);
  return out;
}
