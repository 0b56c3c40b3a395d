/**
 * Independent corroboration: outlets that relay the same original report are listed one by one
 * but count once, in the summary line, in `origins` and in the corroborated/single-source verdict.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import {
  buildSides,
  countOrigins,
  createSideBuilder,
  createTallier,
  inTimeOrder,
  summaryOf,
  tally,
  verdictOf,
} from '../../../engine/build-verdict';
import type { Claim, KnowledgeBase, SourceStatement, SourceView } from '../../../engine/types';

const source = (id: string) => ({
  id,
  outlet: id.toUpperCase(),
  title: `${id} article`,
  url: `https://${id}.example/story`,
  published: '2024-09',
  seedFile: `${id}.txt`,
});

const says = (src: string, origin?: string): SourceStatement => ({
  source: src,
  says: `${src} reports the plan.`,
  attribution: 'Someone',
  anchor: 'the plan',
  ...(origin && { origin }),
});

const claim = (id: string, statements: SourceStatement[], position?: string): Claim => ({
  id,
  statement: `Claim ${id}.`,
  ...(position && { position: { question: 'when', position } }),
  recognize: { require: [['withdraw']] },
  sources: statements,
});

/** Three outlets relay one wire report, one has its own interview; one rival outlet. */
const kb: KnowledgeBase = {
  sources: ['alpha', 'beta', 'gamma', 'delta', 'omega'].map(source),
  questions: [
    {
      id: 'when',
      text: 'When?',
      positions: [
        { id: 'soon', label: 'soon' },
        { id: 'late', label: 'late' },
      ],
    },
  ],
  origins: [
    { id: 'wire', label: 'a wire report' },
    { id: 'delta-interview', label: "Delta's interview", source: 'delta' },
    { id: 'omega-own', label: "Omega's own reporting", source: 'omega' },
  ],
  claims: [
    claim(
      'soon',
      [
        says('alpha', 'wire'),
        says('beta', 'wire'),
        says('gamma', 'wire'),
        says('delta', 'delta-interview'),
      ],
      'soon',
    ),
    claim('late', [says('omega', 'omega-own')], 'late'),
    claim('echo', [says('alpha', 'wire'), says('beta', 'wire')]),
    claim('untracked', [says('alpha'), says('beta')]),
  ],
};
const byId = (id: string) => kb.claims.find((c) => c.id === id) as Claim;

describe('counting independent origins', () => {
  it('counts the same origin once however many outlets relay it', () => {
    const { corroborating, contradicting } = buildSides(byId('soon'), kb, undefined);
    expect(corroborating.map((v) => v.source)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(countOrigins(corroborating)).toBe(2);
    expect(tally(corroborating, contradicting)).toEqual({
      verdict: 'disputed',
      summary: '4 outlets corroborate (2 independent reports) · 1 contradicts',
      origins: { corroborating: 2, contradicting: 1 },
    });
  });

  it('counts the rival side by origin too', () => {
    const { corroborating, contradicting } = buildSides(byId('late'), kb, undefined);
    expect(contradicting.map((v) => v.source)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(tally(corroborating, contradicting)).toEqual({
      verdict: 'contradicted',
      summary: '1 outlet corroborates · 4 contradict (2 independent reports)',
      origins: { corroborating: 1, contradicting: 2 },
    });
  });

  it('calls two outlets relaying one report a single source', () => {
    const { corroborating, contradicting } = buildSides(byId('echo'), kb, undefined);
    expect(tally(corroborating, contradicting)).toEqual({
      verdict: 'single-source',
      summary: '2 outlets corroborate (both relay one report) · none contradicts',
      origins: { corroborating: 1, contradicting: 0 },
    });
  });

  it('treats a statement without an origin as its own report', () => {
    const { corroborating, contradicting } = buildSides(byId('untracked'), kb, undefined);
    expect(tally(corroborating, contradicting)).toEqual({
      verdict: 'corroborated',
      summary: '2 outlets corroborate · none contradicts',
      origins: { corroborating: 2, contradicting: 0 },
    });
  });

  it('names a relayed report ("via"), but not an outlet’s own reporting or interview', () => {
    const { corroborating, contradicting } = buildSides(byId('soon'), kb, undefined);
    expect(corroborating.map((v) => v.via)).toEqual([
      'a wire report',
      'a wire report',
      'a wire report',
      undefined,
    ]);
    expect(contradicting.map((v) => v.via)).toEqual([undefined]);
  });
});

describe('verdict and summary from counts', () => {
  it('keeps disputed and contradicted on outlets', () => {
    expect(verdictOf(4, 1, 2)).toBe('disputed');
    expect(verdictOf(1, 4, 1)).toBe('contradicted');
  });

  it('needs two independent reports to call a statement corroborated', () => {
    expect(verdictOf(3, 0, 1)).toBe('single-source');
    expect(verdictOf(3, 0, 2)).toBe('corroborated');
    expect(verdictOf(1, 0)).toBe('single-source');
    expect(verdictOf(2, 0)).toBe('corroborated');
  });

  it('words the counts for one, both and all', () => {
    expect(summaryOf(1, 0)).toBe('1 outlet corroborates · none contradicts');
    expect(summaryOf(3, 2, { corroborating: 1, contradicting: 2 })).toBe(
      '3 outlets corroborate (all 3 relay one report) · 2 contradict',
    );
    expect(summaryOf(2, 3, { corroborating: 2, contradicting: 1 })).toBe(
      '2 outlets corroborate · 3 contradict (all 3 relay one report)',
    );
  });
});

describe('each side in time order', () => {
  const dated = (published: string) => ({ ...source('x'), published });
  /** Outlets listed in the pack out of date order: a later story first, an undated one in between. */
  const mixed: KnowledgeBase = {
    ...kb,
    sources: [
      { ...dated('2025-08-02'), id: 'later', outlet: 'Later' },
      { ...dated(''), id: 'undated', outlet: 'Undated' },
      { ...dated('2024-09-08'), id: 'day', outlet: 'Day' },
      { ...dated('2024-09'), id: 'month', outlet: 'Month' },
      { ...dated('2024-09-08'), id: 'same-day', outlet: 'Same day' },
      { ...dated('2024-01-15'), id: 'rival-new', outlet: 'Rival new' },
      { ...dated('2023-12-30'), id: 'rival-old', outlet: 'Rival old' },
    ],
    claims: [
      claim(
        'soon',
        ['later', 'undated', 'day', 'month', 'same-day'].map((s) => says(s)),
        'soon',
      ),
      claim('late', [says('rival-new'), says('rival-old')], 'late'),
    ],
  };

  it('lists the oldest article first, a month before its days, the same date in pack order, undated last', () => {
    const { corroborating, contradicting } = buildSides(byIdIn(mixed, 'soon'), mixed, undefined);
    expect(corroborating.map((v) => v.source)).toEqual([
      'month',
      'day',
      'same-day',
      'later',
      'undated',
    ]);
    expect(contradicting.map((v) => v.source)).toEqual(['rival-old', 'rival-new']);
  });

  it('keeps every view whole and leaves its input alone', () => {
    const views = [{ published: '2026-01' }, { published: '2025-03-01' }] as SourceView[];
    const ordered = inTimeOrder(views);
    expect(ordered).toEqual([views[1], views[0]]);
    expect(views.map((v) => v.published)).toEqual(['2026-01', '2025-03-01']);
  });
});

function byIdIn(base: KnowledgeBase, id: string): Claim {
  return base.claims.find((c) => c.id === id) as Claim;
}

describe('the tally without the sides', () => {
  it('counts what tally() of the built sides counts, for every claim of the shipped story', () => {
    const { kb } = story;
    const claimsOn = (question: string) =>
      kb.claims.filter((c) => c.position?.question === question);
    const sides = createSideBuilder(kb, claimsOn);
    const counted = createTallier(claimsOn);
    for (const c of kb.claims) {
      const built = sides(c, undefined);
      expect(counted(c), c.id).toEqual(tally(built.corroborating, built.contradicting));
    }
  });

  it('counts relayed reports once and rivals on the other side', () => {
    const ours = claim('a', [says('x', 'wire'), says('y', 'wire')], 'early');
    const theirs = claim('b', [says('z'), says('x')], 'late');
    const kb = { sources: ['x', 'y', 'z'].map(source), questions: [], claims: [ours, theirs] };
    const claimsOn = () => kb.claims;
    const built = createSideBuilder(kb as unknown as KnowledgeBase, claimsOn)(ours, undefined);
    expect(createTallier(claimsOn)(ours)).toEqual(tally(built.corroborating, built.contradicting));
    expect(createTallier(claimsOn)(ours)).toEqual({
      verdict: 'disputed',
      summary: '2 outlets corroborate (both relay one report) · 1 contradicts',
      origins: { corroborating: 1, contradicting: 1 },
    });
  });
});
