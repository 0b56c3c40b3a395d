import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../../components/ClaimCard';
import type { Match } from '../../../engine/types';
import { endOf2025, endOf2026, finalApproval, formed2014, withSays } from './matches';
import { click, mount, texts } from './render';
import { t } from './translate';

/** The card's words and date format for a reader whose browser is set to British English. */
const ui = { t, locale: 'en-GB', dir: 'ltr' } as const;

const side = (root: HTMLElement, stance: 'corroborates' | 'contradicts') =>
  root.querySelector(`.cl-list--${stance}`) as HTMLElement;

describe('ClaimCard', () => {
  it('shows the statement, the verdict line and the value the sentence gives', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
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
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
    expect(texts(side(root, 'corroborates'), '.cl-source__outlet')).toEqual(['Rudaw']);
    expect(texts(side(root, 'contradicts'), '.cl-source__outlet')).toEqual([
      'Popular Resistance (republishing The Cradle)',
      'Dinar Opinions',
      'Clam Report',
      'SaedNews',
    ]);

    const rudaw = side(root, 'corroborates').querySelector('li') as HTMLElement;
    expect(rudaw.querySelector('time')?.textContent).toBe('8 Sept 2024');
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
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
    expect(texts(side(root, 'contradicts'), 'time')).toEqual([
      'Sept 2024',
      'Sept 2024',
      'Sept 2024',
      '17 Aug 2025',
    ]);
  });

  it('shows why a contradicting source disagrees when the disagreement is a value', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
    expect(texts(side(root, 'contradicts'), '.cl-source__why')).toEqual([
      'Clam Report: end of 2026 — this statement: end of 2025',
      'SaedNews: September 2026 — this statement: end of 2025',
    ]);
    expect(texts(side(root, 'corroborates'), '.cl-source__why')).toEqual([]);
  });

  it('names an outlet without its bracketed note in the line saying why it disagrees (its head gives the name whole)', () => {
    const first = endOf2025.contradicting.find((s) => s.disagreement);
    if (!first?.disagreement)
      throw new Error('the fixture needs a source that disagrees on a value');
    const renamed = { ...first, outlet: 'Evening Gazette (reprinting a wire story)' };
    const match: Match = {
      ...endOf2025,
      contradicting: endOf2025.contradicting.map((s) => (s === first ? renamed : s)),
    };
    const root = mount(<ClaimCard match={match} onClose={() => {}} {...ui} />);
    const item = Array.from(side(root, 'contradicts').querySelectorAll('.cl-source')).find(
      (li) => li.querySelector('.cl-source__outlet')?.textContent === renamed.outlet,
    );
    expect(item?.querySelector('.cl-source__why')?.textContent).toBe(
      `Evening Gazette: ${first.disagreement.theirs} — this statement: ${first.disagreement.ours}`,
    );
  });

  it('names the earlier report an outlet relays, and nothing for its own reporting', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
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
    const root = mount(<ClaimCard match={formed2014} onClose={() => {}} {...ui} />);
    expect(root.querySelector('.cl-card__summary')?.textContent).toBe(
      '1 outlet corroborates · none contradicts',
    );
    expect(root.querySelector('.cl-card__note')?.textContent).toBe(
      'Only one source says this. No other source in the knowledge base confirms or contradicts it.',
    );
  });

  it('counts outlets that relay one report as a single source, and says which report', () => {
    const root = mount(<ClaimCard match={finalApproval} onClose={() => {}} {...ui} />);
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
      const root = mount(<ClaimCard match={match} onClose={() => {}} {...ui} />);
      expect(root.querySelector('.cl-card__note')).toBeNull();
    }
  });

  it('explains an empty side instead of leaving it blank', () => {
    const root = mount(<ClaimCard match={formed2014} onClose={() => {}} {...ui} />);
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
    const root = mount(<ClaimCard match={endOf2026} onClose={onClose} {...ui} />);
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.getAttribute('aria-label')).toBe(`Claimlight: ${endOf2026.statement}`);
    expect(document.activeElement).toBe(dialog);
    const close = root.querySelector('button.cl-card__close') as HTMLButtonElement;
    expect(close.hasAttribute('aria-label')).toBe(false);
    expect(close.querySelector('.cl-visually-hidden')?.textContent).toBe('Close');
    expect(close.querySelector('[aria-hidden="true"]')?.textContent).toBe('×');
    expect(close.tabIndex).toBe(0);
    click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    const root = mount(<ClaimCard match={endOf2026} onClose={onClose} {...ui} />);
    act(() => {
      root
        .querySelector('.cl-card__close')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('renders markup in source text as literal text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> <b>bold</b>';
    const root = mount(
      <ClaimCard match={withSays(endOf2026, hostile)} onClose={() => {}} {...ui} />,
    );
    const says = root.querySelector('.cl-source__says') as HTMLElement;
    expect(says.textContent).toBe(hostile);
    expect(says.children).toHaveLength(0);
    expect(root.querySelector('script, img, b')).toBeNull();
  });

  it('is modal, named by its statement and described by its verdict and tally', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const described = (dialog.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual([
      'Contradicted',
      '1 outlet corroborates · 4 contradict (2 independent reports)',
    ]);
    // lang is the language of the words (English messages), the dates carry the reader's.
    expect(dialog.getAttribute('lang')).toBe('en');
    expect(root.querySelector('time')?.getAttribute('lang')).toBe('en-GB');
    expect(dialog.getAttribute('dir')).toBe('ltr');
  });

  it('adds no landmark to the page: no header, section, nav, main or aside', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
    expect(
      root.querySelector('header, footer, section, nav, main, aside, [role="region"]'),
    ).toBeNull();
  });

  it('gives each source link a name that starts with its visible words', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
    const links = Array.from(root.querySelectorAll('a.cl-source__link'));
    expect(links.length).toBe(5);
    for (const link of links) {
      expect(link.hasAttribute('aria-label')).toBe(false);
      const visible = Array.from(link.childNodes)
        .filter(
          (n) =>
            !(
              n instanceof Element &&
              (n.matches('.cl-visually-hidden') || n.getAttribute('aria-hidden'))
            ),
        )
        .map((n) => n.textContent)
        .join('')
        .trim();
      expect(visible).toBe('Read at this passage');
      expect(link.textContent?.replace(/\s+/g, ' ')).toMatch(
        /^Read at this passage in .+, opens in a new tab ↗$/,
      );
    }
  });

  it("words dates in the reader's locale", () => {
    const root = mount(
      <ClaimCard match={endOf2025} onClose={() => {}} t={t} locale="en-US" dir="ltr" />,
    );
    expect(texts(side(root, 'contradicts'), 'time').at(-1)).toBe('Aug 17, 2025');
    const de = mount(
      <ClaimCard match={endOf2025} onClose={() => {}} t={t} locale="de" dir="ltr" />,
    );
    expect(texts(side(de, 'corroborates'), 'time')).toEqual(['8. Sept. 2024']);
  });

  it('keeps Tab and Shift+Tab inside the card', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    const controls = Array.from(dialog.querySelectorAll<HTMLElement>('button, a[href]'));
    const first = controls[0] as HTMLElement;
    const last = controls.at(-1) as HTMLElement;
    const tab = (shiftKey: boolean) => {
      const event = new KeyboardEvent('keydown', {
        key: 'Tab',
        shiftKey,
        bubbles: true,
        cancelable: true,
      });
      act(() => {
        (document.activeElement as HTMLElement).dispatchEvent(event);
      });
      return event.defaultPrevented;
    };
    // Focus starts on the dialog; Shift+Tab from there wraps to the last link, not the page.
    expect(document.activeElement).toBe(dialog);
    expect(tab(true)).toBe(true);
    expect(document.activeElement).toBe(last);
    // Tab from the last control wraps to the close button.
    expect(tab(false)).toBe(true);
    expect(document.activeElement).toBe(first);
    // Shift+Tab from the first control wraps to the last.
    expect(tab(true)).toBe(true);
    expect(document.activeElement).toBe(last);
    // In between, the browser's own order is left alone.
    first.focus();
    expect(tab(false)).toBe(false);
  });
});

describe('ClaimCard: the whole story', () => {
  const ui = { t, locale: 'en-GB', dir: 'ltr' as const };

  it('offers "See the whole story" when the container can open it, and asks it to', () => {
    const onOpenStory = vi.fn();
    const root = mount(
      <ClaimCard match={endOf2025} onClose={() => {}} onOpenStory={onOpenStory} {...ui} />,
    );
    const button = root.querySelector('.cl-card__story');
    expect(button?.textContent).toBe('See the whole story');
    click(button);
    expect(onOpenStory).toHaveBeenCalledTimes(1);
  });

  it('shows no such button without one', () => {
    const root = mount(<ClaimCard match={endOf2025} onClose={() => {}} {...ui} />);
    expect(root.querySelector('.cl-card__story')).toBeNull();
  });
});
