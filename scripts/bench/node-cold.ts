/**
 * One cold sample, run by node.ts in a process of its own:
 *
 *   node --import tsx scripts/bench/node-cold.ts <story.json> <page.json> <warm calls>
 *
 * Times what a fresh tab pays before its first highlight, as the content script does it: parse
 * the compiled story from a string, build the matcher, match the article once. Then the same
 * matcher matches the same text `warm calls` more times (JIT-warm, word caches filled). Prints
 * one line of JSON. Reading the files and loading the engine's code are not timed: in the
 * browser the string is already in the script and the script is already loaded when it runs.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { CompiledStory } from '../../engine/compile-story';
import { createMatcher } from '../../engine/index';

const [storyFile, pageFile, warmArg] = process.argv.slice(2);
if (!storyFile || !pageFile) throw new Error('usage: node-cold.ts <story.json> <page.json> [warm]');
const storyJson = readFileSync(storyFile, 'utf8');
const page = JSON.parse(readFileSync(pageFile, 'utf8')) as { text: string; published: string };
const warmCalls = Number(warmArg ?? 20);

const t0 = performance.now();
const story = JSON.parse(storyJson) as CompiledStory;
const t1 = performance.now();
const matcher = createMatcher(story);
const t2 = performance.now();
const result = matcher.match(page.text, { published: page.published });
const t3 = performance.now();

const warmMs: number[] = [];
for (let i = 0; i < warmCalls; i++) {
  const start = performance.now();
  matcher.match(page.text, { published: page.published });
  warmMs.push(performance.now() - start);
}

process.stdout.write(
  `${JSON.stringify({
    parseMs: t1 - t0,
    createMs: t2 - t1,
    firstMatchMs: t3 - t2,
    coldMs: t3 - t0,
    warmMs,
    highlights: result.matches.length,
    sentences: result.sentences,
    offTopic: result.offTopic ?? null,
  })}\n`,
);
