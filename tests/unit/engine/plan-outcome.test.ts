/**
 * Plans and what came of them: a plan's card lists the later events that answer it, oldest
 * first, with their dates, outcomes and sources; an event's card names each plan it answers; a claim with no
 * kind has no place in time (packs that do not tell plans from events keep their shape).
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { kb } from '../../../data/index';
import { createMatcher } from '../../../engine/index';
import { createTimeViewer, timeViewerOf } from '../../../engine/plan-outcome';
import type { Claim, KnowledgeBase } from '../../../engine/types';

const matcher = createMatcher(story);
const only = (text: string, published: string) => {
  const { matches } = matcher.match(text, { published });
  expect(matches).toHaveLength(1);
  return matches[0] as (typeof matches)[number];
};

describe('a plan’s card: Since then', () => {
  const m = only(
    'Hundreds of US-led coalition troops will withdraw from Iraq by September 2025, officials said.',
    '2024-09-27',
  );

  it('is a plan with its date, and what became of it by the latest report', () => {
    expect(m.claim).toBe('first-phase-sept-2025');
    expect(m.time?.kind).toBe('plan');
    expect(m.time?.due).toBe('2025-09');
    expect(m.time?.outcome).toBe('late');
  });

  it('lists the later events oldest first, each with its date, outcome and linked sources', () => {
    const since = m.time?.since ?? [];
    expect(since.length).toBeGreaterThanOrEqual(2);
    const dates = since.map((s) => s.happened);
    expect(dates).toEqual([...dates].sort());
    for (const s of since) {
      expect(s.happened > '2025-09' || s.outcome !== 'late').toBe(true);
      expect(s.sources.length).toBeGreaterThan(0);
      for (const v of s.sources) expect(v.link).toMatch(/^https:\/\/.+#:~:text=/);
    }
    expect(since.at(-1)?.outcome).toBe(m.time?.outcome);
  });
});

describe('an event’s card', () => {
  it('names each plan it answers, with the plan’s date and what the event made of it', () => {
    const m = only(
      'Iraqi forces took full control of Ain al-Asad after the US troops left on 17 January 2026.',
      '2026-01-20',
    );
    expect(m.time).toMatchObject({ kind: 'event', happened: '2026-01-17' });
    expect(m.time?.answers?.[0]).toMatchObject({
      claim: 'ain-al-asad-handover-dec-2025',
      due: '2025-12',
      outcome: 'late',
    });
    // Still at the base in January 2026: the exit due by the end of 2025 did not come.
    expect(m.time?.answers).toContainEqual(
      expect.objectContaining({ claim: 'full-exit-end-2025', due: '2025-12', outcome: 'not-done' }),
    );
    expect(m.time?.since).toBeUndefined();
  });
});

describe('a plan an event answers among others', () => {
  const m = only(
    'All coalition forces, US troops included, will leave Iraq by the end of 2025, an adviser said.',
    '2024-09-08',
  );

  it('lists that event under "Since then" with the outcome it gives this plan', () => {
    expect(m.claim).toBe('full-exit-end-2025');
    const since = m.time?.since ?? [];
    expect(since.map((s) => s.claim)).toContain('ain-al-asad-handed-over-jan-2026');
    for (const s of since) expect(s.outcome).toBe('not-done');
    expect(m.time?.outcome).toBe('not-done');
  });
});

describe('createTimeViewer', () => {
  const base = kb.claims[0] as Claim;
  const claim = (id: string, extra: Partial<Claim>): Claim => ({ ...base, id, ...extra });
  const plan = claim('p', { kind: 'plan', due: '2025-09' });
  const late = claim('e2', {
    kind: 'event',
    happened: '2026-01',
    fulfils: { plan: 'p', outcome: 'late' },
  });
  const changed = claim('e1', {
    kind: 'event',
    happened: '2025-10',
    fulfils: { plan: 'p', outcome: 'changed' },
  });
  const small: KnowledgeBase = { ...kb, claims: [plan, late, changed] };

  it('orders a plan’s events by date and takes the outcome of the latest', () => {
    const time = timeViewerOf(small)(plan);
    expect(time?.since?.map((s) => s.claim)).toEqual(['e1', 'e2']);
    expect(time?.outcome).toBe('late');
  });

  it('says nothing became of a plan no event answers yet', () => {
    const viewer = createTimeViewer(
      small,
      () => [],
      () => undefined,
    );
    expect(viewer(plan)).toEqual({ kind: 'plan', due: '2025-09', since: [] });
  });

  it('lists an event answering several plans under each, with the outcome it gives that one', () => {
    const other = claim('q', { kind: 'plan', due: '2025-12' });
    const both = claim('e3', {
      kind: 'event',
      happened: '2026-02',
      fulfils: [
        { plan: 'p', outcome: 'late' },
        { plan: 'q', outcome: 'not-done' },
      ],
    });
    const pack: KnowledgeBase = { ...kb, claims: [plan, other, changed, both] };
    const view = timeViewerOf(pack);
    expect(view(plan)?.since?.map((s) => [s.claim, s.outcome])).toEqual([
      ['e1', 'changed'],
      ['e3', 'late'],
    ]);
    expect(view(other)?.since?.map((s) => [s.claim, s.outcome])).toEqual([['e3', 'not-done']]);
    expect(view(other)?.outcome).toBe('not-done');
    expect(view(both)?.answers?.map((a) => [a.claim, a.due, a.outcome])).toEqual([
      ['p', '2025-09', 'late'],
      ['q', '2025-12', 'not-done'],
    ]);
  });

  it('reads the single form as a list of one', () => {
    expect(timeViewerOf(small)(late)?.answers).toEqual([
      { claim: 'p', statement: plan.statement, due: '2025-09', outcome: 'late' },
    ]);
  });

  it('gives no place in time to a claim without a kind', () => {
    const { kind: _k, due: _d, happened: _h, fulfils: _f, ...plain } = plan;
    expect(timeViewerOf(small)(plain as Claim)).toBeUndefined();
  });
});
