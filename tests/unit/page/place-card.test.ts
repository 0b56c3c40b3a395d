import { describe, expect, it } from 'vitest';
import { placeCard, type Rect, type View } from '../../../page/place-card';

const line = (left: number, top: number, width = 300, height = 20): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const desktop: View = { left: 0, top: 0, width: 1280, height: 900 };
const phone: View = { left: 0, top: 0, width: 360, height: 640 };
/** 1280×900 at 400 % zoom: the page sees a 320×225 CSS-pixel viewport. */
const zoomed: View = { left: 0, top: 0, width: 320, height: 225 };

/** The placement lies fully inside the view less the 8 px margins. */
function onScreen(p: ReturnType<typeof placeCard>, height: number, view: View) {
  const shown = Math.min(height, p.maxHeight);
  expect(p.left).toBeGreaterThanOrEqual(view.left + 8);
  expect(p.left + p.width).toBeLessThanOrEqual(view.left + view.width - 8);
  expect(p.top).toBeGreaterThanOrEqual(view.top + 8);
  expect(p.top + shown).toBeLessThanOrEqual(view.top + view.height - 8);
}

describe('placeCard', () => {
  it('goes below the sentence when it fits, aligned with its first line', () => {
    const p = placeCard(line(100, 200), line(100, 220), 400, desktop);
    expect(p).toMatchObject({ side: 'below', left: 100, top: 248, width: 380 });
    onScreen(p, 400, desktop);
  });

  it('flips above a sentence near the bottom', () => {
    const p = placeCard(line(100, 700), line(100, 720), 400, desktop);
    expect(p.side).toBe('above');
    expect(p.top + 400).toBe(700 - 8);
    onScreen(p, 400, desktop);
  });

  it('shifts left to stay inside the right edge, and narrows to a 360 px screen', () => {
    const p = placeCard(line(1200, 100, 60), line(1200, 100, 60), 300, desktop);
    expect(p.left + p.width).toBe(1280 - 8);
    const small = placeCard(line(200, 100, 100), line(10, 120), 300, phone);
    expect(small.width).toBe(344);
    expect(small.left).toBe(8);
    onScreen(small, 300, phone);
  });

  it('caps a tall card to the larger side when it fits on neither', () => {
    const p = placeCard(line(20, 300), line(20, 320), 800, phone);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(640 - 8 - (340 + 8));
    onScreen(p, 800, phone);
  });

  it('goes over the sentence at 400 % zoom, where neither side has a usable strip, and asks to scroll it up', () => {
    const p = placeCard(line(10, 100, 300, 40), line(10, 140, 300, 40), 600, zoomed);
    expect(p.side).toBe('over');
    expect(p.width).toBe(304);
    expect(p.maxHeight).toBe(225 - 16);
    onScreen(p, 600, zoomed);
    // Scrolled by that much, the sentence's first line is at the top margin and the card fits below.
    expect(p.scroll).toBe(100 - 8);
    const after = placeCard(line(10, 8, 300, 40), line(10, 48, 300, 40), 600, zoomed);
    expect(after).toMatchObject({ side: 'below', top: 96, scroll: 0 });
    expect(after.maxHeight).toBe(225 - 8 - 96);
  });

  it('at 200 % zoom (500×350) scrolls a mid-screen sentence up only as far as the card needs', () => {
    const small: View = { left: 0, top: 0, width: 500, height: 350 };
    // Strips of 124 px above and 154 px below: neither is worth 160.
    const tall = placeCard(line(10, 140), line(10, 160), 500, small);
    expect(tall.scroll).toBe(140 - 8);
    const short = placeCard(line(10, 140), line(10, 160), 200, small);
    expect(short.scroll).toBe(180 + 8 + 200 - 342);
    const moved = placeCard(line(10, 140 - short.scroll), line(10, 160 - short.scroll), 200, small);
    expect(moved).toMatchObject({ side: 'below', scroll: 0 });
    expect(moved.top).toBeGreaterThanOrEqual(180 - short.scroll);
  });

  it('without scrolling takes a compact strip beside the sentence rather than covering it', () => {
    const small: View = { left: 0, top: 0, width: 500, height: 350 };
    const p = placeCard(line(10, 140), line(10, 160), 500, small);
    expect(p).toMatchObject({ side: 'below', top: 160 + 20 + 8, maxHeight: 350 - 8 - 188 });
    onScreen(p, 500, small);
  });

  it('does not scroll when the card fits, or a side has room enough', () => {
    expect(placeCard(line(100, 200), line(100, 220), 400, desktop).scroll).toBe(0);
    expect(placeCard(line(20, 300), line(20, 320), 800, phone).scroll).toBe(0);
  });

  it('stays on screen when its sentence has scrolled out of view', () => {
    for (const top of [-2000, -30, 950, 5000]) {
      const p = placeCard(line(100, top), line(100, top + 20), 300, desktop);
      onScreen(p, 300, desktop);
    }
  });

  it('uses the visual viewport when the page is pinch-zoomed and panned', () => {
    const view: View = { left: 400, top: 300, width: 320, height: 400 };
    const p = placeCard(line(420, 320), line(420, 340), 200, view);
    expect(p.side).toBe('below');
    onScreen(p, 200, view);
  });
});
