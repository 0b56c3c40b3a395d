import { describe, expect, it } from 'vitest';
import { VERDICT_LABELS, VerdictBadge } from '../../../components/VerdictBadge';
import { verdictLabel } from '../../../components/verdict-words';
import type { Verdict } from '../../../engine/types';
import { mount } from './render';
import { t } from './translate';

describe('VerdictBadge', () => {
  it.each(Object.keys(VERDICT_LABELS) as Verdict[])('names %s in words and in its class', (v) => {
    const badge = mount(<VerdictBadge verdict={v} />).firstElementChild as HTMLElement;
    expect(badge.textContent).toBe(VERDICT_LABELS[v]);
    expect(badge.className).toBe(`cl-badge cl-badge--${v}`);
  });

  it.each(Object.keys(VERDICT_LABELS) as Verdict[])(
    'takes its %s label from messages.json',
    (v) => {
      const badge = mount(<VerdictBadge verdict={v} label={verdictLabel(v, t)} />)
        .firstElementChild as HTMLElement;
      // The English messages say what the popup's built-in labels say.
      expect(badge.textContent).toBe(VERDICT_LABELS[v]);
    },
  );
});
