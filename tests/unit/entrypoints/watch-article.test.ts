import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchArticle } from '../../../entrypoints/content/watch-article';

/** Lets the MutationObserver deliver its records (a microtask), then runs due timers. */
async function settle(ms: number): Promise<void> {
  await Promise.resolve();
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  vi.advanceTimersByTime(ms);
}

describe('watchArticle', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('sees changes inside a shadow root only once it is asked to observe it', async () => {
    vi.useFakeTimers();
    const host = document.createElement('x-story');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const onChange = vi.fn();
    const controller = new AbortController();
    const watch = watchArticle(document, () => false, onChange, controller.signal);

    root.append(document.createElement('p'));
    await settle(2_000);
    expect(onChange).not.toHaveBeenCalled();

    watch.observe(root);
    watch.observe(root);
    root.append(document.createElement('p'));
    await settle(2_000);
    expect(onChange).toHaveBeenCalledTimes(1);

    controller.abort();
    root.append(document.createElement('p'));
    await settle(2_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
