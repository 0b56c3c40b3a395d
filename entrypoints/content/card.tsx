/**
 * The container for components/ClaimCard: a shadow root (page CSS cannot reach in, ours cannot
 * leak out) placed next to its sentence and kept there while the page scrolls or resizes. It owns
 * the card's lifetime around the modal: where focus and scroll go back to on close, and the
 * reader's language (browser.i18n) handed to the presentational card.
 */

import { render } from 'preact';
import {
  browser,
  type ContentScriptContext,
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from '#imports';
import { ClaimCard } from '../../components/ClaimCard';
// The card's styles as text, put into its shadow root (page CSS cannot reach in, ours cannot leak out).
import cardCss from '../../components/card.css?raw';
import type { Match } from '../../engine/types';
import { followLayout } from '../../page/follow-layout';
import { placeCard, type View } from '../../page/place-card';
import { startTabbingAt } from '../../page/start-tabbing-at';
import type { OpenStoryRequest } from '../background/open-story';
import { t } from '../shared/i18n';
import type { ScriptContext } from './script-context';

/**
 * Why a card closes. `dismiss` (Escape, ×) hands focus and scroll back to where the reader was;
 * `outside` (a click elsewhere, a double-click selecting text) leaves them where the reader put them.
 */
export type CloseReason = 'dismiss' | 'outside';

export type CardHost = {
  open(match: Match, range: Range): Promise<void>;
  close(reason?: CloseReason): void;
  readonly isOpen: boolean;
  /** True for our own shadow host and anything inside it (clicks there are not "outside"). */
  isOwn(node: Node): boolean;
};

/** Where the reader was when the card opened, to go back to on Escape or ×. */
type Return = { focus: HTMLElement | null; scrollX: number; scrollY: number };

export function createCardHost(ctx: ScriptContext): CardHost {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let open = false;
  let anchor: Range | undefined;
  let back: Return | undefined;
  /** Bumped by every open and close, so an open still waiting for the UI never lands after a close. */
  let version = 0;
  /** Aborted when the card closes: its scroll and resize listeners go with it. */
  let lifetime: AbortController | undefined;

  const locale = browser.i18n.getUILanguage();
  const dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';

  const ensureUi = () => {
    // WXT's UI helper is typed for WXT's context; it reads only `onInvalidated`, which ours has,
    // and `options?.cssInjectionMode` (ours has none: not "ui", script-context.ts).
    creating ??= createShadowRootUi(ctx as unknown as ContentScriptContext, {
      name: 'claimlight-card',
      css: cardCss,
      position: 'inline',
      // On <html>, outside <body>: a page's transform or zoom on its body must not scale or
      // move the card.
      anchor: () => document.documentElement,
      append: 'last',
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((created) => {
      ui = created;
      return created;
    });
    return creating;
  };

  const close = (reason: CloseReason = 'dismiss') => {
    version++;
    if (!open) return;
    open = false;
    lifetime?.abort();
    const range = anchor;
    const was = back;
    back = undefined;
    // Focus goes back before the card is removed, so it never falls to <body> in between.
    if (reason === 'dismiss' && was) {
      if (was.focus?.isConnected) was.focus.focus({ preventScroll: true });
      else if (range) startTabbingAt(range);
    }
    ui?.remove();
    if (reason === 'dismiss' && was) window.scrollTo(was.scrollX, was.scrollY);
  };

  const reposition = () => {
    const container = ui?.uiContainer;
    if (open && container && anchor) place(container, anchor);
  };

  return {
    get isOpen() {
      return open;
    },
    isOwn(node) {
      const host = ui?.shadowHost;
      return !!host && (node === host || host.contains(node));
    },
    close,
    async open(match, range) {
      const mine = ++version;
      // Taken before the await: the card's own focus must not be mistaken for the reader's. A
      // control the reader had focused (then pressed a shortcut) gets focus back; after a click
      // on text (focus on <body>) the sentence itself is where Tab continues.
      const focus = back ? back.focus : focusedControl(document);
      const card = await ensureUi();
      if (ctx.isInvalid || mine !== version) return;
      if (!open) card.mount();
      open = true;
      anchor = range;
      back = { focus, scrollX: window.scrollX, scrollY: window.scrollY };
      lifetime?.abort();
      lifetime = new AbortController();
      const container = card.uiContainer;
      // A new key per sentence so the card's own state (focus, expanded lists) starts fresh.
      render(
        <ClaimCard
          key={`${match.start}:${match.claim}`}
          match={match}
          onClose={() => close('dismiss')}
          onOpenStory={() => {
            const request: OpenStoryRequest = { type: 'claimlight:open-story', claim: match.claim };
            browser.runtime.sendMessage(request).catch(() => {});
          }}
          t={t}
          locale={locale}
          dir={dir}
        />,
        container,
      );
      // On a small viewport the page may scroll once, so the card fits below its sentence instead
      // of covering it; Escape and × scroll back to where the reader was (`back`).
      place(container, range, true);
      followLayout(document, reposition, AbortSignal.any([lifetime.signal, ctx.signal]));
    },
  };
}

/**
 * Positions the uiContainer, not the host: WXT's `:host { all: initial !important }` overrides
 * any inline style on the host. `position: fixed`, so viewport geometry is
 * all it takes; the rules are in page/place-card.ts. `mayScroll` (on open only, never while the
 * reader scrolls) lets the page scroll the sentence up when the card would otherwise cover it.
 */
function place(container: HTMLElement, range: Range, mayScroll = false): void {
  const rects = Array.from(range.getClientRects());
  const first = rects[0] ?? range.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  const view = visibleViewport();
  const { width } = placeCard(first, last, 0, view);
  Object.assign(container.style, {
    position: 'fixed',
    zIndex: '2147483647',
    left: '0px',
    top: '0px',
    width: `${width}px`,
    margin: '0',
  });
  // The card's full height is its content's (scrollHeight) plus its borders, read without
  // lifting its max-height: that would reset a card the reader has scrolled inside to its top.
  // A transformed or filtered ancestor makes "fixed" relative to it, so where (0, 0) landed is
  // measured too rather than assumed.
  const card = container.querySelector<HTMLElement>('.cl-card') ?? container;
  const height = card.scrollHeight + card.offsetHeight - card.clientHeight;
  const origin = container.getBoundingClientRect();
  const spot = placeCard(first, last, height, view);
  if (mayScroll && spot.scroll) {
    const before = window.scrollY;
    window.scrollBy({ top: spot.scroll, behavior: 'instant' });
    if (window.scrollY !== before) {
      place(container, range);
      return;
    }
  }
  container.style.setProperty('--cl-max-height', `${Math.floor(spot.maxHeight)}px`);
  container.style.left = `${Math.round(spot.left - origin.left)}px`;
  container.style.top = `${Math.round(spot.top - origin.top)}px`;
  container.dataset.side = spot.side;
}

/** The part of the page the reader sees, in client coordinates, without scrollbars. */
function visibleViewport(): View {
  const vv = window.visualViewport;
  const root = document.documentElement;
  const width = Math.min(vv?.width ?? window.innerWidth, root.clientWidth || window.innerWidth);
  const height = Math.min(vv?.height ?? window.innerHeight, window.innerHeight);
  return { left: vv?.offsetLeft ?? 0, top: vv?.offsetTop ?? 0, width, height };
}

/** The page control that had focus (through open shadow roots), or null for none / <body>. */
function focusedControl(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!(active instanceof HTMLElement) || active === doc.body || active === doc.documentElement)
    return null;
  return active;
}
