/**
 * How the cost grows with the knowledge base: the real pack and synthetic packs of 1,000 and
 * 10,000 claims (synthetic-pack.ts), each compiled as the build compiles it, then matched in
 * Node against the same pages cold and warm (node.ts). The real pack's rows are the page
 * table's; each synthetic pack's ratio is taken against the real pack measured again in
 * alternation with it (a, b, a, b, … fresh processes), since a shared machine's load drifts
 * over the minutes between the two tables.
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { checkKnowledgeBase } from '../../data/check';
import { compileStory } from '../../engine/compile-story';
import { shipStory } from '../../engine/ship-story';
import type { StoryPack } from '../../engine/types';
import { measureNodePaired, type NodeRow, type PageText, type Stats, stats } from './node';
import { makeSyntheticPack } from './synthetic-pack';

/** Fixed, so every run measures the same synthetic packs. */
export const SYNTHETIC_SEED = 20240910;
/** Compiling is timed this many times; the median is reported. */
const COMPILE_RUNS = 3;

export type ScaleRow = {
  claims: number;
  concepts: number;
  entities: number;
  questions: number;
  /** compileStory(pack), the build step (median of COMPILE_RUNS in this process). */
  compileMs: Stats;
  jsonBytes: number;
  jsonGzipBytes: number;
  /**
   * Per page: Node cold/warm, and the ratio of its medians to the real pack's measured in
   * alternation with it (pairedRealColdMs; for the real pack itself, the page table's row).
   */
  pages: (NodeRow & { coldRatio: number; warmRatio: number; pairedRealColdMs: Stats })[];
};

export function runScaleBench(options: {
  realPack: StoryPack;
  claimCounts: number[];
  pages: { text: PageText; file: string }[];
  /** The real pack's rows for the same pages, from the page table. */
  baseline: Map<string, NodeRow>;
  file: (name: string, content: string) => string;
  samples: number;
  warmCalls: number;
  log: (line: string) => void;
}): ScaleRow[] {
  const real = options.realPack;
  let realStory: { storyFile: string; storyBytes: number } | undefined;
  return options.claimCounts.map((claims) => {
    const isReal = claims === real.claims.length;
    const pack = isReal ? real : makeSyntheticPack(claims, SYNTHETIC_SEED);
    // A pack the build would refuse would measure nothing real (seed checks need the articles).
    const errors = checkKnowledgeBase(pack);
    if (errors.length)
      throw new Error(
        `synthetic pack of ${claims} claims fails the KB check:\n- ${errors.join('\n- ')}`,
      );
    const compileRuns: number[] = [];
    let json = '';
    for (let i = 0; i < COMPILE_RUNS; i++) {
      const t0 = performance.now();
      const compiled = compileStory(pack);
      compileRuns.push(performance.now() - t0);
      json = JSON.stringify(shipStory(compiled));
    }
    const storyFile = options.file(`story-${claims}.json`, json);
    const storyBytes = Buffer.byteLength(json);
    if (isReal) realStory = { storyFile, storyBytes };
    const pages = options.pages.map(({ text, file }) => {
      const base = options.baseline.get(text.name);
      if (!base) throw new Error(`no real-pack measurement for ${text.name}`);
      if (isReal) {
        options.log(`KB ${claims} claims, ${text.name}: the page table's row`);
        return { ...base, coldRatio: 1, warmRatio: 1, pairedRealColdMs: base.coldMs };
      }
      if (!realStory) throw new Error('the real pack must be measured first');
      // The real pack again, its processes alternating with this pack's: the ratio is taken
      // between samples of the same minutes.
      const [row, paired] = measureNodePaired(
        {
          storyFile,
          storyBytes,
          page: text,
          pageFile: file,
          samples: options.samples,
          warmCalls: options.warmCalls,
        },
        realStory,
      );
      options.log(
        `KB ${claims} claims, ${text.name}: cold ${row.coldMs.median.toFixed(1)} ms (real pack alongside: ${paired.coldMs.median.toFixed(1)} ms), warm ${row.warmMs.median.toFixed(1)} ms`,
      );
      return {
        ...row,
        coldRatio: row.coldMs.median / paired.coldMs.median,
        warmRatio: row.warmMs.median / paired.warmMs.median,
        pairedRealColdMs: paired.coldMs,
      };
    });
    return {
      claims,
      concepts: Object.keys(pack.vocabulary.concepts).length,
      entities: Object.keys(pack.vocabulary.entities).length,
      questions: pack.questions.length,
      compileMs: stats(compileRuns),
      jsonBytes: storyBytes,
      jsonGzipBytes: gzipSync(json, { level: 9 }).length,
      pages,
    };
  });
}
