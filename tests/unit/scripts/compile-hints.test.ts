/**
 * The compile-hint plugin (scripts/compile-hints.ts): the scripts our pages run get V8's
 * `//# allFunctionsCalledOnLoad` as their first line, after minification; nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../../scripts/compile-hints';

type Chunk = { type: 'chunk'; code: string } | { type: 'asset' };

function run(bundle: Record<string, Chunk>): Record<string, Chunk> {
  compileHints().generateBundle(undefined, bundle);
  return bundle;
}

describe('compileHints', () => {
  it('puts the hint first in the content script, the reader and the card UI', () => {
    const out = run({
      'content-scripts/content.js': { type: 'chunk', code: 'var __claimlightStarted=1;' },
      'reader.js': { type: 'chunk', code: '(function(){})();' },
      'card-ui.js': { type: 'chunk', code: '(function(){})();' },
    });
    for (const chunk of Object.values(out)) {
      expect(chunk.type).toBe('chunk');
      if (chunk.type === 'chunk') expect(chunk.code.split('\n')[0]).toBe(COMPILE_HINT);
    }
    const content = out['content-scripts/content.js'];
    expect(content?.type === 'chunk' && content.code).toBe(
      `${COMPILE_HINT}\nvar __claimlightStarted=1;`,
    );
  });

  it('leaves the background, the extension pages and assets alone', () => {
    const out = run({
      'background.js': { type: 'chunk', code: 'var background;' },
      'chunks/popup-x.js': { type: 'chunk', code: 'export{};' },
      'assets/card.css': { type: 'asset' },
    });
    expect(out['background.js']).toEqual({ type: 'chunk', code: 'var background;' });
    expect(out['chunks/popup-x.js']).toEqual({ type: 'chunk', code: 'export{};' });
    expect(out['assets/card.css']).toEqual({ type: 'asset' });
  });
});
