import { describe, expect, it } from 'vitest';
import { isSameOriginAsTop } from '../../../page/frame';

/** A frame's window as the check sees it: its origin and its top window. */
function frame(origin: string, top: Window | null): Window {
  const win = { origin, top } as unknown as Window & { top: Window | null };
  if (top === null) win.top = win;
  return win;
}

describe('isSameOriginAsTop', () => {
  it('runs in the top frame', () => {
    expect(isSameOriginAsTop(frame('https://news.example', null))).toBe(true);
  });

  it('runs in a frame of the same origin (including about:blank and srcdoc, which inherit it)', () => {
    const top = frame('https://news.example', null);
    expect(isSameOriginAsTop(frame('https://news.example', top))).toBe(true);
  });

  it('stays out of a frame of another origin', () => {
    const top = frame('https://news.example', null);
    expect(isSameOriginAsTop(frame('https://ads.example', top))).toBe(false);
  });

  it('stays out when the top window cannot even be read (the browser throws for other origins)', () => {
    const top = {
      get origin(): string {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    } as unknown as Window;
    expect(isSameOriginAsTop(frame('https://news.example', top))).toBe(false);
  });
});
