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
  it('puts the hint first in the content script, the reader, the card UI and the background', () => {
    const out = run({
      'content-scripts/content.js': { type: 'chunk', code: 'var __claimlightStarted=1;' },
      'reader.js': { type: 'chunk', code: '(function(){})();' },
      'card-ui.js': { type: 'chunk', code: '(function(){})();' },
      'background.js': { type: 'chunk', code: 'var background;' },
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

  it('leaves the extension pages and assets alone', () => {
    const out = run({
      'chunks/popup-x.js': { type: 'chunk', code: 'export{};' },
      'assets/card.css': { type: 'asset' },
    });
    expect(out['chunks/popup-x.js']).toEqual({ type: 'chunk', code: 'export{};' });
    expect(out['assets/card.css']).toEqual({ type: 'asset' });
  });
});
