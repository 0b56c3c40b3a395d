/**
 * A polite live region for what the keyboard commands do ("Statement 3 of 7: Contradicted",
 * "Highlights hidden"), so a screen-reader user hears the result of a shortcut that has nothing
 * else to focus (as the Hypothesis client announces its own actions).
 *
 * It lives in its own open shadow root under <html>, outside <body>: page CSS cannot hide or
 * restyle it, and the article watcher, which observes <body>, never sees it appear. It is added
 * on the first announcement and removed when `signal` aborts.
 */

/** Visually hidden but read: the usual clip pattern, set inline inside our own shadow root. */
const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';

/** How long the empty region waits before the words go in, so a new region is noticed first. */
const SETTLE_MS = 100;

export type Announcer = {
  /** Queues `text` for screen readers; a later call replaces one not yet read. */
  say(text: string): void;
  /** The live region, for tests and for our own checks (null until the first announcement). */
  readonly region: HTMLElement | null;
};

export function createAnnouncer(doc: Document, lang: string, signal: AbortSignal): Announcer {
  let host: HTMLElement | null = null;
  let region: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const ensure = (): HTMLElement => {
    if (region?.isConnected) return region;
    host = doc.createElement('claimlight-status');
    const root = host.attachShadow({ mode: 'open' });
    region = doc.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.setAttribute('lang', lang);
    region.setAttribute('style', HIDDEN);
    root.append(region);
    doc.documentElement.append(host);
    return region;
  };

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      host?.remove();
    },
    { once: true },
  );

  return {
    get region() {
      return region;
    },
    say(text) {
      if (signal.aborted) return;
      const live = ensure();
      // Emptied first, so the same words twice in a row ("Highlights hidden") are read again.
      live.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(() => {
        live.textContent = text;
      }, SETTLE_MS);
    },
  };
}
