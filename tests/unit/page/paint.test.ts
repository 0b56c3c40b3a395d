import { afterEach, describe, expect, it, vi } from 'vitest';
import { paint } from '../../../page/paint';

/** A stand-in registry: happy-dom has no CSS Custom Highlight API. */
function stubHighlightApi(): Map<string, unknown> {
  const registry = new Map<string, unknown>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal(
    'Highlight',
    class {
      readonly ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    },
  );
  return registry;
}

function sentenceRange(): Range {
  document.body.innerHTML = '<p>Troops will leave.</p>';
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p') as Element);
  return range;
}

describe('paint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('registers one highlight per verdict and clears them all when the signal aborts', () => {
    const registry = stubHighlightApi();
    const controller = new AbortController();
    paint([sentenceRange()], ['corroborated'], controller.signal);
    expect([...registry.keys()]).toEqual(['claimlight-corroborated']);
    controller.abort();
    expect(registry.size).toBe(0);
  });

  it('adds one abort listener per signal, however often a page is re-painted', () => {
    stubHighlightApi();
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, 'addEventListener');
    const range = sentenceRange();
    for (let i = 0; i < 50; i++) paint([range], ['disputed'], controller.signal);
    expect(added).toHaveBeenCalledTimes(1);
  });
});
