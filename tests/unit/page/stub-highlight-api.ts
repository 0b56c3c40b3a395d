/**
 * A stand-in for the CSS Custom Highlight API, which happy-dom lacks: `CSS.highlights` is a plain
 * Map the test can read, and `Highlight` a Set of ranges. Undo with vi.unstubAllGlobals().
 */
import { vi } from 'vitest';

export function stubHighlightApi(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal(
    'Highlight',
    class extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    },
  );
  return registry;
}
