/**
 * The match port's two ends over a pair of in-memory ports that behave as the browser's do: a
 * message arrives a task later as a copy, in order, and closing one end tells the other end
 * (after the messages sent before it), never the end that closed. The background closes the
 * port once it has sent a pass's last reply; the page closes it only to stop a pass early.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveMatching } from '../../../entrypoints/background/match-service';
import { MATCH_PORT, type MatchReply } from '../../../entrypoints/content/match-port';
import { matchRemotely } from '../../../entrypoints/content/match-remotely';

type Event<T> = {
  addListener(listener: (value: T) => void): void;
  removeListener(listener: (value: T) => void): void;
  fire(value: T): void;
};

function event<T>(): Event<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    addListener: (l) => listeners.add(l),
    removeListener: (l) => listeners.delete(l),
    fire: (value) => {
      for (const l of listeners) l(value);
    },
  };
}

type End = {
  name: string;
  sender?: undefined;
  onMessage: Event<unknown>;
  onDisconnect: Event<void>;
  postMessage(message: unknown): void;
  disconnect(): void;
  /** Times this end called disconnect(). */
  closedHere: number;
  /** What this end received, in order ('disconnect' when the other end closed). */
  heard: unknown[];
};

/** Two connected ends; `page` is what runtime.connect() returns, `background` what onConnect gets. */
function portPair(name: string): { page: End; background: End } {
  let open = true;
  const make = (): End => ({
    name,
    onMessage: event(),
    onDisconnect: event(),
    postMessage: () => {},
    disconnect: () => {},
    closedHere: 0,
    heard: [],
  });
  const page = make();
  const background = make();
  const link = (from: End, to: End) => {
    from.postMessage = (message) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = JSON.parse(JSON.stringify(message));
      setTimeout(() => {
        to.heard.push(copy);
        to.onMessage.fire(copy);
      }, 0);
    };
    from.disconnect = () => {
      from.closedHere++;
      if (!open) return;
      open = false;
      setTimeout(() => {
        to.heard.push('disconnect');
        to.onDisconnect.fire();
      }, 0);
    };
  };
  link(page, background);
  link(background, page);
  return { page, background };
}

const runtime = fakeBrowser.runtime as unknown as {
  connect?: (info: { name: string }) => End;
  onConnect?: Event<End>;
};

let pair: { page: End; background: End };

beforeEach(() => {
  fakeBrowser.reset();
  pair = portPair(MATCH_PORT);
  runtime.connect = () => pair.page;
});

afterEach(() => {
  runtime.connect = undefined;
  runtime.onConnect = undefined;
});

/** Starts a pass on the page's end and sends its request. */
function startPass(text: string) {
  const pass = matchRemotely({ text, published: '2024-09-10', startAt: 0 });
  for (const _ of pass.send());
  return pass;
}

/** Replies from a scripted background, then (optionally) closes its end. */
function background(replies: MatchReply[], close: boolean) {
  pair.background.onMessage.addListener(() => {
    for (const r of replies) pair.background.postMessage(r);
    if (close) pair.background.disconnect();
  });
}

const done: MatchReply = {
  type: 'done',
  matches: [],
  cards: {},
  sentences: 1,
  counted: 0,
  engineMs: 1,
  engineCold: false,
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('matchRemotely (the page’s end)', () => {
  it('reads the last reply and leaves closing the port to the background', async () => {
    background([done], true);
    const pass = startPass('A ferry sailed.');
    await expect(pass.next()).resolves.toMatchObject({ type: 'done' });
    pass.close();
    await settle();
    expect(pair.page.closedHere).toBe(0);
    expect(pair.page.heard).toEqual([done, 'disconnect']);
  });

  it('closes the port itself when it stops a pass before the last reply', async () => {
    const pass = startPass('A ferry sailed.');
    pass.close();
    await settle();
    expect(pair.page.closedHere).toBe(1);
    expect(pair.background.heard.at(-1)).toBe('disconnect');
  });

  it('fails the pass when the background goes away before its last reply', async () => {
    const batch: MatchReply = {
      type: 'matches',
      matches: [],
      cards: {},
    };
    background([batch], true);
    const pass = startPass('A ferry sailed.');
    await expect(pass.next()).resolves.toMatchObject({ type: 'matches' });
    await expect(pass.next()).rejects.toThrow(/background stopped/);
  });
});

describe('serveMatching (the background’s end)', () => {
  it('sends the pass’s last reply, then closes the port', async () => {
    runtime.onConnect = event();
    serveMatching();
    runtime.onConnect.fire(pair.background);
    const pass = startPass('The council said the ferry would stop running in May.');
    await expect(pass.next()).resolves.toMatchObject({ type: 'done' });
    await settle();
    expect(pair.background.closedHere).toBe(1);
    expect(pair.page.closedHere).toBe(0);
    expect(pair.page.heard.at(-1)).toBe('disconnect');
  });

  it('answers what is not a request with a failure, then closes the port', async () => {
    runtime.onConnect = event();
    serveMatching();
    runtime.onConnect.fire(pair.background);
    pair.page.postMessage({ type: 'match', text: 42 });
    // The answer goes through a chain of timers: wait for it rather than for a fixed 5 ms,
    // which a loaded machine can outlast.
    await vi.waitFor(() =>
      expect(pair.page.heard).toEqual([
        { type: 'failed', error: 'not a match request' },
        'disconnect',
      ]),
    );
    expect(pair.background.closedHere).toBe(1);
  });
});
