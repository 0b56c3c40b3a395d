/**
 * The engine knows no story: a second, made-up one (a closed bridge in the fictional city of
 * Veldmark, tests/fixtures/story-bridge/) is loaded, checked and compiled exactly like data/, and
 * annotates an article of its own with no change to the engine. Each pack stays blind to the
 * other's articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { compileStory, createMatcher, type Match } from '../../../engine/index';

const dir = path.resolve(__dirname, '../../fixtures/story-bridge');
const seedsDir = path.join(dir, 'seeds');
const loaded = loadAndCheck(dir, seedsDir);
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);
const pack = loaded.kb;
const bridge = createMatcher(compileStory(pack));
const iraq = createMatcher(story);

const PUBLISHED = '2025-02-10';

/** A report from a fictional regional paper in February 2025, one statement per paragraph. */
const paragraphs = {
  closed:
    'VELDMARK – The Orsa Bridge has been closed for repairs since last autumn, and drivers in Veldmark still queue for the detour every morning.',
  endOfYear: 'City engineers now say the bridge will reopen by the end of this year.',
  march:
    'In November the Veldmark Courier reported that the Orsa Bridge would reopen in March 2025.',
  approved:
    'The city council approved a repair budget of 38 million euros in December, the Courier wrote.',
  denied: "But the mayor's office denied that the council had ever voted on the repair budget.",
  crossings: 'Before the closure, about 14,000 vehicles crossed the bridge every day.',
  ferry: 'Until it reopens, a temporary ferry carries cyclists and pedestrians across the river.',
  elsewhere:
    'Across the border in Brennholm, the Kessel Bridge will reopen by the end of this year after similar repairs.',
  colour: 'Shopkeepers near the old town say they have lost a third of their trade.',
};
const article = Object.values(paragraphs).join('\n\n');

const sources = (views: Match['corroborating']) => views.map((s) => s.source).sort();

describe('the bridge story pack', () => {
  it('passes the knowledge-base check against its own seed articles', () => {
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings).toEqual([]);
  });

  it.each(['sources', 'questions', 'claims', 'vocabulary'])(
    '%s.json is in canonical form',
    (name) => {
      const raw = fs.readFileSync(path.join(dir, `${name}.json`), 'utf8');
      expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
    },
  );

  it('has seed articles we wrote, of 150 to 300 words', () => {
    for (const s of pack.sources) {
      const words = fs.readFileSync(path.join(seedsDir, s.seedFile ?? ''), 'utf8').split(/\s+/);
      expect(words.length, s.seedFile).toBeGreaterThanOrEqual(150);
      expect(words.length, s.seedFile).toBeLessThanOrEqual(300);
    }
  });

  // As tests/unit/engine/seeds.test.ts does for the real story: every anchor's sentence is
  // highlighted with its own source corroborating, so the pack's claims are reachable.
  describe.each(pack.sources)('seed $id', (source) => {
    const text = fs
      .readFileSync(path.join(seedsDir, source.seedFile ?? ''), 'utf8')
      .replace(/\n/g, '\n\n');
    const { matches } = bridge.match(text, { published: source.published });
    const entries = pack.claims.flatMap((claim) =>
      claim.sources
        .filter((s) => s.source === source.id)
        .map((s) => ({ claim: claim.id, anchor: s.anchor })),
    );

    it.each(entries)('highlights its "$claim" sentence with $anchor', ({ claim, anchor }) => {
      const hit = matches.find((m) => m.text.includes(anchor));
      expect(hit?.claim, `no highlight on the sentence holding "${anchor}"`).toBe(claim);
      expect(hit?.corroborating.map((c) => c.source)).toContain(source.id);
    });

    it('never lists itself as contradicting its own sentences', () => {
      for (const m of matches)
        expect(m.contradicting.map((c) => c.source)).not.toContain(source.id);
    });
  });
});

describe('a Veldmark article read with the bridge pack', () => {
  const result = bridge.match(article, { published: PUBLISHED });
  const at = (text: string) => {
    const found = result.matches.filter((m) => m.text === text);
    expect(found, `highlights on "${text}"`).toHaveLength(1);
    return found[0] as Match;
  };

  it('is about the story', () => {
    expect(result.offTopic).toBeUndefined();
  });

  it('highlights each statement with its claim, and nothing else', () => {
    expect(result.matches.map((m) => [m.claim, m.text])).toEqual([
      ['bridge-closed-for-repairs', paragraphs.closed],
      ['reopens-end-2025', paragraphs.endOfYear],
      ['reopens-march-2025', paragraphs.march],
      ['budget-approved', paragraphs.approved],
      ['no-budget-vote', paragraphs.denied],
      ['daily-crossings-14000', paragraphs.crossings],
      ['ferry-service', paragraphs.ferry],
    ]);
    for (const m of result.matches) expect(article.slice(m.start, m.end)).toBe(m.text);
  });

  it('"by the end of this year" in February 2025 is the end of 2025: two outlets for, the Courier against', () => {
    const m = at(paragraphs.endOfYear);
    expect(m.question).toBe('reopening-date');
    expect(m.position).toBe('end-2025');
    expect(m.value).toBe('end of 2025');
    expect(sources(m.corroborating)).toEqual(['northbank-radio', 'orsa-valley-post']);
    expect(sources(m.contradicting)).toEqual(['veldmark-courier']);
    expect(m.contradicting.map((s) => s.why)).toEqual([
      'Veldmark Courier: March 2025 — this statement: end of 2025',
    ]);
    expect(m.verdict).toBe('disputed');
    expect(m.summary).toBe('2 outlets corroborate · 1 contradicts');
    // This pack does not track origins: every outlet counts as an independent report.
    expect(m.origins).toEqual({ corroborating: 2, contradicting: 1 });
  });

  it('the March 2025 date is the Courier’s, contradicted by both end-of-2025 outlets', () => {
    const m = at(paragraphs.march);
    expect(m.position).toBe('march-2025');
    expect(m.value).toBe('March 2025');
    expect(sources(m.corroborating)).toEqual(['veldmark-courier']);
    expect(sources(m.contradicting)).toEqual(['northbank-radio', 'orsa-valley-post']);
    expect(m.verdict).toBe('contradicted');
  });

  it('a bare "by March" resolves against the publication date', () => {
    const { matches } = bridge.match(
      'The Veldmark Courier still expects the Orsa Bridge to reopen by March.',
      { published: PUBLISHED },
    );
    expect(matches.map((m) => [m.claim, m.value])).toEqual([['reopens-march-2025', 'March 2025']]);
  });

  it('"soon" is the page’s month, consistent with a date up to two months on; it gives no value', () => {
    const soon = (published: string) =>
      bridge
        .match('The Orsa Bridge will reopen very soon, engineers say.', { published })
        .matches.map((m) => [m.claim, m.value]);
    expect(soon('2025-02-10')).toEqual([['reopens-march-2025', undefined]]);
    expect(soon('2025-01-10')).toEqual([['reopens-march-2025', undefined]]);
    expect(soon('2024-12-10')).toEqual([]);
    expect(soon('2025-11-10')).toEqual([['reopens-end-2025', undefined]]);
  });

  it('the approval and the denial of any vote stand against each other', () => {
    const approved = at(paragraphs.approved);
    expect(approved.position).toBe('approved');
    expect(sources(approved.corroborating)).toEqual(['veldmark-courier']);
    expect(sources(approved.contradicting)).toEqual(['orsa-valley-post']);

    const denied = at(paragraphs.denied);
    expect(denied.question).toBe('budget-approval');
    expect(denied.position).toBe('no-vote');
    expect(sources(denied.corroborating)).toEqual(['orsa-valley-post']);
    expect(sources(denied.contradicting)).toEqual(['veldmark-courier']);
    expect(denied.evidence.some((e) => e.kind === 'negation' && e.detail.includes('denied'))).toBe(
      true,
    );
  });

  it('single-source claims: the daily crossings and the ferry', () => {
    const crossings = at(paragraphs.crossings);
    expect(crossings.verdict).toBe('single-source');
    expect(sources(crossings.corroborating)).toEqual(['northbank-radio']);
    expect(crossings.evidence).toContainEqual({ kind: 'number', detail: '14000 ← "14,000"' });
    const ferry = at(paragraphs.ferry);
    expect(ferry.verdict).toBe('single-source');
    expect(sources(ferry.corroborating)).toEqual(['veldmark-lantern']);
  });

  it('a doubt before part of a claim leaves that part asked, not told', () => {
    const claims = (text: string) =>
      bridge.match(text, { published: PUBLISHED }).matches.map((m) => m.claim);
    expect(
      claims(
        'VELDMARK – City engineers have not said how many cyclists a temporary ferry now carries across the river.',
      ),
    ).toEqual([]);
    // Told first, then the doubt: the ferry is still told.
    expect(
      claims(
        'VELDMARK – A temporary ferry carries cyclists across the river, though the city has not said how many.',
      ),
    ).toEqual(['ferry-service']);
    // The question put in an opening "Asked whether …," clause; the answer after it is told.
    expect(
      claims(
        'Asked whether cyclists still had a way across, the mayor said a temporary ferry carries them over the river in Veldmark.',
      ),
    ).toEqual(['ferry-service']);
  });

  it('another city’s bridge reopening is not highlighted, and explain says why', () => {
    expect(result.matches.map((m) => m.text)).not.toContain(paragraphs.elsewhere);
    const { rejections } = bridge.match(article, { published: PUBLISHED, explain: true });
    expect(rejections.find((r) => r.text === paragraphs.elsewhere)?.reason).toBe(
      'about Brennholm (would match reopens-end-2025)',
    );
  });

  it('recognises the names as other outlets spell them', () => {
    const { matches } = bridge.match(
      [
        'Engineers in Veldmarck expect the Orsa Brug to reopen by the end of this year.',
        'The Orsabrücke has been closed for repairs since the autumn.',
      ].join('\n\n'),
      { published: PUBLISHED },
    );
    expect(matches.map((m) => m.claim)).toEqual(['reopens-end-2025', 'bridge-closed-for-repairs']);
  });

  // Written only with its accent, the bridge's name still passes the topic precheck
  // (engine/topic-gate.ts), which looks for the story's spellings as the story writes them.
  it('an article naming the bridge only as "Orsabrücke" is about the story', () => {
    const result = bridge.match(
      [
        'Engineers expect the Orsabrücke to reopen by the end of this year.',
        'The Orsabrücke has been closed for repairs since the autumn.',
      ].join('\n\n'),
      { published: PUBLISHED },
    );
    expect(result.offTopic).toBeUndefined();
  });
});

describe('an article about another city', () => {
  const brennholm = [
    'BRENNHOLM – The Kessel Bridge has been closed for repairs since October.',
    'City engineers say the bridge will reopen by the end of this year.',
    'A temporary ferry carries cyclists across the river in the meantime.',
  ].join('\n\n');

  it('is off-topic for the bridge pack and gets no highlights', () => {
    const result = bridge.match(brennholm, { published: PUBLISHED });
    expect(result.offTopic).toBe("names the story's place 0 times: not about this story");
    expect(result.matches).toEqual([]);
  });
});

describe('each pack stays blind to the other’s story', () => {
  const withdrawal = 'All coalition troops will leave Iraq by September 2026.';

  it('the Iraq story highlights nothing in the bridge article', () => {
    const result = iraq.match(article, { published: PUBLISHED });
    expect(result.matches).toEqual([]);
    expect(result.offTopic).toBeDefined();
  });

  it('the bridge pack highlights nothing in a withdrawal sentence the Iraq story does', () => {
    expect(iraq.match(withdrawal, { published: PUBLISHED }).matches.map((m) => m.claim)).toEqual([
      'full-exit-2026',
    ]);
    const result = bridge.match(withdrawal, { published: PUBLISHED });
    expect(result.matches).toEqual([]);
    expect(result.offTopic).toBeDefined();
  });

  it('even inside a Veldmark article, the withdrawal sentence is not the bridge pack’s', () => {
    const mixed = `${article}\n\n${withdrawal}`;
    const { matches } = bridge.match(mixed, { published: PUBLISHED });
    expect(matches.map((m) => m.text)).not.toContain(withdrawal);
    expect(matches).toHaveLength(7);
  });

  it('words each match’s evidence unless told not to, and matches the same either way', () => {
    const asked = bridge.match(article, { published: PUBLISHED });
    const unasked = bridge.match(article, { published: PUBLISHED, evidence: false });
    expect(asked.matches.every((m) => m.evidence.length > 0)).toBe(true);
    expect(unasked.matches.every((m) => m.evidence.length === 0)).toBe(true);
    const strip = (ms: Match[]) => ms.map(({ evidence: _evidence, ...rest }) => rest);
    expect(strip(unasked.matches)).toEqual(strip(asked.matches));
  });

  it('lists each match’s sources unless told not to, with the same verdict either way', () => {
    const asked = bridge.match(article, { published: PUBLISHED });
    const unasked = bridge.match(article, { published: PUBLISHED, sources: false });
    expect(asked.matches.some((m) => m.corroborating.length > 0)).toBe(true);
    expect(
      unasked.matches.every((m) => m.corroborating.length === 0 && m.contradicting.length === 0),
    ).toBe(true);
    const strip = (ms: Match[]) =>
      ms.map(({ corroborating: _pro, contradicting: _con, ...rest }) => rest);
    expect(strip(unasked.matches)).toEqual(strip(asked.matches));
  });
});
