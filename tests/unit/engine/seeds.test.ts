/**
 * Each seed article, read from ../shared/seeds/, must back its own KB entries: the sentence
 * holding every anchor is highlighted, the source is listed as corroborating it, and no seed is
 * ever listed as contradicting a sentence of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { kb } from '../../../data/index';
import { createMatcher } from '../../../engine/index';

const seeds = path.resolve(__dirname, '../../../../shared/seeds');
const matcher = createMatcher(story);

describe.each(kb.sources)('seed $id', (source) => {
  // The seed files are plain text with one paragraph per line.
  const text = readFileSync(path.join(seeds, source.seedFile), 'utf8').replace(/\n/g, '\n\n');
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
