/**
 * `npx tsx scripts/bench/matchers.ts`: the measurement behind the choice of matcher (issue: a
 * compiled single-pass matcher). Finds every concept phrasing in a 10k-word story page and a
 * 10k-word off-topic page with (a) our token trie (engine/compile-phrases.ts + find-concepts.ts)
 * and (b) modern-ahocorasick over characters, each in a fresh Node process (cold: load, build or
 * deserialize, first search) and then warm (median of 20 searches). Also the first-look anchor
 * count: indexOf (engine/topic-gate.ts) against a regular expression and Aho–Corasick.
 * Prints a table and writes bench-output/matchers.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import AhoCorasick from 'modern-ahocorasick';
import { pack } from '../../data/index';
import { compilePhrases, parsePhrasing } from '../../engine/compile-phrases';
import { compileStory } from '../../engine/compile-story';
import { countAnchorTerms } from '../../engine/count-anchor-terms';
import { LANGUAGE_CONCEPTS } from '../../engine/english';
import { createConceptFinder } from '../../engine/find-concepts';
import { segmentSentences } from '../../engine/segment-sentences';
import { tokenize } from '../../engine/tokenize';
import { extractArticle } from '../../page/article';
// @ts-expect-error plain ESM helper without types
import { generatePages } from './pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const concepts = { ...pack.vocabulary.concepts, ...LANGUAGE_CONCEPTS };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Every phrasing as literal strings for a character automaton: gaps split, prefixes kept bare. */
function literalPatterns(): string[] {
  const out = new Set<string>();
  for (const phrasings of Object.values(concepts))
    for (const p of phrasings) {
      let partial = [''];
      for (const item of parsePhrasing(p)) {
        if (item.gap) break; // the part before a gap; the rest would need a second pass
        partial = partial.flatMap((s) =>
          item.alternatives.map(
            (w) => `${s}${s ? ' ' : ''}${w.replace(/^=|\*$/g, '').toLowerCase()}`,
          ),
        );
      }
      for (const s of partial) out.add(s);
    }
  return [...out];
}

function pageTexts(): Record<string, string> {
  const pages = generatePages() as { name: string; html: string }[];
  const texts: Record<string, string> = {};
  for (const p of pages.filter((x) => x.name === 'story-10k' || x.name === 'offtopic-10k')) {
    const { document } = parseHTML(p.html);
    texts[p.name] = extractArticle(document as unknown as Document).text;
  }
  return texts;
}

type Sample = {
  buildMs: number;
  firstMs: number;
  warmMs: number;
  hits: number;
  shippedBytes?: number;
};

/** One variant on one page, in this process (the parent spawns one process per sample). */
function runVariant(variant: string, text: string): Sample {
  const t0 = performance.now();
  if (variant === 'trie') {
    const index = JSON.parse(JSON.stringify(compilePhrases(concepts)));
    const find = createConceptFinder(index);
    const t1 = performance.now();
    const all = () => {
      let hits = 0;
      for (const s of segmentSentences(text)) {
        const sentence = text.slice(s.start, s.end);
        hits += find(tokenize(sentence), sentence).length;
      }
      return hits;
    };
    const hits = all();
    const t2 = performance.now();
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      const a = performance.now();
      all();
      warm.push(performance.now() - a);
    }
    return { buildMs: t1 - t0, firstMs: t2 - t1, warmMs: median(warm), hits };
  }
  if (variant === 'ahocorasick') {
    const serialized = new AhoCorasick(literalPatterns()).serialize();
    const t0b = performance.now();
    const ac = AhoCorasick.deserialize(serialized);
    const t1 = performance.now();
    const lower = text.toLowerCase();
    const hits = ac.search(lower).length;
    const t2 = performance.now();
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      const a = performance.now();
      ac.search(text.toLowerCase());
      warm.push(performance.now() - a);
    }
    return {
      buildMs: t1 - t0b,
      firstMs: t2 - t1,
      warmMs: median(warm),
      hits,
      shippedBytes: gzipSync(serialized).length,
    };
  }
  const terms = compileStory(pack).topic.anchorTerms;
  if (variant === 'anchors-indexof') {
    const t1 = performance.now();
    const hits = countAnchorTerms(text, terms, 1_000_000);
    return { buildMs: t1 - t0, firstMs: performance.now() - t1, warmMs: 0, hits };
  }
  if (variant === 'anchors-regexp') {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})`, 'giu');
    const t1 = performance.now();
    const hits = [...text.matchAll(re)].length;
    return { buildMs: t1 - t0, firstMs: performance.now() - t1, warmMs: 0, hits };
  }
  if (variant === 'anchors-ahocorasick') {
    const ac = new AhoCorasick(terms);
    const t1 = performance.now();
    const hits = ac.count(text.toLowerCase());
    return { buildMs: t1 - t0, firstMs: performance.now() - t1, warmMs: 0, hits };
  }
  throw new Error(`unknown variant ${variant}`);
}

const [variantArg, pageArg] = process.argv.slice(2);
if (variantArg && pageArg) {
  const text = readFileSync(pageArg, 'utf8');
  process.stdout.write(JSON.stringify(runVariant(variantArg, text)));
} else {
  const out = path.join(root, 'bench-output');
  mkdirSync(out, { recursive: true });
  const texts = pageTexts();
  const rows: Record<string, unknown>[] = [];
  for (const [page, text] of Object.entries(texts)) {
    const file = path.join(out, `${page}.txt`);
    writeFileSync(file, text);
    for (const variant of [
      'trie',
      'ahocorasick',
      'anchors-indexof',
      'anchors-regexp',
      'anchors-ahocorasick',
    ]) {
      const samples: Sample[] = [];
      for (let i = 0; i < 5; i++)
        samples.push(
          JSON.parse(
            execFileSync(
              process.execPath,
              ['--import', 'tsx', fileURLToPath(import.meta.url), variant, file],
              {
                encoding: 'utf8',
              },
            ),
          ),
        );
      const row = {
        page,
        variant,
        buildMs: median(samples.map((s) => s.buildMs)),
        firstMs: median(samples.map((s) => s.firstMs)),
        warmMs: median(samples.map((s) => s.warmMs)),
        hits: samples[0]?.hits,
        ...(samples[0]?.shippedBytes && { shippedGzipBytes: samples[0].shippedBytes }),
      };
      rows.push(row);
      console.log(
        `${page.padEnd(13)} ${variant.padEnd(20)} build ${row.buildMs.toFixed(2).padStart(7)} ms  first ${row.firstMs.toFixed(2).padStart(7)} ms  warm ${row.warmMs.toFixed(2).padStart(7)} ms  hits ${row.hits}`,
      );
    }
  }
  writeFileSync(path.join(out, 'matchers.json'), `${JSON.stringify(rows, null, 2)}\n`);
}
