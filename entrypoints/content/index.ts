/**
 * Content script: wiring only. Reads the page, asks the engine, paints, and opens a card on
 * click. Every listener, observer and highlight hangs off ctx.signal, so an extension update or
 * a disabled site tears everything down. A hostile page must never break the extension or the
 * page, so each entry point into our code catches and logs.
 */
import '../../components/card.css';
import { browser, defineContentScript } from '#imports';
import { kb } from '../../data/index';
import { createMatcher } from '../../engine/index';
import { canPaint, clearPaint, hitTest, paint } from '../../page/paint';
import { createCardHost } from './card';
import { isContentRequest, type SummaryResponse } from './messages';
import { CONTENT_MATCHES } from './news-sites';
import { type Scan, scanPage } from './scan';
import { watchArticle } from './watch-article';

const log = (...args: unknown[]) => console.warn('[claimlight]', ...args);

export default defineContentScript({
  matches: CONTENT_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    const doc = document;
    const matcher = createMatcher(kb);
    const card = createCardHost(ctx);
    let scan: Scan | null = null;

    const rescan = () => {
      try {
        scan = scanPage(doc, matcher, scan);
        paint(
          scan.ranges,
          scan.matches.map((m) => m.verdict),
          ctx.signal,
        );
        doc.documentElement.setAttribute('data-claimlight', `highlights:${scan.matches.length}`);
      } catch (error) {
        log('scan failed', error);
      }
    };

    const openAt = (index: number) => {
      const match = scan?.matches[index];
      const range = scan?.ranges[index];
      if (match && range) card.open(match, range).catch((error) => log('card failed', error));
    };

    ctx.addEventListener(
      doc,
      'click',
      (event) => {
        try {
          if (!scan?.matches.length || card.isOwn(event.target as Node)) return;
          if (event.button !== 0 || event.defaultPrevented || hasSelection(doc)) return;
          const index = hitTest(doc, scan.ranges, event.clientX, event.clientY);
          if (index >= 0) openAt(index);
          else card.close();
        } catch (error) {
          log('click failed', error);
        }
      },
      { capture: true },
    );

    ctx.addEventListener(doc, 'keydown', (event) => {
      if (event.key === 'Escape' && card.isOpen) card.close();
    });

    const onMessage = (message: unknown, _sender: unknown, sendResponse: (r?: unknown) => void) => {
      if (!isContentRequest(message)) return false;
      try {
        if (message.type === 'claimlight:summary') {
          const response: SummaryResponse = {
            matches: scan?.matches ?? [],
            sentences: scan?.sentences ?? 0,
          };
          sendResponse(response);
        } else {
          scrollToHighlight(scan?.ranges[message.index]);
          openAt(message.index);
          sendResponse({ ok: true });
        }
      } catch (error) {
        log('message failed', error);
        sendResponse(undefined);
      }
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      clearPaint();
      card.close();
      doc.documentElement.removeAttribute('data-claimlight');
    });

    if (!canPaint()) log('this browser has no CSS Custom Highlight API; nothing is painted');
    rescan();
    watchArticle(doc, (node) => card.isOwn(node), rescan, ctx.signal);
  },
});

/** A reader selecting text to copy should not get a card popping up. */
function hasSelection(doc: Document): boolean {
  const selection = doc.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim().length > 0;
}

function scrollToHighlight(range: Range | undefined): void {
  const el = range?.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'instant' });
}
