import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from '../../../page/announce';

afterEach(() => {
  vi.useRealTimers();
});

describe('createAnnouncer', () => {
  it('speaks through a polite live region in its own shadow root, outside <body>', () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const announcer = createAnnouncer(document, 'en-GB', controller.signal);
    expect(announcer.region).toBeNull();
    announcer.say('Statement 3 of 7: Contradicted');
    const region = announcer.region as HTMLElement;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('lang')).toBe('en-GB');
    const host = (region.getRootNode() as ShadowRoot).host;
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.body.contains(host)).toBe(false);
    // The region exists, empty, before the words arrive, so screen readers notice the change.
    expect(region.textContent).toBe('');
    vi.runAllTimers();
    expect(region.textContent).toBe('Statement 3 of 7: Contradicted');
    // The same words again are emptied first, so they are read again.
    announcer.say('Statement 3 of 7: Contradicted');
    expect(region.textContent).toBe('');
    vi.runAllTimers();
    expect(region.textContent).toBe('Statement 3 of 7: Contradicted');
    controller.abort();
    expect(host.isConnected).toBe(false);
  });
});
