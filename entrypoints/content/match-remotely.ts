/**
 * The content script's end of the match port (match-port.ts): sends the article's text to the
 * background, in pieces, and hands over the replies one at a time, as they come. Waiting for a
 * reply costs the page nothing; only handling it does.
 */
import { browser } from '#imports';
import {
  MATCH_PORT,
  type MatchReply,
  type MatchRequest,
  type MatchText,
  textPieces,
} from './match-port';

export type RemotePass = {
  /**
   * Sends the text, a piece per step (match-port.ts: TEXT_PIECE_CHARS), and then the request;
   * run in slices by the caller.
   */
  send(): Generator<void, void, void>;
  /** The next reply; rejects if the background goes away before the pass is done. */
  next(): Promise<MatchReply>;
  /**
   * Stops the pass (the background stops at its next slice). After its last reply ('done' or
   * 'failed') the background has closed the port itself, and this does nothing.
   */
  close(): void;
};

export function matchRemotely(request: Omit<MatchRequest, 'type'>): RemotePass {
  const port = browser.runtime.connect({ name: MATCH_PORT });
  const queue: MatchReply[] = [];
  let waiting: { resolve: (r: MatchReply) => void; reject: (e: Error) => void } | undefined;
  let gone: Error | undefined;
  /** The last reply has come: the background closes the port. */
  let over = false;
  port.onMessage.addListener((message: unknown) => {
    const reply = message as MatchReply;
    if (reply.type !== 'matches') over = true;
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w.resolve(reply);
    } else queue.push(reply);
  });
  port.onDisconnect.addListener(() => {
    if (over) return;
    gone = new Error('the background stopped before the page was matched');
    waiting?.reject(gone);
    waiting = undefined;
  });
  return {
    *send() {
      const pieces = textPieces(request.text);
      const last = pieces.pop() ?? '';
      for (const text of pieces) {
        const piece: MatchText = { type: 'text', text };
        port.postMessage(piece);
        yield;
      }
      const message: MatchRequest = { type: 'match', ...request, text: last };
      port.postMessage(message);
    },
    next() {
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      if (gone) return Promise.reject(gone);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    close() {
      if (over) return;
      over = true;
      gone ??= new Error('closed');
      port.disconnect();
    },
  };
}
