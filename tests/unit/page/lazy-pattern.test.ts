import { describe, expect, it } from 'vitest';
import { lazyPattern } from '../../../page/lazy-pattern';

describe('lazyPattern', () => {
  it('makes the expression on the first call only, and hands back the same one after', () => {
    let made = 0;
    const pier = lazyPattern(() => {
      made++;
      return /\bpier\b/g;
    });
    expect(made).toBe(0);
    const first = pier();
    expect(made).toBe(1);
    expect(pier()).toBe(first);
    expect(made).toBe(1);
  });

  it('keeps one lastIndex for a global expression, as a constant would', () => {
    const ferry = lazyPattern(() => /ferry/g);
    expect(ferry().exec('ferry to Portsea, ferry back')?.index).toBe(0);
    expect(ferry().lastIndex).toBe(5);
    expect(ferry().exec('ferry to Portsea, ferry back')?.index).toBe(18);
  });
});
