/**
 * The content script's end of the match port (match-port.ts): sends the article's text to the
 * background and hands over the replies one at a time, as they come. Waiting for a reply costs
 * the page nothing; only handling it does.
 */
import { browser } from '#imports';
import { MATCH_PORT, type MatchReply, type MatchRequest } from './match-port';

export type RemotePass = {
  /** The next reply; rejects if the background goes away before the pass is done. */
  next(): Promise<MatchReply>;
  /** Stops the pass (the background stops at its next slice). */
  close(): void;
};

export function matchRemotely(request: Omit<MatchRequest, 'type'>): RemotePass {
  const port = browser.runtime.connect({ name: MATCH_PORT });
  const queue: MatchReply[] = [];
  let waiting: { resolve: (r: MatchReply) => void; reject: (e: Error) => void } | undefined;
  let gone: Error | undefined;
  port.onMessage.addListener((message: unknown) => {
    const reply = message as MatchReply;
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w.resolve(reply);
    } else queue.push(reply);
  });
  port.onDisconnect.addListener(() => {
    gone = new Error('the background stopped before the page was matched');
    waiting?.reject(gone);
    waiting = undefined;
  });
  const message: MatchRequest = { type: 'match', ...request };
  port.postMessage(message);
  return {
    next() {
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      if (gone) return Promise.reject(gone);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    close() {
      gone ??= new Error('closed');
      port.disconnect();
    },
  };
}
