/**
 * The CLI's JSON gives, per highlight, how many independent reports stand on each side: outlets
 * relaying the same original report (the Reuters scoop of September 2024) count once.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../cli/claimlight';

const page = path.resolve(__dirname, '../../fixtures/pages/withdrawal-timetable.html');

type Side = { source: string };
type Highlight = {
  claim: string;
  summary: string;
  origins: { corroborating: number; contradicting: number };
  corroborating: Side[];
  contradicting: Side[];
};

describe('claimlight annotate --json: origins', () => {
  const { code, stdout } = run(['annotate', page, '--json']);
  const highlights = JSON.parse(stdout).highlights as Highlight[];

  it('adds "origins" to every highlight, never more than the outlets on each side', () => {
    expect(code).toBe(0);
    expect(highlights.length).toBeGreaterThan(0);
    for (const h of highlights) {
      expect(h.origins).toEqual({
        corroborating: expect.any(Number),
        contradicting: expect.any(Number),
      });
      expect(h.origins.corroborating).toBeLessThanOrEqual(h.corroborating.length);
      expect(h.origins.contradicting).toBeLessThanOrEqual(h.contradicting.length);
    }
  });

  it('counts the three outlets relaying Reuters as one report against the 2025 deadline', () => {
    const exit2025 = highlights.find((h) => h.claim === 'full-exit-end-2025');
    const sources = exit2025?.contradicting.map((s) => s.source) ?? [];
    expect(sources.filter((id) => !id.startsWith('lib-')).sort()).toEqual([
      'clamreport',
      'cradle',
      'dinaropinions',
      'saednews',
    ]);
    // Reuters (The Cradle, Clam Report, Dinar Opinions) counts once, and so does each report the
    // library articles relay (the Pentagon's statement…): fewer reports than outlets.
    expect(exit2025?.origins.corroborating).toBe(1);
    expect(exit2025?.origins.contradicting).toBeLessThan(sources.length - 1);
    expect(exit2025?.summary).toMatch(
      new RegExp(
        `^1 outlet corroborates · ${sources.length} contradict \\(\\d+ independent reports\\)$`,
      ),
    );
  });
});
