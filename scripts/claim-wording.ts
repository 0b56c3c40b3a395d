/**
 * `npm run claim-wording`: derives data/claim-wording.json, each claim's word profile, from the
 * claim's own examples: the paraphrase bank's lines stating it (tests/fixtures/eval/bank-*.jsonl,
 * our own words) and what its sources say (`says` in data/claims.json); and, per bank file, a
 * profile of its near misses (its `highlight: false` lines). The engine reads the file as data
 * (engine/claim-wording.ts) to accept a sentence one group short of a claim.
 *
 * Only the bank and the claims: never the blind sets, fresh-wording, dev or the library.
 *
 * Usage: npm run claim-wording [-- --check] [--threshold T] [--margin M] [--words all|uncovered]
 *          [--concepts yes|no] [--top N]
 *   --check  fail (status 1) when data/claim-wording.json is not what the bank and claims give
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pack } from '../data/index';
import { type ClaimWording, termsOf, type WordProfile } from '../engine/claim-wording';
import { compileStory } from '../engine/compile-story';
import { createWordReader, readWords } from '../engine/sentence-facts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bankDir = path.join(root, 'tests/fixtures/eval');
const outFile = path.join(root, 'data/claim-wording.json');

type BankLine = { text: string; highlight: boolean; claims?: string[] };

/** The settings the file was made with (kept in it, so --check remakes the same). */
type Settings = Pick<
  ClaimWording,
  'threshold' | 'margin' | 'words' | 'concepts' | 'mode' | 'afterCard' | 'lend'
> & {
  top: number;
};

/**
 * The claims a bank line states: its labels list them first, then every other claim answering
 * the same question; a claim whose question an earlier label already answers is such a sibling.
 */
export function statedClaims(
  labels: readonly string[],
  questionOf: (id: string) => string | undefined,
) {
  const stated: string[] = [];
  const asked = new Set<string>();
  for (const id of labels) {
    const q = questionOf(id);
    if (q !== undefined && asked.has(q)) continue;
    stated.push(id);
    if (q !== undefined) asked.add(q);
  }
  return stated;
}

/**
 * A profile: each term's share of the examples that have it, times its rarity over every
 * example (idf), the `top` heaviest kept, scaled to length 1.
 */
export function profileOf(
  examples: readonly (readonly string[])[],
  idf: ReadonlyMap<string, number>,
  top: number,
): WordProfile {
  const counts = new Map<string, number>();
  for (const terms of examples) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const weighted = [...counts].map(
    ([t, n]) => [t, (n / examples.length) * (idf.get(t) ?? 0)] as const,
  );
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = weighted.slice(0, top).filter(([, w]) => w > 0);
  const length = Math.sqrt(weighted.reduce((s, [, w]) => s + w * w, 0)) || 1;
  const profile: WordProfile = {};
  for (const [t, w] of kept) profile[t] = Math.round((w / length) * 1000) / 1000;
  return profile;
}

export function deriveWording(settings: Settings): ClaimWording {
  const story = compileStory(pack);
  const reader = createWordReader(story);
  const terms = (text: string) =>
    termsOf(readWords(text, reader), settings.words, settings.concepts);
  const questionOf = new Map(pack.claims.map((c) => [c.id, c.position?.question]));
  const examples = new Map<string, string[][]>();
  const filesOf = new Map<string, Set<string>>();
  const nearOf = new Map<string, string[][]>();
  const all: string[][] = [];
  const files = readdirSync(bankDir)
    .filter((f) => f.startsWith('bank-') && f.endsWith('.jsonl'))
    .sort();
  for (const file of files) {
    const name = path.basename(file, '.jsonl');
    const near: string[][] = [];
    for (const line of readFileSync(path.join(bankDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as { sentences: BankLine[] };
      for (const s of article.sentences) {
        const t = terms(s.text);
        all.push(t);
        if (!s.highlight && (s.claims ?? []).length === 0) near.push(t);
        if (!s.highlight) continue;
        for (const id of statedClaims(s.claims ?? [], (c) => questionOf.get(c))) {
          examples.set(id, [...(examples.get(id) ?? []), t]);
          filesOf.set(id, (filesOf.get(id) ?? new Set()).add(name));
        }
      }
    }
    nearOf.set(name, near);
  }
  for (const claim of pack.claims)
    for (const source of claim.sources) {
      const t = terms(source.says);
      all.push(t);
      examples.set(claim.id, [...(examples.get(claim.id) ?? []), t]);
    }
  const df = new Map<string, number>();
  for (const t of all) for (const term of t) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map([...df].map(([t, n]) => [t, Math.log(all.length / n)]));
  const claims: ClaimWording['claims'] = {};
  for (const claim of pack.claims) {
    const own = examples.get(claim.id);
    if (!own) continue;
    claims[claim.id] = {
      words: profileOf(own, idf, settings.top),
      near: [...(filesOf.get(claim.id) ?? [])].filter((f) => (nearOf.get(f) ?? []).length > 0),
    };
  }
  const near: ClaimWording['near'] = {};
  for (const [name, lines] of nearOf)
    if (lines.length > 0) near[name] = profileOf(lines, idf, settings.top);
  const { threshold, margin, words, concepts, mode, afterCard, lend } = settings;
  const out = {
    threshold,
    margin,
    words,
    concepts,
    mode,
    afterCard,
    lend,
    top: settings.top,
    claims,
    near,
  } as ClaimWording;
  if (mode === 'nearest') {
    const round = (x: number) => Math.round(x * 100) / 100;
    out.rarity = Object.fromEntries(
      [...idf].filter(([, w]) => w > 0).map(([t, w]) => [t, round(w)]),
    );
    out.examples = Object.fromEntries(
      Object.keys(claims).map((id) => [id, examples.get(id) ?? []]),
    );
    out.nearExamples = Object.fromEntries([...nearOf].filter(([, l]) => l.length > 0));
  }
  return out;
}

function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean' },
      threshold: { type: 'string' },
      margin: { type: 'string' },
      words: { type: 'string' },
      concepts: { type: 'string' },
      top: { type: 'string' },
      mode: { type: 'string' },
      'after-card': { type: 'string' },
      lend: { type: 'string' },
    },
  });
  const current = JSON.parse(readFileSync(outFile, 'utf8')) as ClaimWording & { top?: number };
  const settings: Settings = {
    threshold: Number(values.threshold ?? current.threshold ?? 0.5),
    margin: Number(values.margin ?? current.margin ?? 0.1),
    words: (values.words ?? current.words ?? 'all') as Settings['words'],
    concepts: values.concepts ? values.concepts === 'yes' : (current.concepts ?? true),
    top: Number(values.top ?? current.top ?? 40),
    mode: (values.mode ?? current.mode ?? 'centroid') as Settings['mode'],
    lend: (values.lend ?? current.lend ?? 'any') as Settings['lend'],
    afterCard: values['after-card'] ? values['after-card'] === 'yes' : (current.afterCard ?? false),
  };
  const text = `${JSON.stringify(deriveWording(settings))}\n`;
  if (values.check) {
    // Compared as data: the formatter may lay the file out otherwise.
    if (JSON.stringify(JSON.parse(readFileSync(outFile, 'utf8'))) !== text.trim()) {
      console.error('data/claim-wording.json is out of date: run `npm run claim-wording`');
      process.exit(1);
    }
    console.log('data/claim-wording.json is current');
    return;
  }
  writeFileSync(outFile, text);
  console.log(`wrote ${path.relative(root, outFile)} (${text.length} bytes)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
