/**
 * The reader, for a page whose first look found the story's place (the content script loads
 * this from entrypoints/reader.ts): reads the article, has the background match it, paints, and
 * opens a card on click. Every listener, observer and highlight hangs off ctx.signal, so an
 * extension update or a disabled site tears everything down. A hostile page must never break
 * the extension or the page, so each entry point into our code catches and logs.
 *
 * The card's UI code (Preact and the components) is a third file, loaded when a card first opens
 * (load-module.ts).
 */
import { topic } from 'virtual:claimlight-story';
import { browser } from '#imports';
import type { CardView, Match } from '../../engine/types';
import { isShown, shownBySettings } from '../../page/apply-settings';
import highlightCss from '../../page/highlight-rules.css?raw';
import { hitTest } from '../../page/paint';
import { toRange } from '../../page/ranges';
import { Cancelled, type SliceClock } from '../../page/run-in-slices';
import { DEFAULT_SETTINGS, isPaused, type Settings } from '../../page/settings';
import { ShadowHighlightStyles } from '../../page/shadow-highlight-styles';
import type { CardUi } from '../card-ui';
import { loadSettings } from '../shared/settings-store';
import type { CardHost } from './card';
import documentRules from './document-highlight-rules.css?raw';
import { DocumentHighlightSheet } from './document-highlight-sheet';
import { type FollowedSettings, followSettings } from './follow-settings';
import styleRules from './highlight-style-rules.css?raw';
import { CARD_UI_MODULE, loadModule } from './load-module';
import { type CardViewRequest, withView } from './match-port';
import { matchRemotely } from './match-remotely';
import {
  type CountReport,
  isCommandRequest,
  isContentRequest,
  type SummaryResponse,
} from './messages';
import { markHighlights } from './page-hooks';
import { createPainter } from './painter';
import { createReaderCommands } from './reader-commands';
import { reanchorNow } from './reanchor-scan';
import { MAX_CHARS, type ReaderSettings, type Scan, scanPage } from './scan';
import type { ScriptContext } from './script-context';
import { type ArticleWatch, watchArticle } from './watch-article';

const log = (...args: unknown[]) => console.warn('[claimlight]', ...args);

/**
 * Up to this much article text is re-anchored at once when the page replaces its nodes (a few
 * milliseconds: one read of the article); a longer one waits for the re-scan's slices.
 */
const REANCHOR_NOW_CHARS = 60_000;

/** What the content script hands over when it starts the reader. */
export type Handover = {
  /** When the first scan began (the content script's start, for a page's first scan). */
  since: number;
  /** The clock of the content script's first look, which found the place: the scan goes on from it. */
  placeNamed?: SliceClock;
};

/** The reader as the content script sees it: it forwards the popup's and the shortcuts' messages. */
export type Reader = {
  onMessage(message: unknown, sendResponse: (response?: unknown) => void): void;
};

export function startReader(ctx: ScriptContext, handover: Handover): Reader {
  const doc = document;
  // Our highlight rules come to this document with its first highlight, and to no other.
  // The rules of the other highlight styles only for a reader who chose one.
  const sheet = new DocumentHighlightSheet(doc, `${highlightCss}\n${documentRules}`, {
    cssText: styleRules,
    styleChosen: () => current().style !== 'underline',
  });
  // Reader settings (options page), read once a page has passed the first look (a page not
  // about the story never needs them); a paused site stops there, and a change re-scans.
  let followed: FollowedSettings | undefined;
  let stored: Settings | undefined;
  let storing: Promise<void> | undefined;
  const readerSettings: ReaderSettings = {
    // Only storage's answer is waited for; everything done with it is in forPage(), in a slice.
    load: () =>
      (storing ??= loadSettings().then(
        (settings) => {
          stored = settings;
        },
        (error: unknown) => {
          // Storage unavailable (a browser setting, a profile error): read with the defaults,
          // and try again at the next scan.
          storing = undefined;
          log('settings unreadable, using the defaults', error);
        },
      )),
    forPage: () => {
      if (stored && !followed)
        followed = followSettings(doc, stored, ctx.signal, () => {
          // A style chosen on the options page shows at once on what is painted: its rules
          // join our sheet in the same task as its attribute, before the re-scan paints again.
          if (painter.painted.length > 0) sheet.ensure();
          void rescan();
        });
      if (!followed) return { paused: false, headlines: DEFAULT_SETTINGS.headlines };
      // A same-origin frame (checked above) belongs to its top page's site.
      const page = window.top?.location.href ?? location.href;
      return { paused: isPaused(page, followed.current), headlines: followed.current.headlines };
    },
  };
  /** The settings in force: the defaults until they are read. */
  const current = () => followed?.current ?? DEFAULT_SETTINGS;
  /** Our ::highlight() rules for text inside web components' shadow roots. */
  const shadowStyles = new ShadowHighlightStyles(highlightCss);
  let card: CardHost | undefined;
  let cardLoading: Promise<CardHost> | undefined;
  const loadCard = () => {
    cardLoading ??= loadModule<CardUi>(CARD_UI_MODULE).then(({ createCardHost }) => {
      card = createCardHost(ctx);
      return card;
    });
    // A failed load (the extension updated under the page) is tried again at the next click.
    cardLoading.catch(() => {
      cardLoading = undefined;
    });
    return cardLoading;
  };
  let scan: Scan | null = null;
  /** The count last sent for the toolbar badge (-1: none yet). */
  let reported = -1;
  /** Bumped by every scan; an older scan still in progress stops at its next slice. */
  let generation = 0;
  /** The page watcher (set once the first scan is on its way). */
  let watch: ArticleWatch | undefined;
  /** The address the current highlights belong to (a single-page app changes it in place). */
  let scannedUrl = location.href;

  /**
   * After history.pushState the page shows another article in the same document: the old
   * highlights and card go at once, and the next scan starts from nothing.
   */
  const forgetIfNavigated = () => {
    if (location.href === scannedUrl) return false;
    scannedUrl = location.href;
    generation++;
    scan = null;
    unpaint();
    card?.close('outside');
    markHighlights(doc, null);
    return true;
  };

  /** Paints the statements the reader's settings show (and nothing on most pages, which have none). */
  const painter = createPainter({
    doc,
    settings: current,
    signal: ctx.signal,
    shadowStyles,
    documentSheet: sheet,
    log,
  });
  const show = (ranges: Range[], matches: Match[], shadowRoots: readonly ShadowRoot[]) =>
    painter.show({ ranges, matches, shadowRoots });
  const unpaint = () => painter.unpaint();

  const rescan = async (since = performance.now(), placeNamed?: SliceClock) => {
    forgetIfNavigated();
    const mine = ++generation;
    /** Shows a finished scan; scanPage() calls it before it records the measure. */
    const apply = (next: Scan) => {
      if (mine !== generation || ctx.isInvalid) return;
      if (next.paused) {
        // Paused on this site: no highlights, no mark on the page, no count on the badge.
        scan = null;
        unpaint();
        markHighlights(doc, null);
        if (reported > 0) {
          reported = 0;
          const report: CountReport = { type: 'claimlight:count', count: 0 };
          browser.runtime.sendMessage(report).catch(() => {});
        }
        return;
      }
      scan = next;
      for (const root of scan.shadowRoots) watch?.observe(root);
      if (!reader.hidden) show(scan.ranges, scan.matches, scan.shadowRoots);
      markHighlights(doc, scan.matches.length);
      // The toolbar badge shows the count of statements painted (the settings' verdicts), each
      // frame's added up (background/badge.ts), as the popup lists them. A matching pass put it
      // there already; a scan that reused the last matches (the settings changed) did not, and
      // one whose statements are not all on the page any more (no range) has fewer.
      const count = shownBySettings(scan.matches, scan.ranges, current()).shown.length;
      if (scan.counted !== undefined) reported = scan.counted;
      // A new page's badge starts empty (background/badge.ts): a page with none sends nothing.
      if (count !== reported && (count > 0 || reported > 0)) {
        reported = count;
        const report: CountReport = { type: 'claimlight:count', count: reported };
        browser.runtime.sendMessage(report).catch(() => {});
      }
    };
    try {
      const first = scan === null;
      await scanPage(doc, matchRemotely, scan, {
        since,
        topic,
        readerSettings,
        isCancelled: () => mine !== generation || ctx.isInvalid,
        apply,
        ...(placeNamed && { placeNamed }),
        // The first scan shows its highlights as it finds them, the visible part first; a
        // re-scan keeps the old ones up until it has all the new ones.
        ...(first && {
          onProgress: (ranges: Range[], matches: Match[], shadowRoots: ShadowRoot[]) => {
            if (mine === generation && !ctx.isInvalid && !reader.hidden)
              show(ranges, matches, shadowRoots);
          },
        }),
      });
    } catch (error) {
      if (!(error instanceof Cancelled)) log('scan failed', error);
    }
  };

  // Reader experience (issue 9): keyboard commands, live announcements, the hover cue.
  /** Bumped by every open and by a double-click, so a card still loading never opens late. */
  let opening = 0;
  const openAt = (index: number) => {
    const match = scan?.matches[index];
    const range = scan?.ranges[index];
    if (!match || !range) return;
    const mine = ++opening;
    reader.setCurrent(index);
    // The card's sources come from the background (match-port.ts: WireCard), asked for while
    // the card's code loads (on the first open) or at once.
    Promise.all([loadCard(), viewOf(match)])
      .then(([host, full]) => (mine === opening ? host.open(full, range) : undefined))
      .catch((error) => log('card failed', error));
  };
  /** The open card's views, by claim and value: a card opened again is not asked for again. */
  const views = new Map<string, Promise<CardView>>();
  const viewOf = async (match: Match): Promise<Match> => {
    const key = `${match.claim}\u0000${match.value ?? ''}`;
    let view = views.get(key);
    if (!view) {
      const request: CardViewRequest = {
        type: 'claimlight:card',
        claim: match.claim,
        ...(match.value !== undefined && { value: match.value }),
      };
      view = browser.runtime.sendMessage(request).then((answer: unknown) => {
        if (!answer) throw new Error(`no card for ${match.claim}`);
        return answer as CardView;
      });
      views.set(key, view);
      // Not kept when it failed (the background was restarting): the next open asks again.
      view.catch(() => views.delete(key));
    }
    return withView(match, await view);
  };
  const reader = createReaderCommands({
    scan: () => scan,
    open: openAt,
    closeCard: () => card?.close('outside'),
    settings: current,
    painter,
    signal: ctx.signal,
  });

  ctx.addEventListener(
    doc,
    'click',
    (event) => {
      try {
        if (!scan?.matches.length || card?.isOwn(event.target as Node)) return;
        // The second and third clicks of a double- or triple-click select a word or a
        // paragraph: the reader is selecting text, so no card (and not the first click's).
        if (event.detail > 1) {
          opening++;
          card?.close('outside');
          return;
        }
        if (reader.hidden) return;
        if (event.button !== 0 || event.defaultPrevented || hasSelection(doc)) return;
        const index = hitTest(doc, scan.ranges, event.clientX, event.clientY);
        const hit = scan.matches[index];
        if (hit && isShown(hit.verdict, current())) openAt(index);
        else card?.close('outside');
      } catch (error) {
        log('click failed', error);
      }
    },
    { capture: true },
  );

  // A press on a highlight asks for its card's sources at once: a reader's click ends some
  // 50–150 ms later, by which time they have come.
  ctx.addEventListener(
    doc,
    'mousedown',
    (event) => {
      try {
        if (event.button !== 0 || !scan?.matches.length || reader.hidden) return;
        if (card?.isOwn(event.target as Node)) return;
        const hit = scan.matches[hitTest(doc, scan.ranges, event.clientX, event.clientY)];
        if (hit) viewOf(hit).catch(() => {});
      } catch (error) {
        log('press failed', error);
      }
    },
    { capture: true, passive: true },
  );

  ctx.addEventListener(doc, 'keydown', (event) => {
    if (event.key === 'Escape' && card?.isOpen) card.close();
  });

  const onMessage = (message: unknown, sendResponse: (r?: unknown) => void) => {
    if (isCommandRequest(message)) {
      reader.run(message.command);
      return;
    }
    if (!isContentRequest(message)) return;
    try {
      if (message.type === 'claimlight:summary') {
        // All the matches (the popup opens one by its index), and which of them are painted.
        const response: SummaryResponse = {
          matches: scan?.matches ?? [],
          sentences: scan?.sentences ?? 0,
          ...(scan
            ? shownBySettings(scan.matches, scan.ranges, current())
            : { shown: [], hidden: 0 }),
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
  };
  ctx.onInvalidated(() => {
    generation++;
    unpaint();
    card?.close('outside');
    markHighlights(doc, null);
    sheet.remove();
  });
  // When the extension is updated, reloaded or disabled, the browser keeps this script's world
  // alive but tells it nothing: the context only notices when asked (script-context.ts). A
  // cheap check each second (one property read) tears everything down within a second. The
  // same tick puts our sheet back if the page replaced its adoptedStyleSheets since.
  const alive = setInterval(() => {
    if (ctx.isInvalid) clearInterval(alive);
    else if (painter.painted.length > 0) sheet.ensure();
  }, 1_000);

  // A single-page app's history.pushState: the Navigation API reports it where there is one;
  // elsewhere the watcher's next re-scan notices the new address (forgetIfNavigated).
  const navigation = (window as Window & { navigation?: EventTarget }).navigation;
  const onNavigated = () => {
    if (forgetIfNavigated()) void rescan();
  };
  if (navigation) ctx.addEventListener(navigation, 'currententrychange', onNavigated);
  ctx.addEventListener(window, 'popstate', onNavigated);

  /**
   * An app that re-renders its article replaces the Text nodes our Ranges are on, and they
   * collapse: the highlights would be gone until the next re-scan, and on a page re-rendering
   * every few hundred milliseconds, for good. Right after such a change (the observer's
   * callback runs before the page paints), the passages are found again by their text and
   * repainted; a long article waits for the re-scan, which re-anchors in slices.
   */
  const keepAnchored = () => {
    try {
      const current = scan;
      if (!current || current.ranges.length === 0 || current.text.length > REANCHOR_NOW_CHARS)
        return;
      if (!current.ranges.some((r) => r.collapsed || !r.startContainer.isConnected)) return;
      const { article, matches } = reanchorNow(doc, current.text, current.matches, {
        maxChars: MAX_CHARS,
        headlines: readerSettings.forPage().headlines,
      });
      const ranges = matches.map((m) => toRange(doc, article.segments, m.start, m.end));
      scan = { ...current, text: article.text, matches, ranges, shadowRoots: article.shadowRoots };
      if (!reader.hidden) show(ranges, matches, article.shadowRoots);
      markHighlights(doc, matches.length);
    } catch (error) {
      log('re-anchoring failed', error);
    }
  };
  watch = watchArticle(
    doc,
    (node) => !!card?.isOwn(node),
    () => void rescan(),
    ctx.signal,
    keepAnchored,
  );
  // Last: the scan's first slice ends at its first yield, and must hold all of the set-up above.
  void rescan(handover.since, handover.placeNamed);
  return { onMessage };
}

/** A reader selecting text to copy should not get a card popping up. */
function hasSelection(doc: Document): boolean {
  const selection = doc.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim().length > 0;
}

function scrollToHighlight(range: Range | undefined): void {
  const el = range?.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'instant' });
}
