/**
 * `claimlight kb propose` in-process: on a small library of our own words
 * (tests/fixtures/cli/kb/library.jsonl), on a fixture page, and on the real library in
 * ../shared/library/ when it is beside the checkout (its text is read here, never copied).
 * Claim ids are not pinned: the knowledge base grows while this tool is used on it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../cli/claimlight';
import { counted, proposalsMarkdown } from '../../../cli/kb-proposals-md';
import type { Proposals } from '../../../cli/kb-propose';

const repo = path.resolve(__dirname, '../../..');
const fixtureLibrary = path.join(repo, 'tests/fixtures/cli/kb/library.jsonl');
const realLibrary = path.resolve(repo, '../shared/library/articles.jsonl');
const out = mkdtempSync(path.join(tmpdir(), 'kb-propose-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function propose(...files: string[]): Proposals {
  const dir = mkdtempSync(path.join(out, 'run-'));
  const { code, stdout, stderr } = run(['kb', 'propose', ...files, '--out', dir]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toMatch(/proposals\.json/);
  expect(readFileSync(path.join(dir, 'proposals.md'), 'utf8')).toMatch(
    /^# Knowledge-base proposals/,
  );
  return JSON.parse(readFileSync(path.join(dir, 'proposals.json'), 'utf8'));
}

/** What every proposal file must hold, whatever the knowledge base says. */
function expectWellFormed(p: Proposals, texts: Map<string, string>) {
  const claims = new Set(story.kb.claims.map((c) => c.id));
  for (const e of p.existing) {
    expect(claims.has(e.claim), e.id).toBe(true);
    expect(e.side).toBe('corroborates');
    expect(e.anchor.split(/\s+/).length, e.id).toBeLessThanOrEqual(8);
    expect(texts.get(e.article), e.id).toContain(e.anchor);
    expect(e.sentence).toContain(e.anchor);
    expect(['high', 'medium', 'low']).toContain(e.confidence.level);
  }
  for (let i = 1; i < p.candidates.length; i++)
    expect(p.candidates[i - 1]?.reports).toBeGreaterThanOrEqual(p.candidates[i]?.reports ?? 0);
  for (const c of p.candidates) {
    expect(c.reports).toBeGreaterThan(0);
    expect(c.reports).toBeLessThanOrEqual(c.passages.length);
    expect(c.actors.length + c.actions.length).toBeGreaterThan(1);
  }
}

const textsOf = (jsonl: string) =>
  new Map(
    readFileSync(jsonl, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .map((r) => [r.id, [r.title, ...r.paragraphs].join('\n\n')]),
  );

describe('kb propose on library records', () => {
  const p = propose(fixtureLibrary);

  it('reads every record with its outlet, date and URL', () => {
    expect(p.articles.map((a) => [a.id, a.published])).toEqual([
      ['lib-01', '2026-01-12'],
      ['lib-02', '2026-01-12'],
      ['lib-03', '2026-01-13'],
    ]);
    expect(p.articles.every((a) => a.url.startsWith('https://example.'))).toBe(true);
  });

  it('proposes well-formed passages and candidates', () => {
    expect(p.existing.length).toBeGreaterThan(0);
    expectWellFormed(p, textsOf(fixtureLibrary));
  });

  it('counts the republished wire copy once among a candidate’s reports', () => {
    const patrols = p.candidates.find((c) => c.passages.some((x) => x.article === 'lib-03'));
    const copies = p.candidates.find(
      (c) =>
        c.passages.some((x) => x.article === 'lib-01') &&
        c.passages.some((x) => x.article === 'lib-02'),
    );
    expect(copies, 'the copied sentence is grouped with its original').toBeDefined();
    expect(copies?.reports).toBeLessThan(copies?.passages.length ?? 0);
    expect(patrols).toBeDefined();
  });
});

describe('kb propose on a page', () => {
  it('finishes in seconds and cites the page by its file when it gives no URL', () => {
    const started = performance.now();
    const p = propose(path.join(repo, 'tests/fixtures/pages/withdrawal-timetable.html'));
    // Seconds, even on a busy machine (a fraction of one when it is idle).
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(p.articles[0]?.id).toBe('withdrawal-timetable.html');
    expect(p.existing.length).toBeGreaterThan(0);
  }, 30_000);

  it('counts one article, one passage, in the singular', () => {
    const one: Proposals = {
      format: 1,
      articles: [{ id: 'a', outlet: 'o', published: null, url: '', title: '', sentences: 3 }],
      existing: [],
      candidates: [],
      questions: [],
    };
    expect(proposalsMarkdown(one).split('\n')[2]).toBe(
      '1 article read (0 set aside as not about the story): 0 passages for existing claims, 0 candidate claims, 0 candidate questions.',
    );
    expect(counted(1, 'candidate claim', 'candidate claims')).toBe('1 candidate claim');
    expect(counted(2, 'article', 'articles')).toBe('2 articles');
  });
});

describe('kb propose, bad input', () => {
  it.each([
    [['kb', 'propose'], /at least one/],
    [['kb', 'propose', path.join(repo, 'tests/fixtures/cli/image.png')], /binary file/],
    [['kb', 'propose', path.join(out, 'missing.jsonl')], /no such file/],
    [['kb', 'propose', fixtureLibrary, '--json'], /takes only/],
  ])('%j: one line, exit 2', (argv, message) => {
    const { code, stdout, stderr } = run(argv as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe.runIf(existsSync(realLibrary))('kb propose on the library (../shared/library)', () => {
  // How long it takes is a benchmark's question (scripts/bench/kb-propose.mjs), not a unit test's:
  // a timed test fails on a loaded machine and tells nothing about an editor's.
  it('reads all of it and proposes well-formed entries', () => {
    const p = propose(realLibrary);
    expect(p.articles.length).toBeGreaterThanOrEqual(50);
    expect(p.existing.length).toBeGreaterThan(20);
    expect(p.candidates.length).toBeGreaterThan(0);
    expectWellFormed(p, textsOf(realLibrary));
  }, 60_000);
});
