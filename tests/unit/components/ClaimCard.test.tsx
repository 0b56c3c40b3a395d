import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../../components/ClaimCard';
import { endOf2025, endOf2026, finalApproval, formed2014, withSays } from './matches';
import { click, mount, texts } from './render';

const side = (root: HTMLElement, stance: 'corroborates' | 'contradicts') =>
  root.querySelector(`.cl-list--${stance}`) as HTMLElement;

describe('ClaimCard', () => {
  it('shows the statement, the verdict line and the value the sentence gives', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} />);
    expect(root.querySelector('h2')?.textContent).toBe(endOf2025.statement);
    expect(root.querySelector('.cl-card__summary')?.textContent).toBe(
      '1 outlet corroborates · 4 contradict (2 independent reports)',
    );
    expect(root.querySelector('.cl-card__value')?.textContent).toBe(
      'This sentence says: end of 2025',
    );
    expect(root.querySelector('.cl-badge')?.textContent).toBe('Contradicted');
  });

  it('puts each source on its side with outlet, date, summary and link', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} />);
    expect(texts(side(root, 'corroborates'), '.cl-source__outlet')).toEqual(['Rudaw']);
    expect(texts(side(root, 'contradicts'), '.cl-source__outlet')).toEqual([
      'Popular Resistance (republishing The Cradle)',
      'Dinar Opinions',
      'Clam Report',
      'SaedNews',
    ]);

    const rudaw = side(root, 'corroborates').querySelector('li') as HTMLElement;
    expect(rudaw.querySelector('time')?.textContent).toBe('8 Sep 2024');
    expect(rudaw.querySelector('time')?.getAttribute('datetime')).toBe('2024-09-08');
    expect(rudaw.querySelector('.cl-source__says')?.textContent).toBe(
      endOf2025.corroborating[0]?.says,
    );
    expect(rudaw.querySelector('.cl-source__attribution')?.textContent).toContain(
      'Sabhan Mullah Jiad',
    );
    const link = rudaw.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(endOf2025.corroborating[0]?.link);
    expect(link.getAttribute('href')).toContain('#:~:text=');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps month-only source dates at month precision', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} />);
    expect(texts(side(root, 'contradicts'), 'time')).toEqual([
      'Sep 2024',
      'Sep 2024',
      'Sep 2024',
      '17 Aug 2025',
    ]);
  });

  it('shows why a contradicting source disagrees when the disagreement is a value', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} />);
    expect(texts(side(root, 'contradicts'), '.cl-source__why')).toEqual([
      'Clam Report: end of 2026 — this statement: end of 2025',
      'SaedNews: September 2026 — this statement: end of 2025',
    ]);
    expect(texts(side(root, 'corroborates'), '.cl-source__why')).toEqual([]);
  });

  it('names the earlier report an outlet relays, and nothing for its own reporting', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} />);
    expect(texts(side(root, 'corroborates'), '.cl-source__via')).toEqual([]);
    const reuters = "via Reuters' report of September 2024, citing US and Iraqi sources";
    expect(texts(side(root, 'contradicts'), '.cl-source__via')).toEqual([
      reuters,
      reuters,
      reuters,
      "via the Iraqi News Agency's interview with Hussein Allawi, aide to PM al-Sudani (August 2025)",
    ]);
  });

  it('says plainly that a single-source statement has only one source', () => {
    const root = mount(<ClaimCard match={formed2014} onClose={() => {}} />);
    expect(root.querySelector('.cl-card__summary')?.textContent).toBe(
      '1 outlet corroborates · none contradicts',
    );
    expect(root.querySelector('.cl-card__note')?.textContent).toBe(
      'Only one source says this. No other source in the knowledge base confirms or contradicts it.',
    );
  });

  it('counts outlets that relay one report as a single source, and says which report', () => {
    const root = mount(<ClaimCard match={finalApproval} onClose={() => {}} />);
    expect(root.querySelector('.cl-badge')?.textContent).toBe('Single source');
    expect(root.querySelector('.cl-card__summary')?.textContent).toBe(
      '2 outlets corroborate (both relay one report) · none contradicts',
    );
    expect(root.querySelector('.cl-card__note')?.textContent).toBe(
      "Only one source says this: both outlets below relay the same report (Reuters' report of September 2024, citing US and Iraqi sources). No other source in the knowledge base confirms or contradicts it.",
    );
    expect(texts(side(root, 'corroborates'), '.cl-source__outlet')).toEqual([
      'Popular Resistance (republishing The Cradle)',
      'Clam Report',
    ]);
  });

  it('adds no single-source note to a disputed or contradicted statement', () => {
    for (const match of [endOf2025, endOf2026]) {
      const root = mount(<ClaimCard match={match} onClose={() => {}} />);
      expect(root.querySelector('.cl-card__note')).toBeNull();
    }
  });

  it('explains an empty side instead of leaving it blank', () => {
    const root = mount(<ClaimCard match={formed2014} onClose={() => {}} />);
    const contra = side(root, 'contradicts');
    expect(contra.querySelector('ul')).toBeNull();
    expect(contra.querySelector('.cl-list__empty')?.textContent).toBe(
      'No source in the knowledge base contradicts this statement.',
    );
    expect(contra.querySelector('h3')?.textContent).toBe('Contradicting (0)');
    expect(root.querySelector('.cl-badge')?.textContent).toBe('Single source');
  });

  it('is an accessible dialog that takes focus, with a close button that calls onClose', () => {
    const onClose = vi.fn();
    const root = mount(<ClaimCard match={endOf2026} onClose={onClose} />);
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.getAttribute('aria-label')).toBe(`Claimlight: ${endOf2026.statement}`);
    expect(document.activeElement).toBe(dialog);
    const close = root.querySelector('button.cl-card__close') as HTMLButtonElement;
    expect(close.getAttribute('aria-label')).toBe('Close');
    expect(close.tabIndex).toBe(0);
    click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    const root = mount(<ClaimCard match={endOf2026} onClose={onClose} />);
    act(() => {
      root
        .querySelector('.cl-card__close')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('renders markup in source text as literal text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> <b>bold</b>';
    const root = mount(<ClaimCard match={withSays(endOf2026, hostile)} onClose={() => {}} />);
    const says = root.querySelector('.cl-source__says') as HTMLElement;
    expect(says.textContent).toBe(hostile);
    expect(says.children).toHaveLength(0);
    expect(root.querySelector('script, img, b')).toBeNull();
  });
});
