import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleKey, checkKnowledgeBase, normaliseText } from '../../../data/check';
import { kb } from '../../../data/index';
import { defaultSeedsDir, loadAndCheck, readSeeds } from '../../../data/load-kb';
import { isIsoDate } from '../../../data/schema';
import type { KnowledgeBase } from '../../../engine/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const dataDir = path.join(repo, 'data');
const seedsDir = path.resolve(here, '../../../../shared/seeds');
const fixturesDir = path.join(repo, 'tests/fixtures/kb');

const seeds = readSeeds(seedsDir);
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

describe('the real knowledge base', () => {
  it('finds the seed articles beside the checkout', () => {
    expect(seeds, `seed articles expected at ${seedsDir}`).not.toBeNull();
    expect(defaultSeedsDir(dataDir)).toBe(seedsDir);
  });

  it('passes every check', () => {
    const result = loadAndCheck(dataDir, seedsDir);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('is what data/index.ts exports', () => {
    expect(kb).toEqual({
      sources: readJson(path.join(dataDir, 'sources.json')),
      questions: readJson(path.join(dataDir, 'questions.json')),
      claims: readJson(path.join(dataDir, 'claims.json')),
      origins: readJson(path.join(dataDir, 'origins.json')),
    });
  });

  it('names the origin of every statement, and every origin is relayed by some statement', () => {
    const used = new Set(kb.claims.flatMap((c) => c.sources.map((st) => st.origin)));
    for (const c of kb.claims)
      for (const st of c.sources) expect(st.origin, `${c.id} / ${st.source}`).toBeTruthy();
    for (const o of kb.origins ?? []) expect(used.has(o.id), o.id).toBe(true);
  });

  it('traces the Reuters scoop of September 2024 through the outlets that relay it: three seeds and Noon Post (lib-08), which recalls it', () => {
    const relaying = new Set(
      kb.claims.flatMap((c) =>
        c.sources.filter((st) => st.origin === 'reuters-2024-09').map((st) => st.source),
      ),
    );
    expect([...relaying].sort()).toEqual(['clamreport', 'cradle', 'dinaropinions', 'lib-08']);
  });

  it('every source has a seed or library article and every claim at least one source', () => {
    for (const s of kb.sources) expect(seeds?.has(articleKey(s)), articleKey(s)).toBe(true);
    for (const c of kb.claims) expect(c.sources.length, c.id).toBeGreaterThan(0);
  });

  const anchors = kb.claims.flatMap((c) =>
    c.sources.map((st) => ({ claim: c.id, source: st.source, anchor: st.anchor })),
  );
  it.each(anchors)('anchor of $claim / $source occurs in its seed', ({ source, anchor }) => {
    const src = kb.sources.find((s) => s.id === source);
    expect(src).toBeDefined();
    const text = src ? (seeds?.get(articleKey(src)) ?? '') : '';
    expect(normaliseText(text)).toContain(normaliseText(anchor));
    expect(anchor.trim().split(/\s+/).length).toBeLessThanOrEqual(8);
  });

  it.each(['sources', 'questions', 'claims', 'origins'])(
    'data/%s.json is in canonical form',
    (name) => {
      const raw = fs.readFileSync(path.join(dataDir, `${name}.json`), 'utf8');
      const parsed = JSON.parse(raw) as { id: string }[];
      expect(raw).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
      const ids = parsed.map((x) => x.id);
      expect(ids).toEqual([...ids].sort());
    },
  );
});

type Fixture = { description: string; expect: string[] } & Partial<KnowledgeBase>;
const fixtures = fs
  .readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('broken knowledge bases (tests/fixtures/kb)', () => {
  it('has the fixtures the brief asks for', () => {
    for (const name of [
      'unknown-source',
      'unknown-origin',
      'anchor-not-in-seed',
      'anchor-too-long',
      'duplicate-id',
      'missing-field',
      'copied-says',
    ])
      expect(fixtures).toContain(`${name}.json`);
  });

  it.each(fixtures)('%s gives the expected message', (file) => {
    const {
      description,
      expect: expected,
      ...override
    } = readJson(path.join(fixturesDir, file)) as Fixture;
    expect(description).toBeTruthy();
    expect(expected.length).toBeGreaterThan(0);
    const files = {
      sources: readJson(path.join(dataDir, 'sources.json')),
      questions: readJson(path.join(dataDir, 'questions.json')),
      vocabulary: readJson(path.join(dataDir, 'vocabulary.json')),
      origins: readJson(path.join(dataDir, 'origins.json')),
      claims: [],
      ...override,
    };
    // A fixture that brings its own sources keeps only the origins naming one of them.
    if (override.sources) {
      const ids = new Set(override.sources.map((x) => (x as { id?: string }).id));
      files.origins = (files.origins as { source?: string }[]).filter(
        (o) => o.source === undefined || ids.has(o.source),
      );
    }
    const errors = checkKnowledgeBase(files, seeds ?? undefined);
    expect(errors).toEqual(expected);
    for (const e of errors)
      expect(e).toMatch(/^data\/(sources|questions|claims|origins)\.json: \w+ "/);
  });
});

describe('checkKnowledgeBase', () => {
  const sources = readJson(path.join(dataDir, 'sources.json'));
  const questions = readJson(path.join(dataDir, 'questions.json'));
  const vocabulary = readJson(path.join(dataDir, 'vocabulary.json'));
  const claim = (over: Record<string, unknown> = {}) => ({
    id: 'c',
    statement: 'A claim in our own words.',
    recognize: { require: [['withdraw']] },
    sources: [
      {
        source: 'rudaw',
        says: 'Rudaw reports a plan.',
        attribution: 'Rudaw',
        anchor: 'The group remains a security threat',
        ...over,
      },
    ],
  });

  it('rejects a file that is not a list', () => {
    expect(checkKnowledgeBase({ sources, questions, vocabulary, claims: {} })).toEqual([
      'data/claims.json: must be a list [...] of claims (see engine/types.ts: Claim), found an object.',
    ]);
  });

  it('names entries without an id by their position', () => {
    const errors = checkKnowledgeBase({
      sources,
      questions,
      vocabulary,
      claims: [{ statement: 'x' }],
    });
    expect(errors[0]).toMatch(/^data\/claims\.json: claim #1 \(no id\) → id: is missing/);
  });

  it('rejects ids that are not kebab-case and unknown fields', () => {
    const errors = checkKnowledgeBase({
      sources,
      questions,
      vocabulary,
      claims: [{ ...claim(), id: 'Full_Exit', colour: 'red' }],
    });
    expect(errors).toEqual([
      'data/claims.json: claim "Full_Exit" → id: must be kebab-case: lowercase letters and digits joined by single hyphens (e.g. "full-exit-2026").',
      'data/claims.json: claim "Full_Exit" → unknown field "colour"; remove or rename (check the spelling against engine/types.ts).',
    ]);
  });

  it('matches anchors across curly/straight quotes and whitespace, but not across other changes', () => {
    const seedMap = new Map([
      ['002_f91c6a280d4eed2a.txt', 'He said \u201cwe   agree\u201d on it.'],
    ]);
    const ok = checkKnowledgeBase(
      { sources, questions, vocabulary, claims: [claim({ anchor: 'said "we agree" on' })] },
      seedMap,
    );
    expect(ok.filter((e) => e.includes('anchor'))).toEqual([]);
    const bad = checkKnowledgeBase(
      { sources, questions, vocabulary, claims: [claim({ anchor: 'said we agree on' })] },
      seedMap,
    );
    expect(bad.some((e) => e.includes('sources[0].anchor') && e.includes('does not occur'))).toBe(
      true,
    );
  });

  it('flags copying regardless of case and punctuation, and allows 7-word overlaps', () => {
    const seedMap = new Map([
      ['002_f91c6a280d4eed2a.txt', 'One two three four five six seven eight nine.'],
    ]);
    const run = (says: string) =>
      checkKnowledgeBase(
        { sources, questions, vocabulary, claims: [claim({ says, anchor: 'One two three' })] },
        seedMap,
      ).filter((e) => e.includes('.says'));
    expect(run('ONE, two; three four five six seven eight!')).toHaveLength(1);
    expect(run('one two three four five six seven, and more')).toEqual([]);
  });

  it('checks origins only for a pack that has an origins list', () => {
    const origins = readJson(path.join(dataDir, 'origins.json'));
    const withOrigin = claim({ origin: 'reuters-2024-09' });
    expect(checkKnowledgeBase({ sources, questions, vocabulary, claims: [claim()] })).toEqual([]);
    expect(
      checkKnowledgeBase({ sources, questions, vocabulary, origins, claims: [withOrigin] }),
    ).toEqual([]);
    expect(
      checkKnowledgeBase({ sources, questions, vocabulary, origins, claims: [claim()] }),
    ).toEqual([
      'data/claims.json: claim "c" → sources[0].origin: is missing; name the report or speaker this passage relays with an id from data/origins.json (add it there with a label if it is new).',
    ]);
  });

  it('checks the origins file like the others: shape, unique and sorted ids', () => {
    const errors = checkKnowledgeBase({
      sources,
      questions,
      vocabulary,
      claims: [],
      origins: [
        { id: 'zz-report', label: 'A report' },
        { id: 'aa-report', label: '' },
        { id: 'aa-report', label: 'Twice' },
      ],
    });
    expect(errors).toEqual([
      'data/origins.json: origin "aa-report" → label: must not be empty.',
      'data/origins.json: origin "aa-report" → id: used more than once; ids must be unique, rename or merge the entries.',
      'data/origins.json: origin "aa-report" → id: entries must be sorted by id, but "aa-report" comes after "zz-report"; move it up.',
    ]);
  });

  it('checks a dateRequired without a date', () => {
    const c = { ...claim(), recognize: { require: [['withdraw']], dateRequired: true } };
    expect(checkKnowledgeBase({ sources, questions, vocabulary, claims: [c] })).toEqual([
      'data/claims.json: claim "c" → recognize: sets dateRequired/dateRole but no date; add "date" or remove them.',
    ]);
  });

  it('checks that headlineMayOmit names a concept of a later require group', () => {
    const c = {
      ...claim(),
      recognize: { require: [['withdraw'], ['begin']], headlineMayOmit: 'withdraw' },
    };
    expect(checkKnowledgeBase({ sources, questions, vocabulary, claims: [c] })).toEqual([
      'data/claims.json: claim "c" → recognize.headlineMayOmit: headlineMayOmit must name a concept of one of the require groups after the first.',
    ]);
  });

  it('checks that retoldBy goes with dateRequired and names concepts of the vocabulary', () => {
    const c = {
      ...claim(),
      recognize: { require: [['withdraw'], ['begin']], retoldBy: ['nowhere-known'] },
    };
    expect(checkKnowledgeBase({ sources, questions, vocabulary, claims: [c] })).toEqual([
      'data/claims.json: claim "c" → recognize.retoldBy: retoldBy lets a plan with dateRequired go undated; set dateRequired or remove it.',
    ]);
    const dated = {
      ...claim(),
      recognize: {
        require: [['withdraw'], ['begin']],
        date: { year: 2025, month: 9 },
        dateRequired: true,
        retoldBy: ['nowhere-known'],
      },
    };
    expect(checkKnowledgeBase({ sources, questions, vocabulary, claims: [dated] })).toEqual([
      expect.stringContaining('recognize.retoldBy[0]: "nowhere-known" is not a concept'),
    ]);
  });

  it('checks that deniedBy is for a denial and names concepts of the first require group', () => {
    const c = {
      ...claim(),
      recognize: { require: [['withdraw'], ['begin']], deniedBy: ['begin'] },
    };
    expect(checkKnowledgeBase({ sources, questions, vocabulary, claims: [c] })).toEqual([
      'data/claims.json: claim "c" → recognize.deniedBy: deniedBy is for a denial (polarity "negate") and must name concepts of the first require group.',
    ]);
  });

  it.each([
    'http://rudaw.net/english/a',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://rudaw.net/a',
    '//rudaw.net/a',
    'rudaw.net/a',
    '',
  ])('rejects the source URL %j: a card links only to https articles', (url) => {
    const edited = (sources as { id: string; url: string }[]).map((s) =>
      s.id === 'rudaw' ? { ...s, url } : s,
    );
    expect(checkKnowledgeBase({ sources: edited, questions, vocabulary, claims: [] })).toEqual([
      'data/sources.json: source "rudaw" → url: must be a full https:// address of the article.',
    ]);
  });

  it("checks that a question's milestones have real dates, in time order", () => {
    const withMilestones = (milestones: unknown) => [
      { ...(questions as { id: string }[])[0], milestones },
      ...(questions as unknown[]).slice(1),
    ];
    const ok = withMilestones([
      { date: '2025-09', label: 'a phase ends' },
      { date: '2025-12-31', label: 'a deadline' },
    ]);
    expect(checkKnowledgeBase({ sources, questions: ok, vocabulary, claims: [claim()] })).toEqual(
      [],
    );
    const check = (milestones: unknown) =>
      checkKnowledgeBase({
        sources,
        vocabulary,
        claims: [claim()],
        questions: withMilestones(milestones),
      });
    expect(check([{ date: 'September 2026', label: 'not a date' }])).toEqual([
      'data/questions.json: question "agreement" → milestones[0].date: must be an ISO date: "YYYY-MM-DD", or "YYYY-MM" for a month.',
    ]);
    expect(
      check([
        { date: '2026-09', label: 'later' },
        { date: '2025-09', label: 'earlier' },
      ]),
    ).toEqual([
      'data/questions.json: question "agreement" → milestones[1].date: 2025-09 comes before the previous milestone (2026-09); keep milestones in time order.',
    ]);
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2024-09-08')).toBe(true);
    expect(isIsoDate('2024-09')).toBe(true);
    expect(isIsoDate('2024-13')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('Sept 2024')).toBe(false);
  });
});

describe('loadAndCheck', () => {
  it('without the seeds folder warns and skips only the verbatim checks', () => {
    const result = loadAndCheck(dataDir, path.join(os.tmpdir(), 'no-such-seeds-folder'));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/Seed articles not found/);
  });

  it('reports unreadable JSON by file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-'));
    for (const f of ['sources', 'questions', 'vocabulary'])
      fs.copyFileSync(path.join(dataDir, `${f}.json`), path.join(dir, `${f}.json`));
    fs.writeFileSync(path.join(dir, 'claims.json'), '[{"id": ');
    const result = loadAndCheck(dir, seedsDir);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/claims\.json: is not valid JSON/);
    fs.rmSync(dir, { recursive: true });
  });

  it('says a missing file is to be added, not fixed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-'));
    for (const f of ['sources', 'claims', 'vocabulary'])
      fs.copyFileSync(path.join(dataDir, `${f}.json`), path.join(dir, `${f}.json`));
    const result = loadAndCheck(dir, seedsDir);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /questions\.json: is missing; add the file, holding a list \[\.\.\.\]\.$/,
    );
    fs.rmSync(dir, { recursive: true });
  });
});
