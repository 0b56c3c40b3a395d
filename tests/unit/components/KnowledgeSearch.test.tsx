import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type KnowledgeResult, KnowledgeSearch } from '../../../components/KnowledgeSearch';
import type { Match } from '../../../engine/types';
import { endOf2025, endOf2026, formed2014, withSays } from './matches';
import { mount, texts } from './render';
import { t } from './translate';

/** A search result for the claim a frozen match asserts: same sides, verdict and summary. */
function resultOf(match: Match, question?: KnowledgeResult['question']): KnowledgeResult {
  return {
    claim: {
      id: match.claim,
      statement: match.statement,
      recognize: { require: [] },
      sources: [],
    },
    ...(question && { question, position: question.positions[0] }),
    sources: [...match.corroborating, ...match.contradicting],
    verdictIfAsserted: match.verdict,
    summary: match.summary,
  };
}

const completion = {
  id: 'completion-date',
  text: 'When do the last US-led coalition troops leave Iraq?',
  positions: [{ id: 'end-2025', label: 'by the end of 2025' }],
};
const single = resultOf(formed2014);
const results = [resultOf(endOf2025, completion), resultOf(endOf2026), single];

const status = (root: HTMLElement) => root.querySelector('[role="status"]') as HTMLElement;
const input = (root: HTMLElement) => root.querySelector('input') as HTMLInputElement;

describe('KnowledgeSearch', () => {
  it('has a labelled search field and an empty polite status line before any search', () => {
    const root = mount(<KnowledgeSearch query="" results={[]} onQuery={() => {}} t={t} />);
    const field = input(root);
    expect(field.type).toBe('search');
    const label = root.querySelector(`label[for="${field.id}"]`);
    expect(field.id).not.toBe('');
    expect(label?.textContent).toBe('Search what the sources say');
    expect(status(root).getAttribute('aria-live')).toBe('polite');
    expect(status(root).textContent).toBe('');
    expect(root.querySelector('ol')).toBeNull();
  });

  it('announces how many claims match', () => {
    const root = mount(<KnowledgeSearch query="2025" results={results} onQuery={() => {}} t={t} />);
    expect(status(root).textContent).toBe('3 claims match');
    const one = mount(<KnowledgeSearch query="2014" results={[single]} onQuery={() => {}} t={t} />);
    expect(status(one).textContent).toBe('1 claim matches');
    const none = mount(<KnowledgeSearch query=" xyzzy " results={[]} onQuery={() => {}} t={t} />);
    expect(status(none).textContent).toBe('No claims match “xyzzy”');
    expect(none.querySelector('ol')).toBeNull();
    const cut = mount(
      <KnowledgeSearch query="rudaw" results={results} total={11} onQuery={() => {}} t={t} />,
    );
    expect(status(cut).textContent).toBe('11 claims match; the best 3 are shown');
    const loading = mount(
      <KnowledgeSearch query="erbil" results={null} onQuery={() => {}} t={t} />,
    );
    expect(status(loading).textContent).toBe('Searching…');
    const failed = mount(
      <KnowledgeSearch query="erbil" results={[]} error="offline" onQuery={() => {}} t={t} />,
    );
    expect(status(failed).textContent).toBe('Search is unavailable: offline');
  });

  it('lists each claim with its verdict badge, the outlets counted once, in the summary line', () => {
    const root = mount(<KnowledgeSearch query="2025" results={results} onQuery={() => {}} t={t} />);
    expect(texts(root, '.cl-search__statement')).toEqual(results.map((r) => r.claim.statement));
    expect(texts(root, '.cl-badge')).toEqual(['Contradicted', 'Disputed', 'Single source']);
    expect(texts(root, '.cl-search__meta')).toEqual(['Contradicted', 'Disputed', 'Single source']);
    expect(texts(root, '.cl-search__item summary')).toEqual(results.map((r) => r.summary));
    expect(root.textContent).not.toMatch(/\d outlets?\b(?! (corroborate|contradict))/);
  });

  it('offers "Show all N" when the list is cut short, from the keyboard, and hands focus on', () => {
    const onShowAll = vi.fn();
    const short = results.slice(0, 2);
    const props = { query: 'rudaw', total: 3, onShowAll, onQuery: () => {}, t };
    const root = mount(<KnowledgeSearch {...props} results={short} />);
    expect(status(root).textContent).toBe('3 claims match; the best 2 are shown');
    const button = root.querySelector('button.cl-search__more') as HTMLButtonElement;
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('Show all 3');
    expect(button.tabIndex).toBe(0);
    act(() => {
      button.click();
    });
    expect(onShowAll).toHaveBeenCalledTimes(1);
    // The container answers with every match: the button goes, the status line announces the
    // new count, and focus moves to the first result that was not shown before.
    act(() => {
      render(<KnowledgeSearch {...props} results={results} />, root);
    });
    expect(root.querySelector('button.cl-search__more')).toBeNull();
    expect(status(root).textContent).toBe('3 claims match');
    const items = root.querySelectorAll('.cl-search__item');
    expect(items).toHaveLength(3);
    expect(document.activeElement).toBe(items[2]);
  });

  it('offers no "Show all" when every match is listed or no handler is given', () => {
    const all = mount(
      <KnowledgeSearch
        query="2025"
        results={results}
        total={3}
        onShowAll={() => {}}
        onQuery={() => {}}
        t={t}
      />,
    );
    expect(all.querySelector('button')).toBeNull();
    const noHandler = mount(
      <KnowledgeSearch query="rudaw" results={results} total={11} onQuery={() => {}} t={t} />,
    );
    expect(noHandler.querySelector('button')).toBeNull();
  });

  it('keeps the sources in a closed <details>, by side, with outlet, date, summary and link', () => {
    const root = mount(<KnowledgeSearch query="2025" results={results} onQuery={() => {}} t={t} />);
    const details = root.querySelector('.cl-search__item details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(endOf2025.summary);
    expect(details.querySelector('.cl-search__question')?.textContent).toBe(
      'When do the last US-led coalition troops leave Iraq? This claim: by the end of 2025',
    );
    expect(texts(details, '.cl-search__side')).toEqual(['Corroborating (1)', 'Contradicting (4)']);
    const [pro, con] = details.querySelectorAll('ul');
    expect(texts(pro as HTMLElement, '.cl-source__outlet')).toEqual(['Rudaw']);
    expect(texts(con as HTMLElement, '.cl-source__outlet')).toHaveLength(4);
    expect(texts(details, 'time')[0]).toBe('8 Sept 2024');
    expect(texts(details, '.cl-source__says')).toEqual(
      [...endOf2025.corroborating, ...endOf2025.contradicting].map((s) => s.says),
    );
    const links = Array.from(details.querySelectorAll('a'));
    expect(links).toHaveLength(5);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('leaves out a side no source is on', () => {
    const root = mount(
      <KnowledgeSearch query="2014" results={[single]} onQuery={() => {}} t={t} />,
    );
    expect(texts(root, '.cl-search__side')).toEqual(['Corroborating (1)']);
    expect(root.querySelector('.cl-search__question')).toBeNull();
  });

  it('renders markup in the query, a statement or a summary as literal text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const bad = resultOf(withSays(endOf2026, hostile));
    bad.claim.statement = hostile;
    const root = mount(
      <KnowledgeSearch query={hostile} results={[bad]} onQuery={() => {}} t={t} />,
    );
    expect(input(root).value).toBe(hostile);
    expect(root.querySelector('.cl-search__statement')?.textContent).toBe(hostile);
    expect(root.querySelector('.cl-source__says')?.textContent).toBe(hostile);
    const none = mount(<KnowledgeSearch query={hostile} results={[]} onQuery={() => {}} t={t} />);
    expect(status(none).textContent).toBe(`No claims match “${hostile}”`);
    for (const r of [root, none]) expect(r.querySelector('img, script')).toBeNull();
  });

  it('reports every edit, and Escape clears a filled field before it may close the popup', () => {
    const onQuery = vi.fn();
    const root = mount(<KnowledgeSearch query="erbil" results={[]} onQuery={onQuery} t={t} />);
    const field = input(root);
    act(() => {
      field.value = 'erbi';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onQuery).toHaveBeenLastCalledWith('erbi');
    const clear = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      field.dispatchEvent(clear);
    });
    expect(onQuery).toHaveBeenLastCalledWith('');
    expect(clear.defaultPrevented).toBe(true);

    const empty = vi.fn();
    const blank = mount(<KnowledgeSearch query="" results={[]} onQuery={empty} t={t} />);
    const passOn = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      input(blank).dispatchEvent(passOn);
    });
    expect(empty).not.toHaveBeenCalled();
    expect(passOn.defaultPrevented).toBe(false);
  });
});
