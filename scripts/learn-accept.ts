/**
 * `npm run learn-accept`: trains the learned second look (engine/learned-accept.ts) from our own
 * labelled sentences and writes data/learned-accept.json.
 *
 * Each training article is rendered as `npm run eval` renders it and read by the engine without a
 * model; every sentence the rules give no card reports the candidates they turned down, with their
 * features (ScanOptions.onLearnedRows). A candidate is a positive when the sentence is to be
 * carded and lists its claim, a negative when the claim is neither listed nor hinted. A logistic
 * model (L2, full-batch AdaGrad, fixed steps: deterministic) is trained on them; the threshold is
 * the lowest at which leave-sets-out cross-validation keeps precision at least PRECISION, counted
 * by sentence as the matcher decides (the likeliest candidate of a sentence).
 *
 * Trains on tests/fixtures/eval/*.jsonl except the held-out blind sets and the library's labels.
 * Usage: npm run learn-accept [-- --cv-only] [--check]
 *   --cv-only  print the cross-validation and write nothing
 *   --check    exit 1 when data/learned-accept.json was trained on other data (stale)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parsePage } from '../cli/declarative-shadow';
import { pack } from '../data/index';
import { compileStory } from '../engine/compile-story';
import { createMatcher, type LearnedRow } from '../engine/index';
import type { LearnedModel } from '../engine/learned-accept';
import { extractArticle } from '../page/article';
import { readPublishedDate } from '../page/published-date';
import { type EvalArticle, readJsonl } from './eval/eval-set';
import { locateSentences, overlap } from './eval/locate';
import { renderPage } from './eval/render-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ownDir = path.join(root, 'tests/fixtures/eval');
export const MODEL_FILE = path.join(root, 'data/learned-accept.json');
/** Sets kept out of training: the measure of the engine on fresh articles. */
export const HELD_OUT = new Set(['articles-blind-22.jsonl', 'articles-blind-23.jsonl']);
/** Bumped when the features change, so the model is trained again. */
export const FEATURE_VERSION = 1;
const PRECISION = 0.98;
const FOLDS = 5;
const L2 = Number(process.env.LA_L2 ?? 1);
const STEPS = Number(process.env.LA_STEPS ?? 400);
const RATE = 0.5;

/** The training sets, by name. */
export function trainingFiles(): string[] {
  return readdirSync(ownDir)
    .filter((f) => f.endsWith('.jsonl') && !HELD_OUT.has(f))
    .sort();
}

/** The hash of what the model is trained on: the sets' bytes, the pack's claims and vocabulary, the features' version. */
export function trainingHash(): string {
  const h = createHash('sha256');
  h.update(`features ${FEATURE_VERSION}\n`);
  for (const f of trainingFiles()) h.update(f).update(readFileSync(path.join(ownDir, f)));
  h.update(readFileSync(path.join(root, 'data/claims.json')));
  h.update(readFileSync(path.join(root, 'data/vocabulary.json')));
  h.update(readFileSync(path.join(root, 'engine/learned-accept.ts')));
  return h.digest('hex').slice(0, 16);
}

type Example = {
  set: string;
  sentence: string;
  text: string;
  claim: string;
  label: 0 | 1;
  x: [number, number][];
};
type Names = Map<string, number>;

/** Every rejected candidate of every uncarded sentence of one article, labelled. */
function examplesOf(
  article: EvalArticle,
  set: string,
  matcher: ReturnType<typeof createMatcher>,
  names: Names,
): Example[] {
  const document = parsePage(renderPage(article));
  const published = readPublishedDate(document)?.date ?? null;
  const { text } = extractArticle(document, { maxChars: 400_000 });
  const found: { span: { start: number; end: number }; rows: LearnedRow[] }[] = [];
  matcher.match(text, { published, onLearnedRows: (span, rows) => found.push({ span, rows }) });
  const located = locateSentences(
    text,
    article.sentences.map((s) => s.text),
  );
  const { touching } = overlap(
    located,
    found.map((r) => r.span),
  );
  const sentenceOf = new Map<number, number>();
  touching.forEach((spans, i) => {
    for (const k of spans) if (!sentenceOf.has(k)) sentenceOf.set(k, i);
  });
  const out: Example[] = [];
  found.forEach(({ rows }, k) => {
    const i = sentenceOf.get(k);
    if (i === undefined) return;
    const s = article.sentences[i];
    if (!s) return;
    for (const row of rows) {
      const listed = (s.claims ?? []).includes(row.claim);
      const hinted = (s.hinted_claims ?? []).includes(row.claim);
      let label: 0 | 1;
      if (s.highlight === true && listed) label = 1;
      else if (listed || hinted) continue;
      else label = 0;
      const x: [number, number][] = [];
      for (const [name, value] of row.features) {
        let id = names.get(name);
        if (id === undefined) {
          id = names.size;
          names.set(name, id);
        }
        x.push([id, value]);
      }
      out.push({ set, sentence: `${article.id}#${i}`, text: s.text, claim: row.claim, label, x });
    }
  });
  return out;
}

/** Logistic regression, L2, full-batch AdaGrad: the same data gives the same weights. */
function train(examples: readonly Example[], size: number): { bias: number; w: Float64Array } {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const n = examples.length || 1;
  // Positives are few: weigh them up so the model is not content to say no to all.
  const pos = examples.filter((e) => e.label === 1).length || 1;
  const posWeight = Math.min(Number(process.env.LA_POSW ?? 10), (examples.length - pos) / pos);
  for (let step = 0; step < STEPS; step++) {
    const grad = new Float64Array(size);
    let gb = 0;
    for (const e of examples) {
      let z = bias;
      for (const [j, v] of e.x) z += (w[j] as number) * v;
      const p = 1 / (1 + Math.exp(-z));
      const weight = e.label === 1 ? posWeight : 1;
      const d = (p - e.label) * weight;
      gb += d;
      for (const [j, v] of e.x) grad[j] = (grad[j] as number) + d * v;
    }
    for (let j = 0; j < size; j++) {
      const g = (grad[j] as number) / n + (L2 * (w[j] as number)) / n;
      g2[j] = (g2[j] as number) + g * g;
      w[j] = (w[j] as number) - (RATE * g) / Math.sqrt(g2[j] as number);
    }
    const gbn = gb / n;
    b2 += gbn * gbn;
    bias -= (RATE * gbn) / Math.sqrt(b2);
  }
  return { bias, w };
}

const prob = (m: { bias: number; w: Float64Array }, e: Example) => {
  let z = m.bias;
  for (const [j, v] of e.x) z += (m.w[j] as number) * v;
  return 1 / (1 + Math.exp(-z));
};

/** Per sentence, the likeliest candidate and whether it is right. */
function decisions(
  scored: { e: Example; p: number }[],
): { p: number; right: boolean; e: Example }[] {
  const best = new Map<string, { e: Example; p: number }>();
  for (const s of scored) {
    const key = `${s.e.set}/${s.e.sentence}`;
    const b = best.get(key);
    if (!b || s.p > b.p) best.set(key, s);
  }
  return [...best.values()].map(({ e, p }) => ({ p, right: e.label === 1, e }));
}

/** The lowest threshold keeping precision ≥ PRECISION among the sentences taken, with its counts. */
function pickThreshold(ds: { p: number; right: boolean }[]) {
  const sorted = [...ds].sort((a, b) => b.p - a.p);
  let right = 0;
  let wrong = 0;
  let best = { threshold: 1.01, right: 0, wrong: 0 };
  for (const d of sorted) {
    if (d.right) right++;
    else wrong++;
    if (right / (right + wrong) >= PRECISION && right > best.right)
      best = { threshold: d.p, right, wrong };
  }
  return best;
}

function main() {
  const { values } = parseArgs({
    options: {
      'cv-only': { type: 'boolean' },
      check: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
  });
  const hash = trainingHash();
  if (values.check) {
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as LearnedModel;
    if (model.trainedOn !== hash) {
      console.error(
        `data/learned-accept.json is stale (${model.trainedOn} ≠ ${hash}): npm run learn-accept`,
      );
      process.exit(1);
    }
    return;
  }
  const matcher = createMatcher(compileStory({ ...pack, learned: undefined }));
  const names: Names = new Map();
  const examples: Example[] = [];
  const files = trainingFiles();
  for (const f of files)
    for (const a of readJsonl(path.join(ownDir, f)))
      examples.push(...examplesOf(a, f, matcher, names));
  const positives = examples.filter((e) => e.label === 1).length;
  console.log(
    `${files.length} sets, ${examples.length} rejected candidates (${positives} stated), ${names.size} features`,
  );
  if (process.env.LA_DUMP) {
    const inv = [...names.keys()];
    writeFileSync(
      process.env.LA_DUMP,
      JSON.stringify(examples.map((e) => ({ ...e, x: e.x.map(([j]) => inv[j]) }))),
    );
  }
  // Leave sets out: fold k holds every k-th set.
  const scored: { e: Example; p: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const held = new Set(files.filter((_, i) => i % FOLDS === k));
    const m = train(
      examples.filter((e) => !held.has(e.set)),
      names.size,
    );
    for (const e of examples) if (held.has(e.set)) scored.push({ e, p: prob(m, e) });
  }
  const ds = decisions(scored);
  const cv = pickThreshold(ds);
  console.log(
    `cross-validation (${FOLDS} folds of whole sets): ${ds.length} uncarded sentences with candidates, ${ds.filter((d) => d.right).length} whose likeliest candidate is stated`,
  );
  for (const t of [0.5, 0.7, 0.8, 0.9, 0.95, 0.98]) {
    const taken = ds.filter((d) => d.p >= t);
    const right = taken.filter((d) => d.right).length;
    console.log(`  p ≥ ${t}: ${taken.length} taken, ${right} right, ${taken.length - right} wrong`);
  }
  const ranked = [...ds].sort((a, b) => b.p - a.p);
  for (const k of [10, 20, 40]) {
    const right = ranked.slice(0, k).filter((d) => d.right).length;
    console.log(`  the ${k} likeliest sentences: ${right} right, ${k - right} wrong`);
  }
  console.log(
    `  precision ≥ ${PRECISION}: threshold ${cv.threshold.toFixed(3)}, ${cv.right} right, ${cv.wrong} wrong`,
  );
  if (values.verbose)
    for (const d of [...ds].sort((a, b) => b.p - a.p).slice(0, 60))
      console.log(
        `${d.right ? '+' : '-'} ${d.p.toFixed(3)} ${d.e.claim} | ${d.e.set} | ${d.e.text}`,
      );
  if (values['cv-only']) return;
  const m = train(examples, names.size);
  const weights: Record<string, number> = {};
  for (const [name, j] of [...names].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const v = m.w[j] as number;
    if (Math.abs(v) >= 1e-3) weights[name] = Number(v.toFixed(4));
  }
  const model: LearnedModel = {
    trainedOn: hash,
    bias: Number(m.bias.toFixed(4)),
    weights,
    threshold: Number(Math.min(1, cv.threshold).toFixed(4)),
  };
  writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, MODEL_FILE)}: ${Object.keys(weights).length} weights`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
