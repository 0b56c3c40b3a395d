import { describe, expect, it, vi } from 'vitest';
import { excerpt, PageSummary } from '../../../components/PageSummary';
import { endOf2025, endOf2026, formed2014 } from './matches';
import { click, mount, texts } from './render';

describe('PageSummary', () => {
  const matches = [endOf2025, endOf2026, formed2014];

  it('counts the statements and lists each with its verdict and sentence', () => {
    const root = mount(<PageSummary matches={matches} onSelect={() => {}} />);
    expect(root.querySelector('.cl-summary__count')?.textContent).toBe(
      '3 statements from the knowledge base on this page · 2 disputed or contradicted',
    );
    expect(texts(root, '.cl-summary__statement')).toEqual(matches.map((m) => m.statement));
    expect(texts(root, '.cl-badge')).toEqual(['Contradicted', 'Disputed', 'Single source']);
    expect(texts(root, '.cl-summary__excerpt')).toEqual(matches.map((m) => m.text));
  });

  it('calls onSelect with the index of the chosen statement', () => {
    const onSelect = vi.fn();
    const root = mount(<PageSummary matches={matches} onSelect={onSelect} />);
    click(root.querySelectorAll('button')[1]);
    expect(onSelect).toHaveBeenCalledWith(1);
  });

  it('says so when the page has no statements', () => {
    const root = mount(<PageSummary matches={[]} onSelect={() => {}} />);
    expect(root.textContent).toBe('No statements from the knowledge base on this page.');
    expect(root.querySelector('button')).toBeNull();
  });

  it('uses the singular for one statement', () => {
    const root = mount(<PageSummary matches={[formed2014]} onSelect={() => {}} />);
    expect(root.querySelector('.cl-summary__count')?.textContent).toBe(
      '1 statement from the knowledge base on this page',
    );
  });

  it('renders markup in a sentence as literal text', () => {
    const text = 'Troops <script>alert(1)</script> leave <em>soon</em>.';
    const root = mount(<PageSummary matches={[{ ...formed2014, text }]} onSelect={() => {}} />);
    expect(root.querySelector('.cl-summary__excerpt')?.textContent).toBe(text);
    expect(root.querySelector('script, em')).toBeNull();
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
