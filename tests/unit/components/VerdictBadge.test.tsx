import { describe, expect, it } from 'vitest';
import { VERDICT_LABELS, VerdictBadge } from '../../../components/VerdictBadge';
import type { Verdict } from '../../../engine/types';
import { mount } from './render';

describe('VerdictBadge', () => {
  it.each(Object.keys(VERDICT_LABELS) as Verdict[])('names %s in words and in its class', (v) => {
    const badge = mount(<VerdictBadge verdict={v} />).firstElementChild as HTMLElement;
    expect(badge.textContent).toBe(VERDICT_LABELS[v]);
    expect(badge.className).toBe(`cl-badge cl-badge--${v}`);
  });
});
