import { describe, expect, it } from 'vitest';
import { reanchor } from '../../../page/reanchor';

const OLD = 'Updated 3 times\n\nTroops leave Iraq by 2026.\n\nThe talks began in January.';
const span = (text: string, passage: string) => {
  const start = text.indexOf(passage);
  return { start, end: start + passage.length };
};

describe('reanchor', () => {
  it('finds each passage by its exact text after the text around it changed', () => {
    const now = 'Updated 12 times\n\nTroops leave Iraq by 2026.\n\nThe talks began in January.';
    const spans = [
      span(OLD, 'Troops leave Iraq by 2026.'),
      span(OLD, 'The talks began in January.'),
    ];
    expect(reanchor(OLD, now, spans)).toEqual([
      span(now, 'Troops leave Iraq by 2026.'),
      span(now, 'The talks began in January.'),
    ]);
  });

  it('takes the occurrence nearest the old place when the passage repeats', () => {
    const old = 'A. Troops leave. B. Troops leave. C.';
    const now = 'AA. Troops leave. B. Troops leave. C.';
    const second = old.indexOf('Troops leave', 10);
    expect(reanchor(old, now, [{ start: second, end: second + 12 }])).toEqual([
      { start: now.indexOf('Troops leave', 10), end: now.indexOf('Troops leave', 10) + 12 },
    ]);
  });

  it('tolerates whitespace, quote and dash forms and invisible characters only', () => {
    const old = 'He said “troops will leave” in 2025–2026.';
    const now = 'Intro.\n\nHe said "troops  will leave" in 2025-2026.';
    expect(reanchor(old, now, [{ start: 0, end: old.length }])).toEqual([
      { start: now.indexOf('He'), end: now.length },
    ]);
    const soft = 'with\u00addrawal ends';
    expect(reanchor('withdrawal ends', soft, [{ start: 0, end: 15 }])).toEqual([
      { start: 0, end: soft.length },
    ]);
  });

  it('never anchors on a lookalike sentence', () => {
    const old = 'Troops leave Iraq by 2026.';
    expect(reanchor(old, 'Troops leave Iraq by 2025.', [{ start: 0, end: old.length }])).toEqual([
      null,
    ]);
    expect(
      reanchor(old, 'Now: Troops leave Iraq by 2026.', [{ start: 0, end: old.length }]),
    ).toEqual([{ start: 5, end: 31 }]);
  });
});
