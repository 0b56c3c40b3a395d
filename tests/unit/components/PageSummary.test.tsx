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
