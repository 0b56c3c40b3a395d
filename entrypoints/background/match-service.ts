/**
 * Matches articles for the content scripts (see content/match-port.ts for why here). One matcher
 * serves every tab, built on the first request after the background starts. A pass runs in
 * slices so that requests from several tabs take turns, sends what it found after each slice,
 * and stops when its page goes away (the port disconnects). At its end it shows the count on
 * the toolbar badge: the statements the page will paint, those whose verdict the reader's
 * settings show (the settings are read here, while the pass runs, not on the page).
 */
import { loadStory } from 'virtual:claimlight-story';
import { browser } from '#imports';
import { createMatcher, type Match, type Matcher } from '../../engine/index';
import type { CardView, Verdict } from '../../engine/types';
import { countShown } from '../../page/apply-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../page/settings';
import {
  type CardViewRequest,
  isMatchRequest,
  isMatchText,
  MATCH_PORT,
  type MatchBatch,
  type MatchReply,
  type MatchRequest,
  packMatches,
  SentCards,
} from '../content/match-port';
import { loadSettings } from '../shared/settings-store';
import { showFrameCount } from './badge';

/**
 * No page sends more (content/scan.ts reads at most 400,000 characters): a port that does is
 * not one of our pages, and is closed before it fills the background's memory.
 */
const MAX_TEXT_CHARS = 1_000_000;

/** Long enough that the per-slice cost (a batch message) stays small, short enough to take turns. */
const SLICE_MS = 25;

/** One matcher for every tab and every card, built on first use. */
let matcher: Matcher | undefined;

/**
 * An open card's sources and place in time (content/match-port.ts: CardViewRequest), from the
 * matcher the passes use (built here if the background restarted since the page was matched).
 */
export function cardView({ claim, value }: CardViewRequest): CardView | null {
  matcher ??= createMatcher(loadStory());
  return matcher.card(claim, value);
}

export function serveMatching(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== MATCH_PORT) return;
    // Only our content scripts connect by this name; the request is still checked like any input.
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    const reply = (message: MatchReply) => {
      if (open) port.postMessage(message);
    };
    /**
     * The pass's last message is sent: this side closes the port. Closing it on the page's side
     * cost the page's main thread about a millisecond a scan (Chromium, story-1.5k); closed here,
     * the page only hears of it, after it has read the message.
     */
    const closeAfterLast = () => {
      if (!open) return;
      open = false;
      port.disconnect();
    };
    /** The text's pieces so far (match-port.ts: a long article's text comes in pieces). */
    const pieces: string[] = [];
    let received = 0;
    port.onMessage.addListener((message: unknown) => {
      if (isMatchText(message)) {
        received += message.text.length;
        if (received > MAX_TEXT_CHARS) {
          pieces.length = 0;
          reply({ type: 'failed', error: 'the text is longer than any article' });
          closeAfterLast();
        } else pieces.push(message.text);
        return;
      }
      if (!isMatchRequest(message)) {
        reply({ type: 'failed', error: 'not a match request' });
        closeAfterLast();
        return;
      }
      if (pieces.length > 0) {
        pieces.push(message.text);
        message.text = pieces.join('');
        pieces.length = 0;
      }
      const engineCold = matcher === undefined;
      const started = performance.now();
      try {
        matcher ??= createMatcher(loadStory());
      } catch (error) {
        reply({ type: 'failed', error: String(error) });
        closeAfterLast();
        return;
      }
      const setUpMs = performance.now() - started;
      // Read while the pass runs: which verdicts the page will paint, for the badge's count.
      const settings = loadSettings().catch((): Settings => DEFAULT_SETTINGS);
      runPass(matcher, message, { isOpen: () => open, reply }).then(
        async ({ last, verdicts, sentences, offTopic, engineMs }) => {
          const counted = countShown(verdicts, await settings);
          if (!open) return;
          reply({
            ...last,
            type: 'done',
            sentences,
            counted,
            ...(offTopic && { offTopic }),
            engineMs: setUpMs + engineMs,
            engineCold,
          });
          closeAfterLast();
          // The badge shows the count from here, so the page need not send it back.
          const { tab, frameId } = port.sender ?? {};
          if (tab?.id !== undefined && frameId !== undefined)
            showFrameCount(tab.id, frameId, counted).catch(() => {});
        },
        (error: unknown) => {
          if (open) reply({ type: 'failed', error: String(error) });
          closeAfterLast();
        },
      );
    });
  });
}

/** How a pass ended: its last slice's matches (not yet sent) and the totals. */
export type PassEnd = {
  last: MatchBatch;
  /** Matches in the whole pass. */
  count: number;
  /** Their verdicts, one a match, in the order found. */
  verdicts: Verdict[];
  sentences: number;
  offTopic?: string;
  engineMs: number;
};

/**
 * One pass: matches in slices of SLICE_MS, sending each slice's finds before taking a turn. The
 * last slice's finds are returned, for the caller to send with the totals.
 */
export async function runPass(
  matcher: Matcher,
  { text, published, startAt }: MatchRequest,
  port: { isOpen: () => boolean; reply: (message: MatchReply) => void },
  sliceMs = SLICE_MS,
): Promise<PassEnd> {
  const found: Match[] = [];
  const sent = new SentCards();
  let count = 0;
  const verdicts: Verdict[] = [];
  const steps = matcher.steps(text, {
    published,
    startAt,
    // The wire leaves each match's evidence and source lists out (match-port.ts): neither is
    // built at all (an open card asks for its sources, cardView).
    evidence: false,
    sources: false,
    onMatch: (m) => {
      found.push(m);
      verdicts.push(m.verdict);
      count++;
    },
  });
  let engineMs = 0;
  for (;;) {
    const start = performance.now();
    let next = steps.next();
    while (!next.done && performance.now() - start < sliceMs) next = steps.next();
    engineMs += performance.now() - start;
    if (next.done) {
      const { sentences, offTopic } = next.value;
      const last = packMatches(found.splice(0), sent);
      return { last, count, verdicts, sentences, ...(offTopic && { offTopic }), engineMs };
    }
    if (found.length > 0) port.reply(packMatches(found.splice(0), sent));
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!port.isOpen()) throw new Error('the page went away');
  }
}
