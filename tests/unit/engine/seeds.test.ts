/**
 * Each seed article, read from ../shared/seeds/, must back its own KB entries: the sentence
 * holding every anchor is highlighted, the source is listed as corroborating it, and no seed is
 * ever listed as contradicting a sentence of its own. The library articles the KB cites, read
 * from ../shared/library/, are held to the same rules as a share: their excerpts are other
 * outlets' prose, not written for our recognisers, so most anchored sentences (not all) must be
 * highlighted with their source corroborating, and none may contradict itself.
 */
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../data/check';
import { kb } from '../../../data/index';
import { readSeeds } from '../../../data/load-kb';
import { createMatcher } from '../../../engine/index';
import type { Match, Source } from '../../../engine/types';

const articles = readSeeds(path.resolve(__dirname, '../../../../shared/seeds'));
const matcher = createMatcher(story);

/** The article's matches and its own KB entries (claim and anchor). */
function read(source: Source) {
  // The articles are plain text with one paragraph per line.
  const text = (articles?.get(articleKey(source)) ?? '').replace(/\n/g, '\n\n');
  const { matches } = matcher.match(text, { published: source.published });
  const entries = kb.claims.flatMap((claim) =>
    claim.sources.filter((s) => s.source === source.id).map((s) => ({ claim, anchor: s.anchor })),
  );
  return { matches, entries };
}

/** Whether the sentence holding `anchor` is highlighted with `source` corroborating. */
function backs(matches: Match[], anchor: string, source: string): boolean {
  const hit = matches.find((m) => m.text.includes(anchor));
  return !!hit?.corroborating.some((c) => c.source === source);
}

const seeds = kb.sources.filter((s) => s.seedFile !== undefined);
const library = kb.sources.filter((s) => s.library !== undefined);

describe.each(seeds)('seed $id', (source) => {
  const { matches, entries } = read(source);

  it.each(entries)('highlights its "$claim.id" sentence with $anchor', ({ anchor }) => {
    const hit = matches.find((m) => m.text.includes(anchor));
    expect(hit, `no highlight on the sentence holding "${anchor}"`).toBeDefined();
    expect(hit?.corroborating.map((c) => c.source)).toContain(source.id);
  });

  it('never lists itself as contradicting its own sentences', () => {
    for (const m of matches) expect(m.contradicting.map((c) => c.source)).not.toContain(source.id);
  });
});

/** The share of library statements whose anchored sentence is highlighted with their source. */
const LIBRARY_BACKED_AT_LEAST = 0.7;

describe('the library articles the knowledge base cites', () => {
  const read_ = library.map((source) => ({ source, ...read(source) }));

  it(`back at least ${LIBRARY_BACKED_AT_LEAST * 100}% of their own statements`, () => {
    const all = read_.flatMap(({ source, matches, entries }) =>
      entries.map((e) => ({
        id: `${source.id} / ${e.claim.id}`,
        ok: backs(matches, e.anchor, source.id),
      })),
    );
    const missed = all.filter((e) => !e.ok).map((e) => e.id);
    expect(all.length).toBeGreaterThan(0);
    expect(
      (all.length - missed.length) / all.length,
      `not backed: ${missed.join('; ')}`,
    ).toBeGreaterThanOrEqual(LIBRARY_BACKED_AT_LEAST);
  });

  it.each(library)('$id never lists itself as contradicting its own sentences', (source) => {
    const { matches } = read(source);
    for (const m of matches) expect(m.contradicting.map((c) => c.source)).not.toContain(source.id);
  });
});
