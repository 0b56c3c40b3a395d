/**
 * Which addresses the reader may turn Claimlight on for (background/site-scripts.ts): plain
 * http(s) origins whose host is a name or an IP address. Chromium's own URL parser lets
 * "https://two words" through with its space escaped; that case is driven in the real browser
 * by tests/e2e/pages-ui.e2e.test.mjs, since Node's parser already refuses it. And the script an
 * added site gets (siteScript) reads its frames as the manifest's does a listed site's; the
 * browser's side of that is tests/e2e/added-site.e2e.test.mjs.
 */
import { describe, expect, it } from 'vitest';
import { normalizeOrigin, siteScript } from '../../../entrypoints/background/site-scripts';
import listed from '../../../entrypoints/content/index';

describe('normalizeOrigin', () => {
  it('keeps the origin of an ordinary web address', () => {
    expect(normalizeOrigin('https://news.example.org/world/today?x=1')).toBe(
      'https://news.example.org',
    );
    expect(normalizeOrigin('http://intranet:8080/')).toBe('http://intranet:8080');
    expect(normalizeOrigin('http://192.168.1.20/page')).toBe('http://192.168.1.20');
    expect(normalizeOrigin('http://[::1]:3000/')).toBe('http://[::1]:3000');
  });

  it('refuses other schemes and hosts that are not names', () => {
    expect(normalizeOrigin('ftp://files.example.org')).toBeNull();
    expect(normalizeOrigin('file:///home/reader/page.html')).toBeNull();
    expect(normalizeOrigin('https://two words')).toBeNull();
    expect(normalizeOrigin('https://bad_host.example')).toBeNull();
    expect(normalizeOrigin('not an address')).toBeNull();
  });
});

describe('siteScript', () => {
  it("runs on an added site's frames as the manifest's script runs on a listed site's", () => {
    const added = siteScript('https://news.example.org');
    expect(added.matches).toEqual(['https://news.example.org/*']);
    expect(added.runAt).toBe(listed.runAt);
    expect(added.allFrames).toBe(listed.allFrames);
    // A registered script's name for the manifest's matchAboutBlank.
    expect(added.matchOriginAsFallback).toBe(listed.matchAboutBlank);
    expect(listed.allFrames && listed.matchAboutBlank).toBe(true);
  });
});
