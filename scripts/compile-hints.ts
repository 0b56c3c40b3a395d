/**
 * A Vite plugin that marks the scripts our pages run for eager compilation, with V8's explicit
 * compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136+; a plain comment elsewhere).
 *
 * By default V8 compiles a function only when it is first called, on the thread that calls it:
 * for us, the page's main thread, in the middle of the scan. But a page that names the story
 * calls nearly every function of the reader, and every page calls most of the content script.
 * Marked, the reader (an imported module) is compiled whole on a background thread while it
 * loads, and the content script in one pass before it runs. Measured with the benchmark's
 * pages, on the page's main thread (slices + compiling): story 1.5k words 45–52 → 32–44 ms,
 * off-topic 1.5k words 15–17 → 11–14 ms.
 *
 * The background too: a worker that starts for a page's match calls most of the engine in that
 * first match, where compiling each function on its first call (a pre-parse at start, a full
 * parse then) was a quarter of the match's instructions. Compiled whole at start, the match
 * and the start together cost less (Node 24 with --no-lazy as a stand-in, story-1.5k: from
 * loading the script to the end of the first match 267 -> 237 M instructions, the match's
 * share 229 -> 176 M); in Chromium, under heavy load, the cold match's median went 102 -> 88 ms
 * and the page's wall time for it 361 -> 318 ms (12 runs each, interleaved).
 *
 * Added after minification (generateBundle), which would drop the comment, and as the file's
 * first line, where V8 looks for it.
 */
const EAGER = ['content-scripts/content.js', 'reader.js', 'card-ui.js', 'background.js'];
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

type Chunk = { type: 'chunk'; code: string } | { type: 'asset' };

export function compileHints() {
  return {
    name: 'claimlight-compile-hints',
    generateBundle(_options: unknown, bundle: Record<string, Chunk>) {
      for (const file of EAGER) {
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}
