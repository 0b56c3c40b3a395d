/**
 * Each seed article, read from ../shared/seeds/, and each library article the KB cites, read from
 * ../shared/library/, must back its own KB entries: the sentence
 * holding every anchor is highlighted, the source is listed as corroborating it, and no seed is
 * ever listed as contradicting a sentence of its own.
 */
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../data/check';
import { kb } from '../../../data/index';
import { readSeeds } from '../../../data/load-kb';
import { createMatcher } from '../../../engine/index';

const articles = readSeeds(path.resolve(__dirname, '../../../../shared/seeds'));
const matcher = createMatcher(story);

describe.each(kb.sources)('article $id', (source) => {
  // The articles are plain text with one paragraph per line.
  const text = (articles?.get(articleKey(source)) ?? '').replace(/\n/g, '\n\n');
  const { matches } = matcher.match(text, { published: source.published });
  const entries = kb.claims.flatMap((claim) =>
    claim.sources.filter((s) => s.source === source.id).map((s) => ({ claim, anchor: s.anchor })),
  );

  it.each(entries)('highlights its "$claim.id" sentence with $anchor', ({ anchor }) => {
    const hit = matches.find((m) => m.text.includes(anchor));
    expect(hit, `no highlight on the sentence holding "${anchor}"`).toBeDefined();
    expect(hit?.corroborating.map((c) => c.source)).toContain(source.id);
  });

  it('never lists itself as contradicting its own sentences', () => {
    for (const m of matches) expect(m.contradicting.map((c) => c.source)).not.toContain(source.id);
  });
});
