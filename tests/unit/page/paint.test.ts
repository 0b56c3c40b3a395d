import { afterEach, describe, expect, it, vi } from 'vitest';
import { paint } from '../../../page/paint';
import type { ShadowHighlightStyles } from '../../../page/shadow-highlight-styles';
import { setMarkup } from '../set-markup';
import { stubHighlightApi } from './stub-highlight-api';

function sentenceRange(): Range {
  setMarkup(document.body, '<p>Troops will leave.</p>');
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

  it('adds only the ranges new to a showing, and drops those a showing no longer holds', () => {
    const registry = stubHighlightApi();
    const controller = new AbortController();
    setMarkup(document.body, '<p>One.</p><p>Two.</p><p>Three.</p>');
    const [a, b, c] = [...document.querySelectorAll('p')].map((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return range;
    }) as [Range, Range, Range];
    paint([a], ['disputed'], controller.signal);
    const disputed = registry.get('claimlight-disputed') as Set<Range>;
    const added = vi.spyOn(disputed, 'add');
    // A later showing holds every range so far, in another order: only the new one is added.
    paint([b, a], ['disputed', 'disputed'], controller.signal);
    expect(added).toHaveBeenCalledTimes(1);
    expect(registry.get('claimlight-disputed')).toBe(disputed);
    expect([...disputed]).toEqual([a, b]);
    // A verdict hidden (or a range re-anchored): what is no longer shown goes.
    paint([c, b], ['corroborated', 'disputed'], controller.signal);
    expect([...disputed]).toEqual([b]);
    expect([...(registry.get('claimlight-corroborated') as Set<Range>)]).toEqual([c]);
    paint([c], ['corroborated'], controller.signal);
    expect(registry.has('claimlight-disputed')).toBe(false);
    controller.abort();
    expect(registry.size).toBe(0);
  });

  it('asks no range where it is when none can be in a shadow root', () => {
    stubHighlightApi();
    const controller = new AbortController();
    const range = sentenceRange();
    const styles = { cover: vi.fn(), clear: vi.fn() } as unknown as ShadowHighlightStyles;
    paint([range], ['disputed'], controller.signal, styles, false);
    expect(styles.cover).not.toHaveBeenCalled();
    paint([range, sentenceRange()], ['disputed', 'disputed'], controller.signal, styles);
    expect(styles.cover).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('registers everything again when the page emptied or removed our highlight', () => {
    const registry = stubHighlightApi();
    const controller = new AbortController();
    const range = sentenceRange();
    paint([range], ['disputed'], controller.signal);
    (registry.get('claimlight-disputed') as Set<Range>).clear();
    const other = sentenceRange();
    paint([range, other], ['disputed', 'disputed'], controller.signal);
    expect([...(registry.get('claimlight-disputed') as Set<Range>)]).toEqual([range, other]);
    registry.clear();
    paint([range, other], ['disputed', 'disputed'], controller.signal);
    expect([...(registry.get('claimlight-disputed') as Set<Range>)]).toEqual([range, other]);
    controller.abort();
  });
});
