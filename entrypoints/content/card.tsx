/**
 * The container for components/ClaimCard: a shadow root (page CSS cannot reach in, ours cannot
 * leak out) placed under the clicked sentence. Pure positioning and lifetime; the card itself is
 * a presentational component.
 */

import { render } from 'preact';
import {
  type ContentScriptContext,
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from '#imports';
import { ClaimCard } from '../../components/ClaimCard';
import type { Match } from '../../engine/types';

const GAP = 8;
const MARGIN = 12;

export type CardHost = {
  open(match: Match, range: Range): Promise<void>;
  close(): void;
  readonly isOpen: boolean;
  /** True for our own shadow host and anything inside it (clicks there are not "outside"). */
  isOwn(node: Node): boolean;
};

export function createCardHost(ctx: ContentScriptContext): CardHost {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let open = false;

  const ensureUi = () => {
    creating ??= createShadowRootUi(ctx, {
      name: 'claimlight-card',
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

  const close = () => {
    if (!open) return;
    open = false;
    ui?.remove();
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
      const card = await ensureUi();
      if (ctx.isInvalid) return;
      if (!open) card.mount();
      open = true;
      const container = card.uiContainer;
      // A new key per sentence so the card's own state (focus, expanded lists) starts fresh.
      render(
        <ClaimCard key={`${match.start}:${match.claim}`} match={match} onClose={close} />,
        container,
      );
      place(container, range);
    },
  };
}

/**
 * Positions the uiContainer, not the host: WXT's `:host { all: initial !important }` overrides
 * any inline style on the host (toolchain pitfall 2). Below the sentence's last line when it
 * fits, above its first line otherwise, clamped into the viewport horizontally.
 */
function place(container: HTMLElement, range: Range): void {
  const rects = Array.from(range.getClientRects());
  const first = rects[0] ?? range.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  Object.assign(container.style, {
    position: 'absolute',
    zIndex: '2147483647',
    left: '0px',
    top: '0px',
    maxWidth: `min(420px, calc(100vw - ${2 * MARGIN}px))`,
    // A card taller than the window scrolls inside itself rather than off screen.
    maxHeight: `calc(100vh - ${2 * MARGIN}px)`,
    overflowY: 'auto',
  });
  const width = container.offsetWidth;
  const height = container.offsetHeight;
  const view = container.ownerDocument.documentElement;
  const viewWidth = view.clientWidth || window.innerWidth;
  const viewHeight = window.innerHeight;
  const x = Math.max(MARGIN, Math.min(first.left, viewWidth - width - MARGIN));
  const below = last.bottom + GAP;
  const above = first.top - GAP - height;
  const fitsBelow = below + height <= viewHeight;
  // Below if it fits, else above if that fits, else as low as it can go and still be seen whole.
  const y = fitsBelow
    ? below
    : above > 0
      ? above
      : Math.max(MARGIN, Math.min(below, viewHeight - height - MARGIN));
  const origin = containingBlockOrigin(container);
  container.style.left = `${Math.round(x - origin.x)}px`;
  container.style.top = `${Math.round(y - origin.y)}px`;
}

/** Viewport position of the box our absolute coordinates are relative to (a positioned <body>, or the document). */
function containingBlockOrigin(container: HTMLElement): { x: number; y: number } {
  const parent = container.offsetParent as HTMLElement | null;
  const host = (container.getRootNode() as ShadowRoot).host ?? container;
  // offsetParent falls back to <body> even when the card is not inside it.
  if (parent?.contains(host) && getComputedStyle(parent).position !== 'static') {
    const r = parent.getBoundingClientRect();
    return {
      x: r.left + parent.clientLeft - parent.scrollLeft,
      y: r.top + parent.clientTop - parent.scrollTop,
    };
  }
  return { x: -window.scrollX, y: -window.scrollY };
}
