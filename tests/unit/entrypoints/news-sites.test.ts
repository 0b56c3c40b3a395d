/**
 * Where the content script runs without asking (content/news-sites.ts): the news sites in every
 * build, and the local hosts our tests, demo and bench serve pages from in every build but the
 * store's. The store zips themselves are read by tests/e2e/manifest.e2e.test.mjs.
 */
import { describe, expect, it } from 'vitest';
import {
  CONTENT_MATCHES,
  contentMatches,
  DEV_SITES,
  NEWS_SITES,
  STORE_MODE,
} from '../../../entrypoints/content/news-sites';

describe('contentMatches', () => {
  it('leaves the local hosts out of the store build only', () => {
    expect(contentMatches(STORE_MODE)).toEqual(NEWS_SITES);
    for (const mode of ['production', 'development', 'test', undefined])
      expect(contentMatches(mode), String(mode)).toEqual([...NEWS_SITES, ...DEV_SITES]);
  });

  it('lists only https news sites, and only local hosts as the others', () => {
    for (const site of NEWS_SITES) expect(site).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
    for (const site of DEV_SITES) expect(site).toMatch(/^http:\/\/(localhost|127\.0\.0\.1)\/\*$/);
  });

  it('is what a build of the running mode gets (tests run outside the store mode)', () => {
    expect(CONTENT_MATCHES).toEqual(contentMatches(import.meta.env.MODE));
    expect(CONTENT_MATCHES).toEqual(expect.arrayContaining(DEV_SITES));
  });
});
