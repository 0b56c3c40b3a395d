import { afterEach, describe, expect, it, vi } from 'vitest';
import { grownFrom, paint, paintMore } from '../../../page/paint';

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
      add(range: Range) {
        this.ranges.push(range);
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

  it('adds only the new ranges to a list that grew, keeping the highlights registered', () => {
    const registry = stubHighlightApi();
    const controller = new AbortController();
    const [a, b, c] = [sentenceRange(), sentenceRange(), sentenceRange()] as [Range, Range, Range];
    paint([a], ['disputed'], controller.signal);
    const disputed = registry.get('claimlight-disputed') as { ranges: Range[] };
    paintMore([b, c], ['disputed', 'corroborated'], controller.signal);
    expect(registry.get('claimlight-disputed')).toBe(disputed);
    expect(disputed.ranges).toEqual([a, b]);
    expect((registry.get('claimlight-corroborated') as { ranges: Range[] }).ranges).toEqual([c]);
    controller.abort();
    expect(registry.size).toBe(0);
  });
});

describe('grownFrom', () => {
  const [a, b, c] = [new Range(), new Range(), new Range()];
  it('says which ranges were there when a list only grew, in any order', () => {
    expect(grownFrom([a, b], [b, c, a])).toEqual(new Set([a, b]));
  });
  it('is null when a range went, or nothing was added', () => {
    expect(grownFrom([a, b], [a, c, new Range()])).toBeNull();
    expect(grownFrom([a, b], [b, a])).toBeNull();
  });
});
