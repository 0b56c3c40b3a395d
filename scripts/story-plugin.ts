/**
 * The build step that turns the story pack in data/ into the compiled story the extension and
 * the CLI ship: `import story from 'virtual:claimlight-story'`. It checks the pack first and
 * fails the build with every problem, each naming the file, the entry and the field.
 * Used by wxt.config.ts and vitest.config.ts (Vite plugin) and by scripts/build.ts (esbuild).
 */
import path from 'node:path';
import { loadAndCheck } from '../data/load-kb';
import { compileStory } from '../engine/compile-story';
import { shipStory } from '../engine/ship-story';

export const STORY_MODULE = 'virtual:claimlight-story';
const RESOLVED = `\0${STORY_MODULE}`;
const FILES = ['sources', 'questions', 'claims', 'vocabulary', 'origins'];

/**
 * The compiled story as a module. `firstLook` (the topic's anchor words) is all the content
 * script imports, for its first look at a page, and `topic` all the reader imports; the bundler
 * drops the rest from them, and the background
 * and the popup's search call loadStory(), which parses the JSON string on first use (parsing a
 * string is the fastest way for an engine to build a large object). Each claim's rule and the
 * card's words stay unparsed strings until that claim's are read (engine/ship-story.ts).
 */
export function storyModuleSource(dataDir: string): string {
  const { kb: pack, errors, warnings } = loadAndCheck(dataDir);
  for (const w of warnings) console.warn(`[claimlight] ${w}`);
  if (errors.length || !pack)
    throw new Error(
      `Knowledge base check failed (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n- ${errors.join('\n- ')}`,
    );
  const compiled = compileStory(pack);
  const shipped = shipStory(compiled);
  return [
    `import { openStory } from ${JSON.stringify(path.resolve(import.meta.dirname, '../engine/ship-story.ts'))};`,
    // The trie's integer arrays as array literals, not JSON: see engine/ship-story.ts.
    `function shipped() { return { index: ${JSON.stringify(shipped.index)}, trie: ${JSON.stringify(shipped.trie)}, rules: ${JSON.stringify(shipped.rules)}, words: ${JSON.stringify(shipped.words)} }; }`,
    `export const topic = ${JSON.stringify(compiled.topic)};`,
    // The content script's own copy of what its first look reads: the rest of the topic (other
    // theatres, regions, years: a few hundred bytes) is for the reader, loaded on fewer pages.
    `export const firstLook = ${JSON.stringify({ anchorTerms: compiled.topic.anchorTerms, anchorStarts: compiled.topic.anchorStarts })};`,
    'let story;',
    'export function loadStory() { return (story ??= openStory(shipped())); }',
    'export default /* @__PURE__ */ loadStory();',
    '',
  ].join('\n');
}

/** Vite/Rollup plugin. `dataDir` defaults to data/ beside this folder. */
export function storyPlugin(dataDir = path.resolve(import.meta.dirname, '../data')) {
  return {
    name: 'claimlight-story',
    resolveId(id: string) {
      return id === STORY_MODULE ? RESOLVED : undefined;
    },
    load(this: { addWatchFile?: (file: string) => void }, id: string) {
      if (id !== RESOLVED) return undefined;
      for (const f of FILES) this.addWatchFile?.(path.join(dataDir, `${f}.json`));
      return storyModuleSource(dataDir);
    },
  };
}

/** esbuild plugin for the CLI bundle. */
export function storyEsbuildPlugin(dataDir = path.resolve(import.meta.dirname, '../data')) {
  return {
    name: 'claimlight-story',
    setup(build: {
      onResolve: (o: { filter: RegExp }, f: () => { path: string; namespace: string }) => void;
      onLoad: (
        o: { filter: RegExp; namespace: string },
        f: () => { contents: string; loader: 'js'; resolveDir: string },
      ) => void;
    }) {
      build.onResolve({ filter: /^virtual:claimlight-story$/ }, () => ({
        path: STORY_MODULE,
        namespace: 'claimlight-story',
      }));
      build.onLoad({ filter: /.*/, namespace: 'claimlight-story' }, () => ({
        contents: storyModuleSource(dataDir),
        loader: 'js',
        resolveDir: import.meta.dirname,
      }));
    },
  };
}
