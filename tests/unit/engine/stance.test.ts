/**
 * The product's core promise: numbers, dates and denials decide which side a source is on.
 * A 2025 deadline lists the 2026 sources as contradicting — never the reverse.
 */

import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const only = (text: string, published: string) => {
  const { matches } = matcher.match(text, { published });
  expect(matches).toHaveLength(1);
  const [m] = matches;
  return {
    claim: m?.claim,
    position: m?.position,
    value: m?.value,
    verdict: m?.verdict,
    pro: m?.corroborating.map((s) => s.source).sort(),
    con: m?.contradicting.map((s) => s.source).sort(),
    why: m?.contradicting.map((s) => s.why),
  };
};

describe('when do the last troops leave: 2025 against 2026', () => {
  it('an end-of-2025 deadline is Rudaw’s, contradicted by the 2026 sources', () => {
    const m = only(
      'All US-led troops will leave Iraq by the end of 2025, the adviser said.',
      '2024-09-08',
    );
    expect(m.claim).toBe('full-exit-end-2025');
    expect(m.position).toBe('end-2025');
    expect(m.pro).toEqual(['rudaw']);
    expect(seedsOnly(m.con)).toEqual(['clamreport', 'cradle', 'dinaropinions', 'saednews']);
    // The library articles that date the last troops' exit to 2026 contradict it too.
    expect(m.con).toEqual(expect.arrayContaining(['lib-05', 'lib-15', 'lib-20']));
    expect(m.verdict).toBe('contradicted');
  });

  it('an end-of-2026 deadline is corroborated by the 2026 sources and contradicted by Rudaw', () => {
    const m = only(
      'The remaining coalition forces are to be out of Iraq by the end of 2026.',
      '2024-09-08',
    );
    expect(m.claim).toBe('full-exit-2026');
    expect(seedsOnly(m.pro)).toEqual(['clamreport', 'cradle', 'dinaropinions', 'saednews']);
    expect(m.pro).toEqual(expect.arrayContaining(['lib-05', 'lib-15', 'lib-20']));
    expect(m.con).toEqual(['rudaw']);
    expect(m.why).toEqual(['Rudaw: end of 2025 — this statement: end of 2026']);
  });

  it('"by the end of next year" is 2025 in a 2024 article and 2026 in a 2025 article', () => {
    const text = 'Every coalition soldier will have left Iraq by the end of next year.';
    expect(only(text, '2024-09-10').claim).toBe('full-exit-end-2025');
    expect(only(text, '2025-08-17').claim).toBe('full-exit-2026');
  });

  it('"before 2026" means the end of 2025', () => {
    expect(
      only('Coalition forces are set to leave Iraq completely before 2026.', '2024-09-08').claim,
    ).toBe('full-exit-end-2025');
  });

  it('a two-step timetable is decided by its last deadline', () => {
    const m = only(
      'Hundreds of soldiers leave Iraq by September 2025 and the rest by the end of 2026.',
      '2024-09-08',
    );
    expect(m.claim).toBe('full-exit-2026');
    expect(m.con).toEqual(['rudaw']);
  });

  it('a deadline in another year matches neither position', () => {
    expect(
      matcher.match('All American troops were to leave Iraq by the end of 2011.', {
        published: '2024-09-08',
      }).matches,
    ).toEqual([]);
  });
});

describe('agreement or denial', () => {
  it('a denial that a withdrawal was discussed asserts the denial, not the withdrawal', () => {
    const m = only(
      'The State Department denied that a withdrawal had been discussed with Baghdad.',
      '2024-08-15',
    );
    expect(m.claim).toBe('withdrawal-never-discussed');
    expect(m.position).toBe('not-discussed');
    expect(m.pro).toContain('rudaw');
    expect(seedsOnly(m.con)).toEqual(['clamreport', 'cradle', 'saednews']);
  });

  it('a report of an agreement lists the agreeing sources and none of them as contradicting', () => {
    const m = only(
      'Baghdad and Washington have agreed on a timetable for the withdrawal of coalition troops.',
      '2024-09-08',
    );
    expect(m.claim).toBe('agreement-reached');
    expect(seedsOnly(m.pro)).toEqual([
      'clamreport',
      'cradle',
      'dinaropinions',
      'rudaw',
      'saednews',
    ]);
    expect(m.con).toEqual([]);
  });

  it('an agreement that is said not to exist is not highlighted as an agreement', () => {
    const { matches } = matcher.match(
      'Officials said there was no agreement on a withdrawal of US troops.',
      {
        published: '2024-08-15',
      },
    );
    expect(matches.map((m) => m.claim)).not.toContain('agreement-reached');
  });
});

/** The seed sources among `ids`, sorted: the library's are checked apart. */
function seedsOnly(ids: string[] = []): string[] {
  return ids.filter((id) => !id.startsWith('lib-')).sort();
}
