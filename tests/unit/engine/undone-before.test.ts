import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../engine/tokenize';
import { undoneBefore } from '../../../engine/undone-before';

/** Whether the verb `verb` of `text` is undone by a word in the three before it. */
function undone(text: string, verb: string): boolean {
  const tokens = tokenize(text);
  return undoneBefore(
    tokens,
    tokens.findIndex((t) => t.norm === verb),
  );
}

describe('undoneBefore', () => {
  it('finds "not", "never", "no", "won\'t" … in the three words before the verb', () => {
    expect(undone('The harbour board has not done so.', 'done')).toBe(true);
    expect(undone('Ashby never followed suit.', 'followed')).toBe(true);
    expect(undone('No other crew did so.', 'did')).toBe(true);
    expect(undone("The board won't follow suit.", 'follow')).toBe(true);
    expect(undone('Two more have yet to do so.', 'do')).toBe(true);
  });

  it('leaves a verb whose undoing word stands further back, or is absent', () => {
    expect(undone('Two more crews have since done so.', 'done')).toBe(false);
    expect(undone('It was not, the union said on Monday, done so.', 'done')).toBe(false);
  });
});
