/**
 * A Vite plugin that makes the content script's first statement read the clock, before the
 * bundle's first module: the bundler evaluates WXT's browser binding ahead of our own modules,
 * and the first touch of the extension API costs milliseconds that the scan's measure must count
 * (entrypoints/content/started.ts reads the value). A global of the content script's isolated
 * world, which the page's scripts cannot see.
 */
export const STARTED_GLOBAL = '__claimlightStarted';
const CONTENT_SCRIPT = 'content-scripts/content.js';

export function startedBanner() {
  return {
    name: 'claimlight-started-banner',
    renderChunk(code: string, chunk: { fileName: string }) {
      if (chunk.fileName !== CONTENT_SCRIPT) return null;
      return { code: `var ${STARTED_GLOBAL}=performance.now();\n${code}`, map: null };
    },
  };
}
