/**
 * A regular expression made on its first use, not when the reader loads. V8 parses a literal's
 * pattern when the literal is first evaluated, so a constant at a module's top level costs its
 * parse on every page the reader runs on, whether or not its rule is ever asked there: a long
 * pattern for a rare shape (a press release's boilerplate, a forum's titles, a PDF's lines)
 * cost every story page a few microseconds each, about 0.2 ms for the reader's fifty-odd.
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= make();
    return pattern;
  };
}
