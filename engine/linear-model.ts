/**
 * A learned reader: a multinomial linear model over a sentence's features (words, word pairs,
 * the concepts the vocabulary finds in it and in the sentence before, the shape of its dates).
 * Knows no story: the classes, the features' weights and the threshold are data (a story's
 * `readerModel`, made by scripts/learn-model/train.ts from labelled sentences).
 *
 * Features are hashed (FNV-1a, 32 bits) into `2^bits` buckets; only the buckets with a weight are
 * kept, each with its weights per class, quantised to integers (`scale` units per 1.0), in a
 * flat list of numbers (`rows`) that ships small.
 */

import type { Token } from './tokenize';

export type ReaderModel = {
  /** Bumped when the features or the layout change, so stale weights are refused. */
  version: number;
  /** The classes; `none` (no card) is one of them. */
  classes: string[];
  bits: number;
  /** Integer weights are these many units per 1.0. */
  scale: number;
  /** Each class's bias, quantised. */
  bias: number[];
  /**
   * The buckets with weights, in order, flat: for each, its distance from the one before (the
   * first from 0), how many classes it weighs, then [class index, quantised weight] per class.
   */
  rows: number[];
  /** A class is proposed only at or above this probability. */
  threshold: number;
  /** A hash of what it was trained from, so a test can tell stale weights. */
  trainedOn: string;
};

export const READER_MODEL_VERSION = 1;

/** The class name meaning "no card". */
export const NO_CLASS = 'none';

export type Scored = { label: string; probability: number };

/** What the features are made of: one sentence's words and findings, as plain values. */
export type FeatureInput = {
  tokens: readonly Pick<Token, 'norm'>[];
  concepts: readonly string[];
  conceptsBefore: readonly string[];
  headline: boolean;
  /** Dates as `year-month` ("2025-9", "2026-" with no month). */
  dates: readonly string[];
  denial: boolean;
  future: boolean;
};

const YEAR = /^(19|20)\d\d$/;
const FIGURE = /^[\d][\d,.]*$/;

/** The sentence's features, by generic names (w: word, b: word pair, c: concept, …). */
export function featuresOf(input: FeatureInput): string[] {
  const out: string[] = ['bias'];
  const { tokens } = input;
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Pick<Token, 'norm'>).norm;
    out.push(`w:${w}`);
    if (i + 1 < tokens.length) out.push(`b:${w}_${(tokens[i + 1] as Pick<Token, 'norm'>).norm}`);
    if (YEAR.test(w)) out.push(`year:${w}`);
    else if (FIGURE.test(w)) out.push('num');
  }
  for (const c of input.concepts) out.push(`c:${c}`);
  for (const c of input.conceptsBefore) out.push(`p:${c}`);
  if (input.headline) out.push('headline');
  if (input.denial) out.push('denial');
  if (input.future) out.push('future');
  for (const d of input.dates) out.push(`d:${d}`, `dy:${d.slice(0, d.indexOf('-'))}`);
  if (input.dates.length === 0) out.push('nodate');
  return [...new Set(out)];
}

/** FNV-1a over the string's UTF-16 code units. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function bucketOf(feature: string, bits: number): number {
  return hashFeature(feature) & ((1 << bits) - 1);
}

/** Each bucket's offset in `rows` (at its count), built once per model. */
const offsets = new WeakMap<ReaderModel, Map<number, number>>();

function offsetsOf(model: ReaderModel): Map<number, number> {
  let at = offsets.get(model);
  if (at) return at;
  at = new Map();
  const { rows } = model;
  let bucket = 0;
  for (let i = 0; i < rows.length; ) {
    bucket += rows[i] as number;
    at.set(bucket, i + 1);
    i += 2 + 2 * (rows[i + 1] as number);
  }
  offsets.set(model, at);
  return at;
}

/** The model's best class for these features and its probability (softmax over the classes). */
export function scoreFeatures(model: ReaderModel, features: readonly string[]): Scored {
  const z = model.bias.slice();
  const at = offsetsOf(model);
  const { rows } = model;
  for (const f of features) {
    const i = at.get(bucketOf(f, model.bits));
    if (i === undefined) continue;
    const n = rows[i] as number;
    for (let k = i + 1; k < i + 1 + 2 * n; k += 2) {
      const c = rows[k] as number;
      z[c] = (z[c] as number) + (rows[k + 1] as number);
    }
  }
  let best = 0;
  for (let k = 1; k < z.length; k++) if ((z[k] as number) > (z[best] as number)) best = k;
  const top = (z[best] as number) / model.scale;
  let sum = 0;
  for (const v of z) sum += Math.exp(v / model.scale - top);
  return { label: model.classes[best] as string, probability: 1 / sum };
}

/** The class proposed for these features, or undefined when "none" wins or it is not sure. */
export function propose(model: ReaderModel, features: readonly string[]): Scored | undefined {
  const scored = scoreFeatures(model, features);
  return scored.label !== NO_CLASS && scored.probability >= model.threshold ? scored : undefined;
}
