/**
 * Content script: the first look, and nothing else until it finds the story. Most pages on a
 * news site are not about the story, and every one of them compiles and runs this script, so it
 * carries only the story's anchor words and the code to count them in the page's text
 * (page/first-look.ts). A page that names the story's place loads the reader
 * (entrypoints/reader.ts → content/reader.ts: article, matching in the background, paint, card,
 * shortcuts) and hands it the scan in progress. A page that does not is looked at again when its
 * text changes (a live blog, a single-page app's next article), until it does.
 *
 * Until then it does not touch the extension API at all: in Chromium the first use of `runtime`
 * builds its bindings in the page's process, 2–3 ms that most pages would pay for nothing. So
 * it listens for the popup's and the shortcuts' messages only once the page names the place; on
 * any other page nobody answers them, which the popup reads as "no statements here" and the
 * shortcuts as a cue to open the popup (background/forward-command.ts). Firefox may refuse to open
 * the popup there, so in Firefox the script listens from the start, and a shortcut on such a page
 * loads the reader, which looks again and says what it found.
 */
import { firstLook } from 'virtual:claimlight-story';
import type { IsolatedWorldContentScriptDefinition } from 'wxt';
import { browser } from '#imports';
import { isSameOriginAsTop } from '../../page/frame';
import { NEVER_NAMED, namesThePlaceSteps } from '../../page/names-the-place';
import {
  Cancelled,
  closeSlice,
  enterPhase,
  runInSlices,
  type SliceClock,
  startClock,
  yieldIfSpent,
} from '../../page/run-in-slices';
import type { ReaderModule } from '../reader';
import { loadModule, READER_MODULE } from './load-module';
import { measureScan } from './measure-scan';
import { isCommandRequest, isContentRequest, type SummaryResponse } from './messages';
import { CONTENT_MATCHES } from './news-sites';
import { onLocalHost } from './page-hooks';
import type { Reader } from './reader';
import type { ScriptContext } from './script-context';
import { STARTED } from './started';
import { watchArticle } from './watch-article';

const log = (...args: unknown[]) => console.warn('[claimlight]', ...args);

// A plain definition rather than defineContentScript(), whose module would evaluate WXT's
// browser polyfill before started.ts and hide that cost from the measure.
export default {
  matches: CONTENT_MATCHES,
  // Every frame of a matched page, including about:blank and srcdoc frames its own scripts fill
  // (they inherit the page's origin); main() then leaves frames of other origins alone.
  allFrames: true,
  matchAboutBlank: true,
  // The card's styles travel inside its own code (card-ui.ts), not as a file of this script.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  // Our context (script-context.ts) says nothing to the page; should WXT's ever come back, it
  // would also window.postMessage() its start under a name holding the extension's id.
  noScriptStartedPostMessage: true,
  // The context is ours (script-context.ts; wxt.config.ts hands it to WXT's wrapper).
  async main(ctx: ScriptContext) {
    if (!isSameOriginAsTop(window)) return;
    const doc = document;
    let reader: Reader | undefined;
    let readerLoading: Promise<Reader> | undefined;
    /** Messages that arrived while the reader was loading, answered once it runs. */
    const waiting: [unknown, (response?: unknown) => void][] = [];
    /** Until the reader runs, this watch looks again when the page's text changes. */
    const looking = new AbortController();
    ctx.onInvalidated(() => looking.abort());

    const startReader = (since: number, placeNamed?: SliceClock) => {
      listen();
      readerLoading ??= loadModule<ReaderModule>(READER_MODULE).then((module) => {
        looking.abort();
        // A slice of ours from here: the reader's set-up and the start of its scan.
        if (placeNamed) {
          placeNamed.sliceStart = performance.now();
          enterPhase(placeNamed, 'starting the reader');
        }
        reader = module.startReader(ctx, { since, ...(placeNamed && { placeNamed }) });
        for (const [message, respond] of waiting.splice(0)) reader.onMessage(message, respond);
        return reader;
      });
      readerLoading.catch((error) => {
        // The extension was updated under the page, or the file is missing: try again next time.
        readerLoading = undefined;
        for (const [, respond] of waiting.splice(0)) respond(undefined);
        log('reader failed to load', error);
      });
    };

    /** Bumped by every look, so an older one still in progress stops at its next slice. */
    let generation = 0;
    const look = async (since: number) => {
      const mine = ++generation;
      const clock = startClock(since);
      /**
       * A newer look started, the extension went away, or the reader took over. (Whether the
       * extension is still there is asked of its API: only once the look finds the place.)
       */
      const stale = () => mine !== generation || ctx.signal.aborted || reader !== undefined;
      try {
        // Straight on from start-up, in the task that evaluated the script: a short page's look
        // fits in the same slice, and runInSlices() yields first if start-up used the budget.
        enterPhase(clock, 'first look');
        const named = await runInSlices(namesThePlaceSteps(doc, firstLook), clock, stale);
        if (named) {
          if (ctx.isInvalid) return;
          // Asking for the reader is one step (import() costs a few ms): in a slice with time left.
          await yieldIfSpent(clock, stale);
          // The rest of the scan is the reader's, on the same clock; loading it is not our time
          // on the main thread (its compiling is, and the benchmark counts it).
          enterPhase(clock, 'loading the reader');
          startReader(since, clock);
          // This slice (the look that found the place, and asking for the reader) ends here; the
          // wait for the file is not ours, and the reader opens the next slice when it arrives.
          closeSlice(clock);
          return;
        }
        // The count for our tests (page-hooks.ts): local hosts only.
        if (onLocalHost()) doc.documentElement.setAttribute('data-claimlight', 'highlights:0');
        measureScan(since, clock, { highlights: 0, sentences: 0, offTopic: NEVER_NAMED });
      } catch (error) {
        if (!(error instanceof Cancelled)) log('first look failed', error);
      }
    };

    // The popup's messages reach every frame of the tab, and the first answer wins: only the top
    // frame answers, or an empty ad frame (about:blank, now that we run there) could answer
    // first with nothing. The popup therefore lists the top frame's statements; the badge adds
    // up every frame's.
    /** Returns true when the answer comes later (the reader is loading), as the API asks. */
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (r?: unknown) => void) => {
      try {
        if (reader) {
          reader.onMessage(message, sendResponse);
          return false;
        }
        if (isCommandRequest(message)) {
          // A shortcut on a page with nothing found yet (Firefox, above) or after the reader
          // failed to load: the reader looks again and says what it found. One while it loads
          // waits for it.
          waiting.push([message, sendResponse]);
          startReader(performance.now());
          return true;
        }
        if (!isContentRequest(message)) return false;
        if (readerLoading) {
          waiting.push([message, sendResponse]);
          return true;
        }
        if (message.type === 'claimlight:summary') {
          const response: SummaryResponse = { matches: [], sentences: 0, shown: [], hidden: 0 };
          sendResponse(response);
        } else sendResponse({ ok: true });
      } catch (error) {
        log('message failed', error);
      }
      return false;
    };
    let listening = false;
    /** From the first look that names the place on (the top frame only, as said above). */
    const listen = () => {
      if (listening || window !== window.top) return;
      listening = true;
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    };
    if (import.meta.env.FIREFOX) listen();

    watchArticle(
      doc,
      () => false,
      () => void look(performance.now()),
      looking.signal,
    );
    // Last: the look goes on in the slice that began with the script, which holds all of the above.
    void look(STARTED);
  },
} satisfies IsolatedWorldContentScriptDefinition;
