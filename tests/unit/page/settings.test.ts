import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isPaused,
  matchesPattern,
  readSettings,
  siteOf,
  withSitePaused,
} from '../../../page/settings';

describe('readSettings', () => {
  it('fills in the defaults for nothing stored', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and drops unknown values, in a canonical order', () => {
    expect(
      readSettings({
        pausedSites: ['https://*.bbc.com/*', 42, 'http://127.0.0.1/*', 'https://*.bbc.com/*'],
        style: 'background',
        verdicts: ['contradicted', 'made-up', 'corroborated'],
        headlines: false,
      }),
    ).toEqual({
      pausedSites: ['http://127.0.0.1/*', 'https://*.bbc.com/*'],
      style: 'background',
      verdicts: ['corroborated', 'contradicted'],
      headlines: false,
    });
  });

  it('replaces a malformed field with its default and keeps the rest', () => {
    const s = readSettings({ style: 'neon', verdicts: 'all', headlines: 'yes', pausedSites: [] });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, pausedSites: [] });
  });
});

describe('matchesPattern', () => {
  it('matches a domain and its subdomains for a *. pattern', () => {
    expect(matchesPattern('https://*.bbc.com/*', 'https://www.bbc.com/news/world')).toBe(true);
    expect(matchesPattern('https://*.bbc.com/*', 'https://bbc.com/')).toBe(true);
    expect(matchesPattern('https://*.bbc.com/*', 'https://notbbc.com/')).toBe(false);
    expect(matchesPattern('https://*.bbc.com/*', 'http://www.bbc.com/')).toBe(false);
  });

  it('ignores the port, as browsers do for patterns without one', () => {
    expect(matchesPattern('http://127.0.0.1/*', 'http://127.0.0.1:41234/pages/a.html')).toBe(true);
    expect(matchesPattern('http://localhost/*', 'http://127.0.0.1:8080/')).toBe(false);
  });

  it('rejects patterns and URLs it cannot read', () => {
    expect(matchesPattern('<all_urls>', 'https://a.example/')).toBe(false);
    expect(matchesPattern('https://*.bbc.com/*', 'not a url')).toBe(false);
  });
});

describe('pausing a default site', () => {
  const patterns = ['https://*.reuters.com/*', 'http://127.0.0.1/*'];

  it('finds the default site a page is on', () => {
    expect(siteOf('https://www.reuters.com/world/', patterns)).toBe('https://*.reuters.com/*');
    expect(siteOf('https://example.org/', patterns)).toBeUndefined();
  });

  it('pauses and resumes one site without touching the others', () => {
    const paused = withSitePaused(
      withSitePaused(DEFAULT_SETTINGS, 'http://127.0.0.1/*', true),
      'https://*.reuters.com/*',
      true,
    );
    expect(paused.pausedSites).toEqual(['http://127.0.0.1/*', 'https://*.reuters.com/*']);
    expect(isPaused('http://127.0.0.1:9000/pages/x.html', paused)).toBe(true);
    const resumed = withSitePaused(paused, 'http://127.0.0.1/*', false);
    expect(isPaused('http://127.0.0.1:9000/pages/x.html', resumed)).toBe(false);
    expect(isPaused('https://www.reuters.com/world/', resumed)).toBe(true);
  });
});
