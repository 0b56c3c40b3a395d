/**
 * The engine alone, in Node: what one article costs cold (a fresh process parses the compiled
 * story, builds a matcher and matches once) and warm (the same matcher, 20 further calls).
 *
 * Cold is measured in a fresh process per sample (node-cold.ts), not in this process and not in
 * a worker thread. In this process every sample after the first would find the engine's code
 * already compiled and optimised; a worker thread gets a fresh V8 isolate but shares the
 * process with the benchmark (its GC, its heap, the tsx loader's hooks), and loading TypeScript
 * into a worker needs the same loader flags anyway. A process is what a fresh tab is: nothing
 * carried over. Samples run one after another so they never compete for a core.
 *
 * The article text is read from the page's HTML the way the CLI reads it (linkedom, then
 * page/article.ts and page/published-date.ts), so Node matches the text the content script does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../page/article';
import { findPublishedDate } from '../../page/published-date';

export type Stats = { median: number; min: number; max: number };

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
}

/** A generated page as pages.mjs makes it. */
export type BenchPage = { name: string; kind: 'story' | 'offtopic'; words: number; html: string };

/** What the engine is given for a page. */
export type PageText = Omit<BenchPage, 'html'> & { text: string; published: string | null };

export function articleOf(page: BenchPage): PageText {
  const { document } = parseHTML(page.html);
  const doc = document as unknown as Document;
  const { html: _, ...rest } = page;
  return { ...rest, text: extractArticle(doc).text, published: findPublishedDate(doc) };
}

export type NodeRow = {
  page: string;
  kind: 'story' | 'offtopic';
  words: number;
  /** Size of the compiled story's JSON, bytes, to tell rows for different packs apart. */
  storyBytes: number;
  samples: number;
  /** JSON.parse + createMatcher + first match(), one per fresh process. */
  coldMs: Stats;
  parseMs: Stats;
  createMatcherMs: Stats;
  firstMatchMs: Stats;
  /** Per process, the median of the warm calls; then the statistics over processes. */
  warmMs: Stats;
  highlights: number;
  sentences: number;
  offTopic: string | null;
};

type Sample = {
  parseMs: number;
  createMs: number;
  firstMatchMs: number;
  coldMs: number;
  warmMs: number[];
  highlights: number;
  sentences: number;
  offTopic: string | null;
};

const CHILD = path.join(import.meta.dirname, 'node-cold.ts');
/** `--import tsx` resolves from the working directory: the repository's node_modules. */
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where node.ts keeps the files it hands to its child processes; remove() when done. */
export function createWorkdir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlight-node-bench-'));
  let n = 0;
  return {
    /** Writes `content` to a new file and returns its path. */
    file(name: string, content: string) {
      const file = path.join(dir, `${n++}-${name}`);
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * `samples` fresh processes, each timing one cold match of `page` against the compiled story in
 * `storyFile` (its JSON text) and then `warmCalls` warm ones.
 */
export function measureNode(options: NodeOptions): NodeRow {
  const samples: Sample[] = [];
  for (let i = 0; i < options.samples; i++) samples.push(runSample(options));
  return toNodeRow(options, samples);
}

/**
 * The same for two stories on one page, their processes alternating (a, b, a, b, …), so that a
 * ratio of the two is not skewed by the machine getting busier or quieter between them.
 */
export function measureNodePaired(
  a: NodeOptions,
  b: Pick<NodeOptions, 'storyFile' | 'storyBytes'>,
): [NodeRow, NodeRow] {
  const optionsB: NodeOptions = { ...a, ...b };
  const samplesA: Sample[] = [];
  const samplesB: Sample[] = [];
  for (let i = 0; i < a.samples; i++) {
    samplesA.push(runSample(a));
    samplesB.push(runSample(optionsB));
  }
  return [toNodeRow(a, samplesA), toNodeRow(optionsB, samplesB)];
}

type NodeOptions = {
  storyFile: string;
  storyBytes: number;
  page: PageText;
  pageFile: string;
  samples: number;
  warmCalls: number;
};

/** One fresh process (node-cold.ts): its line of JSON. */
function runSample(options: NodeOptions): Sample {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      ['--import', 'tsx', CHILD, options.storyFile, options.pageFile, String(options.warmCalls)],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 },
    );
  } catch (e) {
    // The child's own error line, not the whole stack dump of the failed command.
    const stderr = String((e as { stderr?: unknown }).stderr ?? '');
    const why = stderr.match(/^\w*Error: .*$/m)?.[0] ?? (e as Error).message;
    throw new Error(`${options.page.name}: the cold-sample process failed: ${why}`);
  }
  const line = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Sample;
}

function toNodeRow(options: NodeOptions, samples: Sample[]): NodeRow {
  const { page } = options;
  const n = samples.length;
  const first = samples[0] as Sample;
  if (samples.some((s) => s.highlights !== first.highlights || s.sentences !== first.sentences))
    throw new Error(`${page.name}: the engine gave different results in different processes`);
  return {
    page: page.name,
    kind: page.kind,
    words: page.words,
    storyBytes: options.storyBytes,
    samples: n,
    coldMs: stats(samples.map((s) => s.coldMs)),
    parseMs: stats(samples.map((s) => s.parseMs)),
    createMatcherMs: stats(samples.map((s) => s.createMs)),
    firstMatchMs: stats(samples.map((s) => s.firstMatchMs)),
    warmMs: stats(samples.map((s) => stats(s.warmMs).median)),
    highlights: first.highlights,
    sentences: first.sentences,
    offTopic: first.offTopic,
  };
}
