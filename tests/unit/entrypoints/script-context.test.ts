/**
 * The content script's context (entrypoints/content/script-context.ts): it says nothing to the
 * page when it starts, a page's events cannot end it, and it ends when the extension is gone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '../../../entrypoints/content/script-context';

/** The event WXT's own context dispatches on start, and obeys from "a newer copy". */
const wxtStarted = () => `${browser.runtime.id}:content:wxt:content-script-started`;

/** Makes the extension API lose its id, as an orphaned script's world sees after an update. */
function extensionGone(): () => void {
  const runtime = browser.runtime as { id?: string };
  const id = runtime.id;
  Object.defineProperty(runtime, 'id', { value: undefined, configurable: true, writable: true });
  return () =>
    Object.defineProperty(runtime, 'id', { value: id, configurable: true, writable: true });
}

afterEach(() => vi.restoreAllMocks());

describe('ContentScriptContext (ours)', () => {
  it('dispatches no event on the page and posts no message to it when it starts', () => {
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const posted = vi.spyOn(window, 'postMessage');
    const ctx = new ContentScriptContext();
    expect(dispatched).not.toHaveBeenCalled();
    expect(posted).not.toHaveBeenCalled();
    // WXT's card helper asks this whether to inject the script's CSS into the card: it must not.
    const { options } = ctx as { options?: { cssInjectionMode?: string } };
    expect(options?.cssInjectionMode).not.toBe('ui');
  });

  it('is not ended by a page dispatching WXT’s start event', () => {
    const ctx = new ContentScriptContext();
    document.dispatchEvent(
      new CustomEvent(wxtStarted(), { detail: { contentScriptName: 'content', messageId: 'x' } }),
    );
    expect(ctx.isInvalid).toBe(false);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('ends once the extension is gone: the signal aborts and the callbacks run', () => {
    const ctx = new ContentScriptContext();
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    const restore = extensionGone();
    try {
      expect(ctx.isInvalid).toBe(true);
    } finally {
      restore();
    }
    expect(ctx.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledOnce();
  });

  it('removes the listeners it added once it ends, and a removed callback does not run', () => {
    const ctx = new ContentScriptContext();
    const clicks = vi.fn();
    const removed = vi.fn();
    ctx.addEventListener(document, 'click', clicks);
    ctx.onInvalidated(removed)();
    document.dispatchEvent(new MouseEvent('click'));
    expect(clicks).toHaveBeenCalledOnce();
    const restore = extensionGone();
    try {
      expect(ctx.isInvalid).toBe(true);
    } finally {
      restore();
    }
    document.dispatchEvent(new MouseEvent('click'));
    expect(clicks).toHaveBeenCalledOnce();
    expect(removed).not.toHaveBeenCalled();
  });
});
