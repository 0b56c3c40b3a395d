/**
 * Matches articles for the content scripts (see content/match-port.ts for why here). One matcher
 * serves every tab, built on the first request after the background starts. A pass runs in
 * slices so that requests from several tabs take turns, sends what it found after each slice,
 * and stops when its page goes away (the port disconnects).
 */
import { loadStory } from 'virtual:claimlight-story';
import { browser } from '#imports';
import { createMatcher, type Match, type Matcher } from '../../engine/index';
import {
  isMatchRequest,
  MATCH_PORT,
  type MatchReply,
  type MatchRequest,
  packMatches,
} from '../content/match-port';

/** Long enough that the per-slice cost (a batch message) stays small, short enough to take turns. */
const SLICE_MS = 25;

export function serveMatching(): void {
  let matcher: Matcher | undefined;
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
    port.onMessage.addListener((message: unknown) => {
      if (!isMatchRequest(message)) {
        reply({ type: 'failed', error: 'not a match request' });
        return;
      }
      const engineCold = matcher === undefined;
      const started = performance.now();
      try {
        matcher ??= createMatcher(loadStory());
      } catch (error) {
        reply({ type: 'failed', error: String(error) });
        return;
      }
      const setUpMs = performance.now() - started;
      runPass(matcher, message, { isOpen: () => open, reply }).then(
        ({ sentences, offTopic, engineMs }) =>
          reply({
            type: 'done',
            sentences,
            ...(offTopic && { offTopic }),
            engineMs: setUpMs + engineMs,
            engineCold,
          }),
        (error: unknown) => {
          if (open) reply({ type: 'failed', error: String(error) });
        },
      );
    });
  });
}

/** One pass: matches in slices of SLICE_MS, sending each slice's finds before taking a turn. */
export async function runPass(
  matcher: Matcher,
  { text, published, startAt }: MatchRequest,
  port: { isOpen: () => boolean; reply: (message: MatchReply) => void },
  sliceMs = SLICE_MS,
): Promise<{ sentences: number; offTopic?: string; engineMs: number }> {
  const found: Match[] = [];
  const sent = new Set<string>();
  const steps = matcher.steps(text, { published, startAt, onMatch: (m) => found.push(m) });
  let engineMs = 0;
  for (;;) {
    const start = performance.now();
    let next = steps.next();
    while (!next.done && performance.now() - start < sliceMs) next = steps.next();
    engineMs += performance.now() - start;
    if (found.length > 0) port.reply(packMatches(found.splice(0), sent));
    if (next.done) {
      const { sentences, offTopic } = next.value;
      return { sentences, ...(offTopic && { offTopic }), engineMs };
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!port.isOpen()) throw new Error('the page went away');
  }
}
