/**
 * The best candidate of a sentence (engine/pick-best.ts) is the one reading every candidate in
 * claim order would pick, whatever order the picker reads them in and however many it skips.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimTables } from '../../../engine/compile-claims';
import {
  CRITERIA,
  type Criterion,
  createBestPicker,
  outranks,
  settledBy,
} from '../../../engine/pick-best';
import type { Recognition } from '../../../engine/recognize';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tables = (highestScore: number[], needsDate: number[]) =>
  ({ highestScore, needsDate }) as unknown as ClaimTables;

const accepted = (score: number, covered = 1, valued = 0): Recognition => ({
  ok: true,
  score,
  covered,
  valued,
  repeated: 0,
  split: 0,
  omitted: 0,
  tense: 0,
  evidence: () => [],
});
const rejected: Recognition = { ok: false, reason: () => 'no', progress: 0 };

describe('picking the best candidate', () => {
  it('is the one reading all of them in order finds: highest score, most explained, first', () => {
    const next = random(7);
    for (let round = 0; round < 500; round++) {
      const claims = 1 + Math.floor(next() * 40);
      const highest = Array.from({ length: claims }, () => 1 + Math.floor(next() * 6));
      const needsDate = Array.from({ length: claims }, () => (next() < 0.2 ? 1 : 0));
      // What recognize() would give: at most the highest score, or a rejection.
      const outcome = highest.map((h) =>
        next() < 0.3
          ? rejected
          : accepted(h - Math.floor(next() * Math.min(h, 3)), 1 + Math.floor(next() * 4)),
      );
      const undated = next() < 0.5;
      // A caller's precheck (every other round), turning down some of the rejected claims unread.
      const may = (i: number) => (outcome[i] as Recognition).ok || i % 2 === 0;
      const candidates = [...highest.keys()].filter(() => next() < 0.7);
      const read: number[] = [];
      const picked = createBestPicker(tables(highest, needsDate))(
        candidates,
        undated,
        (i) => {
          read.push(i);
          return outcome[i] as Recognition;
        },
        round % 2 ? may : undefined,
      );

      let expected: number | undefined;
      for (const i of candidates) {
        const result = outcome[i] as Recognition;
        if (undated && needsDate[i] === 1) continue;
        if (!result.ok) continue;
        const best = expected === undefined ? undefined : (outcome[expected] as Recognition);
        if (!best?.ok || outranks(result, i, best, expected as number)) expected = i;
      }
      expect(picked?.claim, `round ${round}`).toBe(expected);
      expect(new Set(read).size).toBe(read.length);
      if (undated) for (const i of read) expect(needsDate[i]).toBe(0);
      if (round % 2) for (const i of read) expect(may(i)).toBe(true);
    }
  });

  it('stops reading once no candidate left can beat the best', () => {
    const pick = createBestPicker(tables([5, 2, 5, 3], [0, 0, 0, 0]));
    const read: number[] = [];
    const picked = pick([0, 1, 2, 3], false, (i) => {
      read.push(i);
      return accepted([5, 2, 4, 3][i] as number);
    });
    // Claim 0 scores its highest, 5: only claim 2 could equal it (and explain more).
    expect(picked?.claim).toBe(0);
    expect(read).toEqual([0, 2]);
  });

  it('between equal scores, prefers the reading that explains more of the sentence', () => {
    const pick = createBestPicker(tables([3, 3], [0, 0]));
    const covered = [2, 5];
    const picked = pick([0, 1], false, (i) => accepted(3, covered[i]));
    expect(picked?.claim).toBe(1);
  });

  it('between equal scores, prefers a reading naming every group over one a headline omits', () => {
    // "Ferry Exit Comes Early": the early exit (every group named) over its start (start left out),
    // even where the start's reading covers more words.
    const pick = createBestPicker(tables([2, 2], [0, 0]));
    const picked = pick([0, 1], false, (i) => ({ ...accepted(2, 4 - i), omitted: 1 - i }));
    expect(picked?.claim).toBe(1);
  });

  it('between readings equal in all else, prefers the one whose kind fits the tense', () => {
    const pick = createBestPicker(tables([3, 3], [0, 0]));
    const tense = [0, 1];
    const picked = pick([0, 1], false, (i) => ({ ...accepted(3), tense: tense[i] as number }));
    expect(picked?.claim).toBe(1);
    // Still below what the sentence explains.
    const wider = pick([0, 1], false, (i) => ({ ...accepted(3, 2 - i), tense: i }));
    expect(wider?.claim).toBe(0);
  });

  it('between equal scores, prefers the plan a dateless sentence tells as done after its date', () => {
    // "The coalition had wrapped up its mission", on a page after the plan's date: the plan last
    // due, over an event of the same words the story dates before it (done-after-due.ts).
    const pick = createBestPicker(tables([2, 2], [0, 0]));
    const picked = pick([0, 1], false, (i) =>
      i === 1 ? { ...accepted(2), doneUndated: true } : accepted(2, 3),
    );
    expect(picked?.claim).toBe(1);
    // Not above a higher score.
    const higher = pick([0, 1], false, (i) =>
      i === 1 ? { ...accepted(2), doneUndated: true } : accepted(3),
    );
    expect(higher?.claim).toBe(0);
  });
});

describe('what settles two readings', () => {
  const base = accepted(3, 2) as Extract<Recognition, { ok: true }>;
  // One reading per criterion, better than `base` on that criterion alone.
  const better: Record<Criterion, Extract<Recognition, { ok: true }>> = {
    foil: base,
    score: { ...base, score: 4 },
    doneUndated: { ...base, doneUndated: true },
    repeated: { ...base, repeated: -1 },
    split: { ...base, split: -1 },
    omitted: { ...base, omitted: -1 },
    presupposed: { ...base, presupposed: -1 },
    covered: { ...base, covered: 3 },
    valued: { ...base, valued: 1 },
    tense: { ...base, tense: 1 },
  };

  it('names, for --explain, the criterion outranks() decided by, each in its place', () => {
    for (const criterion of CRITERIA) {
      const [a, b] =
        criterion === 'foil' ? [base, { ...base, foil: true as const }] : [better[criterion], base];
      expect(settledBy(a, b), criterion).toBe(criterion);
      expect(settledBy(b, a), criterion).toBe(criterion);
      // Whatever claim order says.
      expect(outranks(a, 1, b, 0), criterion).toBe(true);
      expect(outranks(b, 0, a, 1), criterion).toBe(false);
    }
  });

  it('asks the criteria in order: a foil loses to a lower score, a higher score beats more words', () => {
    const foil = { ...better.score, foil: true as const };
    expect(settledBy(base, foil)).toBe('foil');
    expect(outranks(base, 1, foil, 0)).toBe(true);
    expect(settledBy(better.score, { ...better.covered, omitted: -1 })).toBe('score');
  });

  it('leaves a tie to claim order, and names no criterion for it', () => {
    expect(settledBy(base, { ...base })).toBeUndefined();
    expect(outranks(base, 0, { ...base }, 1)).toBe(true);
    expect(outranks(base, 1, { ...base }, 0)).toBe(false);
  });
});
