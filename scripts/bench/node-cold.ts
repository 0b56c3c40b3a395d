/**
 * One cold sample, run by node.ts in a process of its own:
 *
 *   node --import tsx scripts/bench/node-cold.ts <story.json> <page.json> <warm calls>
 *
 * Times what a fresh tab pays before its first highlight, as the content script does it: look for
 * the story's anchor words in the text (page/first-look.ts; the topic ships as a small literal
 * beside the index, so it is read outside the timing here), and only if the page names the
 * story's place open the shipped story (parse its index; the card words wait for a match,
 * engine/ship-story.ts), build the matcher and match the article. Then the same
 * matcher matches the same text `warm calls` more times (JIT-warm, word caches filled). Prints
 * one line of JSON. Reading the files and loading the engine's code are not timed: in the
 * browser the string is already in the script and the script is already loaded when it runs.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { CompiledStory } from '../../engine/compile-story';
import { countAnchorTerms } from '../../engine/count-anchor-terms';
import { createMatcher } from '../../engine/index';
import { openStory, type ShippedStory } from '../../engine/ship-story';

/** The "topic" object of the compiled story's JSON text, found by matching braces. */
function topicOf(json: string): CompiledStory['topic'] {
  const start = json.indexOf('{', json.indexOf('"topic":'));
  let depth = 0;
  let inString = false;
  for (let i = start; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return JSON.parse(json.slice(start, i + 1));
  }
  throw new Error('no topic in the compiled story');
}

const [storyFile, pageFile, warmArg] = process.argv.slice(2);
if (!storyFile || !pageFile)
  throw new Error('usage: node-cold.ts <shipped story.json> <page.json> [warm]');
const shipped = JSON.parse(readFileSync(storyFile, 'utf8')) as ShippedStory;
const page = JSON.parse(readFileSync(pageFile, 'utf8')) as { text: string; published: string };
const warmCalls = Number(warmArg ?? 20);

const topic = topicOf(shipped.index);

const t0 = performance.now();
if (countAnchorTerms(page.text, topic.anchorTerms, 1) === 0) {
  // Not about the story: the first look is all a page pays, cold and warm.
  const coldMs = performance.now() - t0;
  const warmMs: number[] = [];
  for (let i = 0; i < warmCalls; i++) {
    const start = performance.now();
    countAnchorTerms(page.text, topic.anchorTerms, 1);
    warmMs.push(performance.now() - start);
  }
  const line = { parseMs: 0, createMs: 0, firstMatchMs: coldMs, coldMs, warmMs };
  process.stdout.write(
    `${JSON.stringify({ ...line, highlights: 0, sentences: 0, offTopic: 'first look' })}\n`,
  );
  process.exit(0);
}
const story = openStory(shipped);
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
