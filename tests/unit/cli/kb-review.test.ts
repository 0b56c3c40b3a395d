/**
 * The review file's check: one line per problem naming the file, the entry and the field, and
 * the copy and anchor checks against the cited article (here a text of our own words).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../cli/claimlight';
import { checkReview, entryIds, entryUrls } from '../../../cli/kb-review';
import type { StoryPack } from '../../../engine/types';

const article =
  'The defence ministry said on Saturday that the last foreign soldiers had driven out of the desert base at dawn.';
const pack = {
  sources: [
    {
      id: 'wire',
      outlet: 'Example Wire',
      title: 't',
      url: 'https://example.org/a',
      published: '2026-01',
      seedFile: 'none.txt',
    },
  ],
  questions: [],
  claims: [
    { id: 'base-handed-over', statement: 's', recognize: { require: [['x']] }, sources: [] },
  ],
  origins: [{ id: 'wire-2026-01', label: 'Example Wire' }],
  vocabulary: {
    concepts: {},
    entities: {},
    topic: { anchors: [], otherTheatres: [], years: { from: 2014, to: 2027 } },
  },
} as StoryPack;
const library = new Map([['https://example.org/a', article]]);
const accept = {
  entry: 'lib-01:2',
  decision: 'accept',
  claim: 'base-handed-over',
  source: 'wire',
  says: 'The wire reports the ministry saying the base was empty of foreign troops by Saturday.',
  attribution: 'the defence ministry',
  anchor: 'driven out of the desert base',
  origin: 'wire-2026-01',
};
const review = (...decisions: unknown[]) => ({ format: 1, decisions });

describe('checkReview', () => {
  it('accepts a well-formed review', () => {
    expect(
      checkReview(
        review(accept, { entry: 'candidate-3', decision: 'reject', reason: 'opinion' }),
        'r.json',
        pack,
        library,
      ),
    ).toEqual([]);
  });

  it('names the entry and the field of a malformed decision, one line each', () => {
    const errors = checkReview(
      review({ ...accept, says: '' }, { entry: 'lib-02:1', decision: 'reject' }),
      'r.json',
      pack,
      library,
    );
    expect(errors).toEqual([
      'r.json: decisions[0] ("lib-01:2") → says: must not be empty.',
      'r.json: decisions[1] ("lib-02:1") → reason: is missing; add it (text in quotes).',
    ]);
  });

  it('says in plain words what a decision may be when it is unknown or missing', () => {
    const errors = checkReview(
      review({ entry: 'lib-03:1', decision: 'maybe' }, { entry: 'lib-04:2', reason: 'late' }),
      'r.json',
    );
    expect(errors).toEqual([
      'r.json: decisions[0] ("lib-03:1") → decision: must be "accept", "edit" or "reject", found "maybe".',
      'r.json: decisions[1] ("lib-04:2") → decision: is missing; add it ("accept", "edit" or "reject").',
    ]);
  });

  it('refuses a file that is not a review', () => {
    expect(checkReview([], 'r.json')).toHaveLength(1);
    expect(checkReview({ format: 1 }, 'r.json')[0]).toMatch(/^r\.json: decisions: is missing/);
  });

  it('refuses unknown claims, sources and origins, and an entry decided twice', () => {
    const errors = checkReview(
      review({ ...accept, claim: 'nope', origin: 'nowhere' }, { ...accept, source: 'gone' }),
      'r.json',
      pack,
      library,
    );
    expect(errors).toEqual([
      expect.stringMatching(/decisions\[0\] \("lib-01:2"\) → claim: "nope"/),
      expect.stringMatching(/decisions\[0\] \("lib-01:2"\) → origin: "nowhere"/),
      expect.stringMatching(/decisions\[1\] \("lib-01:2"\) → entry: decided twice/),
      expect.stringMatching(/decisions\[1\] \("lib-01:2"\) → source: "gone"/),
    ]);
  });

  it('refuses a summary copying eight words of the cited article, and an anchor not in it', () => {
    const errors = checkReview(
      review({
        ...accept,
        says: 'It said the last foreign soldiers had driven out of the desert base.',
        anchor: 'left the desert base',
      }),
      'r.json',
      pack,
      library,
    );
    expect(errors).toEqual([
      expect.stringMatching(/→ says: copies "the last foreign soldiers had driven out of"/),
      expect.stringMatching(/→ anchor: "left the desert base" does not occur/),
    ]);
  });

  it('refuses a decision on an entry the proposals file does not have', () => {
    const entries = entryIds({
      existing: [{ id: 'lib-01:2' }],
      candidates: [{ id: 'candidate-1', passages: [{ id: 'lib-03:1' }] }],
      questions: [],
    });
    expect(entries).toEqual(new Set(['lib-01:2', 'candidate-1', 'lib-03:1']));
    const errors = checkReview(
      {
        ...review(accept, { entry: 'lib-07:7', decision: 'reject', reason: 'r' }),
        proposals: 'p.json',
      },
      'r.json',
      pack,
      library,
      entries,
    );
    expect(errors).toEqual([
      'r.json: decisions[1] ("lib-07:7") → entry: "lib-07:7" is not an entry of p.json; use the id proposals.md shows.',
    ]);
  });

  it('refuses a source that is not the article of the entry, in one line naming the right one', () => {
    const proposals = {
      existing: [{ id: 'lib-01:2', url: 'https://example.org/a' }],
      candidates: [
        { id: 'candidate-1', passages: [{ id: 'lib-03:1', url: 'https://example.org/b' }] },
      ],
    };
    const urls = entryUrls(proposals);
    expect(urls).toEqual(
      new Map([
        ['lib-01:2', 'https://example.org/a'],
        ['lib-03:1', 'https://example.org/b'],
      ]),
    );
    const other = {
      ...pack,
      sources: [...pack.sources, { ...pack.sources[0], id: 'other', url: 'https://example.org/b' }],
    } as StoryPack;
    // The anchor is in the entry's article but not in the source's: one line, on the source.
    const errors = checkReview(
      review({ ...accept, source: 'other' }, { ...accept, entry: 'lib-03:1', source: 'nope' }),
      'r.json',
      other,
      new Map([...library, ['https://example.org/b', 'A text of other words.']]),
      undefined,
      urls,
    );
    expect(errors).toEqual([
      'r.json: decisions[0] ("lib-01:2") → source: "other" is https://example.org/b, but the entry\'s passage is from https://example.org/a; use "wire".',
      'r.json: decisions[1] ("lib-03:1") → source: "nope" is not a source of the knowledge base (the entry\'s article: https://example.org/b; add it to sources.json first).',
    ]);
    expect(checkReview(review(accept), 'r.json', other, library, undefined, urls)).toEqual([]);
  });

  it('skips the article checks when the library is not at hand', () => {
    expect(checkReview(review({ ...accept, anchor: 'not there' }), 'r.json', pack)).toEqual([]);
  });
});

describe('claimlight kb check', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-review-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the real story pack', () => {
    const { code, stdout } = run(['kb', 'check']);
    expect(stdout).toMatch(/^data: no problems/);
    expect(code).toBe(0);
  });

  it('prints one line per problem of a review file and exits 1', () => {
    const file = path.join(dir, 'review.json');
    writeFileSync(
      file,
      JSON.stringify(review({ entry: 'x', decision: 'maybe' }, { ...accept, claim: 'nope' })),
    );
    const { code, stdout } = run(['kb', 'check', '--review', file]);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    for (const line of lines)
      expect(line).toMatch(/review\.json: decisions\[\d\] \("[^"]+"\) → \w+/);
    expect(lines).toContainEqual(expect.stringMatching(/decisions\[0\] \("x"\) → decision: /));
    expect(lines).toContainEqual(
      expect.stringMatching(/decisions\[1\] \("lib-01:2"\) → claim: "nope"/),
    );
  });

  it('finds the proposals file a review names beside the review itself', () => {
    const beside = mkdtempSync(path.join(dir, 'beside-'));
    writeFileSync(
      path.join(beside, 'proposals.json'),
      JSON.stringify({
        existing: [{ id: 'lib-01:2', url: 'https://example.org/a' }],
        candidates: [],
      }),
    );
    const file = path.join(beside, 'review.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...review({ entry: 'lib-09:9', decision: 'reject', reason: 'r' }),
        proposals: 'proposals.json',
      }),
    );
    const { code, stdout, stderr } = run(['kb', 'check', '--review', file]);
    expect(stderr).not.toMatch(/cannot be read/);
    expect(stdout).toMatch(/decisions\[0\] \("lib-09:9"\) → entry: "lib-09:9" is not an entry of/);
    expect(code).toBe(1);
  });

  it('says the decisions go unchecked while the pack does not load, and blames no library', () => {
    const pack = mkdtempSync(path.join(dir, 'pack-'));
    for (const name of ['sources', 'questions', 'vocabulary'])
      writeFileSync(path.join(pack, `${name}.json`), name === 'vocabulary' ? '{}' : '[]');
    writeFileSync(path.join(pack, 'claims.json'), '[ {');
    const file = path.join(dir, 'unchecked.json');
    writeFileSync(file, JSON.stringify(review({ ...accept, claim: 'nope' })));
    const { code, stdout, stderr } = run(['kb', 'check', pack, '--review', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/claims\.json: is not valid JSON/);
    expect(stderr).toContain('unchecked.json: the story pack did not load');
    expect(stderr).not.toMatch(/no source library/);
  });

  it('reports a review file that is not JSON in one line', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{ "format": 1, ');
    const { code, stdout } = run(['kb', 'check', '--review', file]);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/broken\.json: is not valid JSON/);
  });

  it('names a pack folder that is missing as bad usage', () => {
    const { code, stderr } = run(['kb', 'check', path.join(dir, 'nope')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no such folder/);
  });

  it('says in one line that a folder holding none of the pack files is not a pack, and where it looked', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'not-a-pack-'));
    writeFileSync(path.join(other, 'notes.txt'), 'not a pack');
    try {
      const { code, stdout, stderr } = run(['kb', 'check', other]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toContain(`${other}: not a story pack: none of sources.json, questions.json,`);
      expect(stderr).toContain(`vocabulary.json is in ${other} `);
      expect(stderr).not.toMatch(/fix the file/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
