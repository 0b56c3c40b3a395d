/**
 * "By September the troops should have left": "should have" done by a deadline still to come
 * tells what is expected by then, not a recommendation (recommends.ts, expectedByDeadline). With
 * the deadline past, or none named, "should have left" is a reproach and reports nothing.
 * (Added while fitting articles-blind-36, session 47.)
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('"should have" done by a deadline to come is expected, not recommended', () => {
  it('cards the plan the deadline sets', () => {
    for (const [text, published] of [
      ['By September the American troops should have left Baghdad and Ain al-Asad.', '2025-04-22'],
      [
        "By the end of September the coalition's advisers should have moved out of Baghdad.",
        '2025-05-10',
      ],
    ] as const)
      expect(claimsOf(text, published), text).toContain('first-phase-sept-2025');
  });
  it('a deadline past, or none, leaves a reproach uncarded (near misses)', () => {
    for (const text of [
      'By last August the Americans should have left Ain al-Asad.',
      'By then the Americans should have left Ain al-Asad.',
      'By now the Americans should have left Ain al-Asad.',
    ])
      expect(claimsOf(text, '2026-03-10'), text).toEqual([]);
  });
  it('the same words told as done are carded', () => {
    expect(claimsOf('By last August the Americans had left Ain al-Asad.', '2026-03-10')).toContain(
      'ain-al-asad-exit-began-aug-2025',
    );
  });
});
