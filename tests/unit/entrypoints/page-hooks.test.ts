import { describe, expect, it, vi } from 'vitest';
import { leavesHooks, markHighlights } from '../../../entrypoints/content/page-hooks';

describe('leavesHooks', () => {
  it('is true for the local hosts our tools serve pages from, at any port', () => {
    for (const origin of [
      'http://127.0.0.1:43117',
      'http://localhost:3000',
      'http://localhost',
      'http://[::1]:8080',
    ])
      expect(leavesHooks(origin), origin).toBe(true);
  });

  it('is false for a news site, a look-alike host and an opaque origin', () => {
    for (const origin of [
      'https://www.reuters.com',
      'https://localhost.example.com',
      'https://127.0.0.1.example.net',
      'null',
      '',
    ])
      expect(leavesHooks(origin), origin).toBe(false);
  });

  it('is false everywhere in the store build, a local host too', () => {
    vi.stubEnv('MODE', 'store');
    try {
      expect(leavesHooks('http://127.0.0.1:43117')).toBe(false);
      expect(leavesHooks('http://localhost:3000')).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('markHighlights', () => {
  /** A document whose window reports `origin`, as a page's or a frame's does. */
  const docAt = (origin: string) => {
    const doc = document.implementation.createHTMLDocument('page');
    Object.defineProperty(doc, 'defaultView', { value: { origin } });
    return doc;
  };

  it('leaves the count on <html> on a local host, and takes it away', () => {
    const doc = docAt('http://127.0.0.1:5000');
    markHighlights(doc, 3);
    expect(doc.documentElement.getAttribute('data-claimlight')).toBe('highlights:3');
    markHighlights(doc, null);
    expect(doc.documentElement.hasAttribute('data-claimlight')).toBe(false);
  });

  it('leaves nothing on a news site', () => {
    const doc = docAt('https://www.reuters.com');
    markHighlights(doc, 0);
    markHighlights(doc, 4);
    expect(doc.documentElement.hasAttribute('data-claimlight')).toBe(false);
  });
});
