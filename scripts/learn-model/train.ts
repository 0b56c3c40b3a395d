/**
 * `npm run learn-model`: trains the learned reader (engine/linear-model.ts) on our own labelled
 * sentences (scripts/learn-model/sentences.ts says which) and writes data/reader-model.json.
 * Multinomial logistic regression over the claims a sentence states first and "none", L2
 * regularised, full-batch Adam from zero: deterministic (no random draw, a fixed order).
 *
 * Usage: npm run learn-model [-- --cv] [--threshold P] [--l2 X] [--iterations N] [--prune Q]
 *   --cv         leave-files-out cross-validation (5 folds over the files, no article split):
 *                each fold's model runs in the engine on the files it did not see, scored as
 *                `npm run eval` scores them, against the same engine without it; prints the sum
 *                per threshold. Writes nothing.
 *   (default)    trains on every training file and writes data/reader-model.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Annotation, createAnnotator, type Highlight } from '../../cli/annotate';
import { pack } from '../../data/index';
import { compileStory } from '../../engine/compile-story';
import {
  bucketOf,
  NO_CLASS,
  READER_MODEL_VERSION,
  type ReaderModel,
} from '../../engine/linear-model';
import type { StoryPack } from '../../engine/types';
import { type EvalArticle, readJsonl } from '../eval/eval-set';
import {
  type Annotate,
  combineScores,
  type Labelled,
  type SetScore,
  scoreSet,
} from '../eval/score';
import { type Row, rowsOf, trainingFiles, trainingHash } from './sentences';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MODEL_FILE = path.join(root, 'data/reader-model.json');

export type TrainOptions = {
  l2: number;
  iterations: number;
  bits: number;
  threshold: number;
  /** Integer units per 1.0 in the written weights. */
  scale: number;
  /** Weights smaller than this (after quantising, in units) are dropped. */
  prune: number;
};

export const DEFAULTS: TrainOptions = {
  l2: 1,
  iterations: 300,
  bits: 20,
  threshold: 0.95,
  scale: 64,
  prune: 12,
};

/**
 * What the hash of the training data also covers: the training options and the feature version
 * (not the threshold, which only reads the trained weights).
 */
export function hashExtra(o: TrainOptions): string {
  const { threshold: _, ...training } = o;
  return JSON.stringify({ ...training, version: READER_MODEL_VERSION });
}

/** Trains a model on the rows with a label. */
export function train(rows: readonly Row[], o: TrainOptions, trainedOn: string): ReaderModel {
  const used = rows.filter((r) => r.label !== null);
  const classes = [...new Set(used.map((r) => r.label as string))].sort();
  const K = classes.length;
  const classOf = new Map(classes.map((c, k) => [c, k]));
  // Buckets seen in training, numbered compactly.
  const column = new Map<number, number>();
  const X: Int32Array[] = used.map((r) => {
    const cols = new Set<number>();
    for (const f of r.features) {
      const b = bucketOf(f, o.bits);
      let j = column.get(b);
      if (j === undefined) {
        j = column.size;
        column.set(b, j);
      }
      cols.add(j);
    }
    return Int32Array.from([...cols].sort((a, b) => a - b));
  });
  const Y = used.map((r) => classOf.get(r.label as string) as number);
  const n = used.length;
  const d = column.size;
  const W = new Float64Array(d * K);
  const bias = new Float64Array(K);
  const gW = new Float64Array(d * K);
  const gb = new Float64Array(K);
  const mW = new Float64Array(d * K);
  const vW = new Float64Array(d * K);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const z = new Float64Array(K);
  const lr = 0.05;
  const b1 = 0.9;
  const b2 = 0.999;
  for (let t = 1; t <= o.iterations; t++) {
    gW.fill(0);
    gb.fill(0);
    for (let r = 0; r < n; r++) {
      const cols = X[r] as Int32Array;
      for (let k = 0; k < K; k++) z[k] = bias[k] as number;
      for (const j of cols)
        for (let k = 0; k < K; k++) z[k] = (z[k] as number) + (W[j * K + k] as number);
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k] as number);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp((z[k] as number) - max);
        sum += z[k] as number;
      }
      for (let k = 0; k < K; k++) {
        const g = (z[k] as number) / sum - (k === Y[r] ? 1 : 0);
        // A class the sentence is far from moves no weight worth the time (deterministic).
        if (Math.abs(g) < 1e-4) continue;
        gb[k] = (gb[k] as number) + g;
        for (const j of cols) gW[j * K + k] = (gW[j * K + k] as number) + g;
      }
    }
    const bc1 = 1 - b1 ** t;
    const bc2 = 1 - b2 ** t;
    for (let i = 0; i < d * K; i++) {
      const g = ((gW[i] as number) + o.l2 * (W[i] as number)) / n;
      mW[i] = b1 * (mW[i] as number) + (1 - b1) * g;
      vW[i] = b2 * (vW[i] as number) + (1 - b2) * g * g;
      W[i] =
        (W[i] as number) -
        (lr * ((mW[i] as number) / bc1)) / (Math.sqrt((vW[i] as number) / bc2) + 1e-8);
    }
    for (let k = 0; k < K; k++) {
      const g = (gb[k] as number) / n;
      mb[k] = b1 * (mb[k] as number) + (1 - b1) * g;
      vb[k] = b2 * (vb[k] as number) + (1 - b2) * g * g;
      bias[k] =
        (bias[k] as number) -
        (lr * ((mb[k] as number) / bc1)) / (Math.sqrt((vb[k] as number) / bc2) + 1e-8);
    }
  }
  const rowsOut: number[] = [];
  let last = 0;
  for (const [bucket, j] of [...column.entries()].sort((a, b) => a[0] - b[0])) {
    const row: number[] = [];
    for (let k = 0; k < K; k++) {
      const q = Math.round((W[j * K + k] as number) * o.scale);
      if (Math.abs(q) >= o.prune) row.push(k, q);
    }
    if (row.length === 0) continue;
    rowsOut.push(bucket - last, row.length / 2, ...row);
    last = bucket;
  }
  return {
    version: READER_MODEL_VERSION,
    classes,
    bits: o.bits,
    scale: o.scale,
    bias: [...bias].map((b) => Math.round(b * o.scale)),
    rows: rowsOut,
    threshold: o.threshold,
    trainedOn,
  };
}

const FOLDS = 5;
const THRESHOLDS = [0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99];

/** The learned reader's probability on a card, from its evidence line, or null for a rule's card. */
function modelProbability(h: Highlight): number | null {
  const line = h.evidence.find((e) => e.startsWith('model: '));
  const at = line?.match(/ at ([\d.]+)$/);
  return at ? Number(at[1]) : null;
}

/**
 * The files scored with the pack's model at each threshold: the pages are read once, with the
 * lowest threshold, and the model's cards below each threshold dropped (they are added after the
 * rules' cards and change none of them).
 */
export function scoreAtThresholds(
  files: readonly string[],
  p: StoryPack,
  thresholds: readonly number[],
  labelled: (file: string) => Labelled = () => null,
  read: (file: string) => EvalArticle[] = readJsonl,
): SetScore[] {
  const annotator = createAnnotator(compileStory(p));
  const seen = new Map<string, Annotation>();
  return thresholds.map((t) => {
    const annotate: Annotate = (html, options) => {
      let a = seen.get(html);
      if (!a) {
        a = annotator(html, options);
        seen.set(html, a);
      }
      return {
        ...a,
        highlights: a.highlights.filter((h) => (modelProbability(h) ?? 1) >= t),
      };
    };
    return combineScores(
      'cv',
      files.map((f) => scoreSet(path.basename(f), read(f), annotate, labelled(f))),
    );
  });
}

export const figures = (s: SetScore) =>
  `hits ${s.knownHits}/${s.knownSentences} wrong ${s.wrongClaims} fa ${s.falseAlarms} sides ${s.stanceErrors} neg ${s.negativeHighlights}`;

function crossValidate(o: TrainOptions) {
  const files = trainingFiles();
  const story = compileStory({ ...pack, readerModel: undefined });
  const rows = rowsOf(story, files);
  const sums = new Map<number, SetScore[]>();
  const bases: SetScore[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = files.filter((_, i) => i % FOLDS === fold);
    const model = train(
      rows.filter((r) => !held.includes(r.file)),
      o,
      'cv',
    );
    const lowest = Math.min(...THRESHOLDS);
    const [base] = scoreAtThresholds(held, { ...pack, readerModel: undefined }, [1]);
    bases.push(base as SetScore);
    scoreAtThresholds(
      held,
      { ...pack, readerModel: { ...model, threshold: lowest } },
      THRESHOLDS,
    ).forEach((s, k) => {
      const t = THRESHOLDS[k] as number;
      sums.set(t, [...(sums.get(t) ?? []), s]);
    });
    console.log(
      `fold ${fold + 1}/${FOLDS} (${held.map((f) => path.basename(f, '.jsonl')).join(' ')})`,
    );
    console.log(`  engine alone: ${figures(base as SetScore)}`);
    for (const t of THRESHOLDS)
      console.log(`  threshold ${t}: ${figures(sums.get(t)?.at(-1) as SetScore)}`);
  }
  console.log(`engine alone: ${figures(combineScores('cv', bases))}`);
  for (const t of THRESHOLDS)
    console.log(`threshold ${t}: ${figures(combineScores('cv', sums.get(t) ?? []))}`);
}

function main() {
  const { values } = parseArgs({
    options: {
      cv: { type: 'boolean', default: false },
      threshold: { type: 'string' },
      l2: { type: 'string' },
      iterations: { type: 'string' },
      prune: { type: 'string' },
    },
  });
  const o: TrainOptions = {
    ...DEFAULTS,
    ...(values.threshold && { threshold: Number(values.threshold) }),
    ...(values.l2 && { l2: Number(values.l2) }),
    ...(values.iterations && { iterations: Number(values.iterations) }),
    ...(values.prune && { prune: Number(values.prune) }),
  };
  if (values.cv) return crossValidate(o);
  const files = trainingFiles();
  const rows = rowsOf(compileStory({ ...pack, readerModel: undefined }), files);
  const model = train(rows, o, trainingHash(files, hashExtra(o)));
  writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
  const size = JSON.stringify(model).length;
  console.log(
    `wrote ${path.relative(root, MODEL_FILE)}: ${model.classes.length} classes, ${model.rows.length} numbers, ${(size / 1024).toFixed(1)} kB, from ${rows.filter((r) => r.label !== null).length} sentences`,
  );
  console.log(`(no-card class: ${NO_CLASS})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
