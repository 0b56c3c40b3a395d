/**
 * The content script's context (its lifetime, and the listeners hung on it), in place of WXT's
 * ContentScriptContext: wxt.config.ts points WXT's entry wrapper here, which constructs it and
 * hands it to main(). The members our code uses, without WXT's start-up signal.
 *
 * WXT's version dispatches a DOM event named `<extension id>:content:wxt:content-script-started`
 * on the page's document when it starts, and invalidates itself when it hears one from "a newer
 * copy" of the script. Events on the document cross from our isolated world to the page's, and
 * a store extension's id is public, so any page could learn from it that Claimlight is installed,
 * and could turn Claimlight off on itself by dispatching that event (both seen in Chromium;
 * tests/e2e/hostile.e2e.test.mjs). Nothing of ours needs it: WXT uses it when a development build
 * reloads, and after an update the reader notices within a second that its extension is gone.
 * It takes no options: WXT's card helper (createShadowRootUi) asks `ctx.options?.cssInjectionMode`
 * only whether it is "ui", and the wrapper (scripts/quiet-content-wrapper.ts) passes none.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  readonly #controller = new AbortController();

  /** Aborts when the script's extension is gone (updated, reloaded, disabled). */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /**
   * Whether the extension is gone. The browser keeps an orphaned script's world alive and tells
   * it nothing; the one sign is that the extension API no longer has an id.
   */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.#controller.abort('the extension is gone');
    return this.signal.aborted;
  }

  /** Calls `callback` when the context is invalidated; returns a function that stops that. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** target.addEventListener(), removed when the context is invalidated. */
  addEventListener<K extends keyof WindowEventMap>(
    target: EventTarget,
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener(
    target: EventTarget,
    type: string,
    listener: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, listener as EventListener, { ...options, signal: this.signal });
  }
}

/** What main(), the reader and the card are given: this class's members, structurally. */
export type ScriptContext = Pick<
  ContentScriptContext,
  'signal' | 'isInvalid' | 'onInvalidated' | 'addEventListener'
>;
