import { describe, expect, it, vi } from 'vitest';
import { excerpt, groupByVerdict, PageSummary } from '../../../components/PageSummary';
import { endOf2025, endOf2026, formed2014 } from './matches';
import { click, mount, texts } from './render';
import { t } from './translate';

describe('PageSummary', () => {
  // Page order: single source, contradicted, disputed, contradicted again.
  const matches = [formed2014, endOf2025, endOf2026, { ...endOf2025, start: 900 }];

  it('counts the statements and groups them by verdict, disagreements first', () => {
    const root = mount(<PageSummary matches={matches} onSelect={() => {}} t={t} />);
    expect(root.querySelector('.cl-summary__count')?.textContent).toBe(
      '4 statements from the knowledge base on this page',
    );
    expect(texts(root, '.cl-summary__heading')).toEqual([
      'Contradicted(2)',
      'Disputed(1)',
      'Single source(1)',
    ]);
    const groups = root.querySelectorAll('section.cl-summary__group');
    expect(groups[0]?.getAttribute('aria-labelledby')).toBe(groups[0]?.querySelector('h2')?.id);
    expect(texts(groups[0] as Element, '.cl-summary__excerpt')).toEqual([
      endOf2025.text,
      endOf2025.text,
    ]);
    expect(texts(root, '.cl-summary__statement')).toEqual(
      [endOf2025, endOf2025, endOf2026, formed2014].map((m) => m.statement),
    );
  });

  it('calls onSelect with the index in page order, not in list order', () => {
    const onSelect = vi.fn();
    const root = mount(<PageSummary matches={matches} onSelect={onSelect} t={t} />);
    const buttons = root.querySelectorAll('button');
    click(buttons[1]);
    click(buttons[3]);
    expect(onSelect.mock.calls).toEqual([[3], [0]]);
  });

  it('names each item by its statement alone; tag, tally and sentence are its description', () => {
    const plan = { ...endOf2026, time: { kind: 'plan' as const, since: [] } };
    const root = mount(<PageSummary matches={[formed2014, plan]} onSelect={() => {}} t={t} />);
    // The accessible name and description as a screen reader computes them from the id lists.
    const byIds = (button: Element, attribute: string) =>
      (button.getAttribute(attribute) ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => root.querySelector(`[id="${id}"]`)?.textContent?.trim());
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(buttons.map((b) => byIds(b, 'aria-labelledby'))).toEqual([
      [plan.statement],
      [formed2014.statement],
    ]);
    const [planButton, single] = buttons as unknown as [Element, Element];
    expect(byIds(planButton, 'aria-describedby')).toEqual([
      planButton.querySelector('.cl-summary__kind')?.textContent?.trim(),
      plan.summary,
      planButton.querySelector('.cl-summary__excerpt')?.textContent?.trim(),
    ]);
    expect(byIds(planButton, 'aria-describedby')[0]).toBeTruthy();
    expect(byIds(single, 'aria-describedby')).toEqual([
      formed2014.summary,
      single.querySelector('.cl-summary__excerpt')?.textContent?.trim(),
    ]);
    // Every id the list refers to exists once.
    const ids = Array.from(root.querySelectorAll('[id]'), (el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says so when the page has no statements', () => {
    const root = mount(<PageSummary matches={[]} onSelect={() => {}} t={t} />);
    expect(root.textContent).toBe('No statements from the knowledge base on this page.');
    expect(root.querySelector('button')).toBeNull();
  });

  it('uses the singular for one statement', () => {
    const root = mount(<PageSummary matches={[formed2014]} onSelect={() => {}} t={t} />);
    expect(root.querySelector('.cl-summary__count')?.textContent).toBe(
      '1 statement from the knowledge base on this page',
    );
  });

  it('lists and counts only the statements the page paints, and says how many are hidden', () => {
    // The reader hid "contradicted": the page paints indices 0 and 2 only.
    const onSelect = vi.fn();
    const root = mount(
      <PageSummary
        matches={matches}
        shown={[0, 2]}
        hidden={2}
        settingsUrl="chrome-extension://id/options.html"
        onSelect={onSelect}
        t={t}
      />,
    );
    expect(root.querySelector('.cl-summary__count')?.textContent).toBe(
      '2 statements from the knowledge base on this page',
    );
    expect(root.querySelector('.cl-summary__hidden')?.textContent).toBe(
      '2 more hidden by your settings. Choose which verdicts to show (opens in a new tab)',
    );
    const link = root.querySelector('.cl-summary__hidden a');
    expect(link?.getAttribute('href')).toBe('chrome-extension://id/options.html');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(texts(root, '.cl-summary__heading')).toEqual(['Disputed(1)', 'Single source(1)']);
    expect(texts(root, '.cl-summary__statement')).toEqual(
      [endOf2026, formed2014].map((m) => m.statement),
    );
    // Still the index in the page's matches, as the content script opens them.
    click(root.querySelectorAll('button')[0]);
    expect(onSelect.mock.calls).toEqual([[2]]);
  });

  it('says nothing of hidden statements when none are', () => {
    const root = mount(
      <PageSummary matches={matches} shown={[0, 1, 2, 3]} hidden={0} onSelect={() => {}} t={t} />,
    );
    expect(root.querySelector('.cl-summary__hidden')).toBeNull();
    expect(root.querySelectorAll('button')).toHaveLength(4);
  });

  it('says when every statement of the page is hidden, rather than that it has none', () => {
    const root = mount(
      <PageSummary matches={[formed2014]} shown={[]} hidden={1} onSelect={() => {}} t={t} />,
    );
    expect(root.textContent).toBe(
      'This page has 1 statement from the knowledge base, hidden by your settings.',
    );
    expect(root.querySelector('button')).toBeNull();
    const many = mount(
      <PageSummary matches={matches} shown={[]} hidden={4} onSelect={() => {}} t={t} />,
    );
    expect(many.querySelector('.cl-summary__hidden')?.textContent).toBe(
      'This page has 4 statements from the knowledge base, all hidden by your settings.',
    );
  });

  it('uses the singular for one hidden statement', () => {
    const root = mount(
      <PageSummary matches={matches} shown={[0, 1, 2]} hidden={1} onSelect={() => {}} t={t} />,
    );
    expect(root.querySelector('.cl-summary__hidden')?.textContent).toBe(
      '1 more hidden by your settings.',
    );
  });

  it('renders markup in a sentence as literal text', () => {
    const text = 'Troops <script>alert(1)</script> leave <em>soon</em>.';
    const root = mount(
      <PageSummary matches={[{ ...formed2014, text }]} onSelect={() => {}} t={t} />,
    );
    expect(root.querySelector('.cl-summary__excerpt')?.textContent).toBe(text);
    expect(root.querySelector('script, em')).toBeNull();
  });
});

describe('groupByVerdict', () => {
  it('leaves out verdicts with no statement', () => {
    expect(groupByVerdict([endOf2026]).map((g) => g.verdict)).toEqual(['disputed']);
    expect(groupByVerdict([])).toEqual([]);
  });

  it('groups only the shown indices, keeping each one', () => {
    const groups = groupByVerdict([formed2014, endOf2025, endOf2026], [2, 0]);
    expect(groups.map((g) => [g.verdict, g.items.map(([, i]) => i)])).toEqual([
      ['disputed', [2]],
      ['single-source', [0]],
    ]);
  });
});

describe('excerpt', () => {
  it('keeps short sentences whole and cuts long ones at a word', () => {
    expect(excerpt('  Short   sentence. ')).toBe('Short sentence.');
    const long = `${'word '.repeat(40)}end`;
    const cut = excerpt(long, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });
});
