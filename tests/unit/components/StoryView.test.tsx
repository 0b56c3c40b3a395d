import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../../components/format-date';
import { planRows } from '../../../components/PlanAxis';
import { claimElementId, disputedQuestions, StoryView } from '../../../components/StoryView';
import { kb } from '../../../data/index';
import { mount, texts } from './render';
import { t } from './translate';

describe('StoryView', () => {
  it('pictures every question the sources answer differently, each with its table', () => {
    const root = mount(<StoryView kb={kb} search={null} t={t} locale="en-GB" />);
    const disputed = disputedQuestions(kb).map((d) => d.question.text);
    expect(disputed.length).toBeGreaterThanOrEqual(2);
    expect(texts(root, '.cl-story__question h3')).toEqual(disputed);
    for (const article of Array.from(root.querySelectorAll('.cl-story__question'))) {
      expect(article.querySelector('svg.cl-timeline')).not.toBeNull();
      const caption = article.querySelector('table caption')?.textContent ?? '';
      expect(caption).toBe(`Who says what, and when: ${article.querySelector('h3')?.textContent}`);
      expect(article.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(1);
    }
  });

  it('puts each table and picture in a scroll box of its own, named by its caption or title and reachable by keyboard when it scrolls', () => {
    const root = withContentWidth(800, 300, () =>
      mount(<StoryView kb={kb} search={null} t={t} locale="en-GB" />),
    );
    const tables = Array.from(root.querySelectorAll('table'));
    expect(tables.length).toBe(disputedQuestions(kb).length + (planRows(kb).length ? 1 : 0));
    for (const table of tables) {
      const box = table.parentElement as HTMLElement;
      expect(box.classList.contains('cl-story__scroll')).toBe(true);
      expect(box.tabIndex).toBe(0);
      const name = root.querySelector(`[id="${box.getAttribute('aria-labelledby')}"]`);
      expect(name).toBe(table.querySelector('caption'));
    }
    // The pictures too, named by their titles: they scroll rather than shrink their words.
    const pictures = Array.from(root.querySelectorAll('svg.cl-timeline, svg.cl-plans'));
    expect(pictures.length).toBe(tables.length);
    for (const svg of pictures) {
      const box = svg.closest('.cl-story__scroll') as HTMLElement;
      expect(box.tabIndex).toBe(0);
      expect(box.getAttribute('tabindex')).toBe('0');
      const name = root.querySelector(`[id="${box.getAttribute('aria-labelledby')}"]`);
      expect(name).toBe(svg.querySelector('title'));
    }
  });

  it('leaves a scroll box out of the Tab order when its content fits (a wide screen: nothing to scroll)', () => {
    const root = withContentWidth(700, 900, () =>
      mount(<StoryView kb={kb} search={null} t={t} locale="en-GB" />),
    );
    const boxes = Array.from(root.querySelectorAll('.cl-story__scroll'));
    expect(boxes.length).toBeGreaterThan(2);
    for (const box of boxes) {
      expect(box.hasAttribute('tabindex')).toBe(false);
      // Still a group named by its caption or title, for a screen reader's outline.
      expect(box.getAttribute('role')).toBe('group');
      expect(root.querySelector(`[id="${box.getAttribute('aria-labelledby')}"]`)).not.toBeNull();
    }
  });

  it('lists every claim with what each source says, and every source with its link', () => {
    const root = mount(<StoryView kb={kb} search={null} t={t} />);
    expect(texts(root, '.cl-story__statement')).toEqual(kb.claims.map((c) => c.statement));
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('.cl-story__sources a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(kb.sources.map((s) => s.url));
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      // The accessible name contains the visible text (axe label-in-name).
      expect(a.getAttribute('aria-label')).toContain(a.textContent ?? '');
    }
  });

  it('marks the deep-linked claim, and says so when the id is unknown', () => {
    const id = kb.claims[1]?.id as string;
    const root = mount(<StoryView kb={kb} focus={id} search={null} t={t} />);
    const marked = root.querySelectorAll('.cl-story__claim--focus');
    expect(marked).toHaveLength(1);
    expect(marked[0]?.id).toBe(claimElementId(id));
    expect(marked[0]?.getAttribute('tabindex')).toBe('-1');
    expect(root.querySelector('[role="alert"]')).toBeNull();

    const missing = mount(<StoryView kb={kb} focus="no-such-claim" search={null} t={t} />);
    expect(missing.querySelector('[role="alert"]')?.textContent).toBe(
      'There is no claim “no-such-claim” in the knowledge base.',
    );
  });
});

describe('StoryView: plans and what came of them', () => {
  it('draws plans and events on one time axis, with the same facts in a table', () => {
    const root = mount(<StoryView kb={kb} search={null} t={t} locale="en-GB" />);
    const section = root.querySelector('[aria-labelledby="cl-story-plans"]') as HTMLElement;
    expect(section.querySelector('h2')?.textContent).toBe('Plans and what came of them');
    const svg = section.querySelector('svg.cl-plans') as SVGElement;
    expect(svg.getAttribute('role')).toBe('img');
    const rows = planRows(kb);
    expect(svg.querySelectorAll('.cl-plans__plan').length).toBe(rows.filter((r) => r.due).length);
    expect(svg.querySelectorAll('.cl-plans__event').length).toBe(
      rows.reduce((n, r) => n + r.events.length, 0),
    );
    // A plan carried out late: its row in the table, then its events with their dates.
    const table = section.querySelector('table') as HTMLElement;
    const late = rows.find((r) => r.events.at(-1)?.outcome === 'late');
    const planRow = [...table.querySelectorAll('tr')].find(
      (tr) => tr.querySelector('th')?.textContent === late?.plan.statement,
    );
    expect(planRow?.textContent).toContain('carried out late');
    // Its events' rows say how each came ("late", "on time"), not the whole plan's fate again.
    expect(planRow?.nextElementSibling?.textContent).not.toContain('carried out');
  });

  it('names each mark of the plans picture in its tooltip: the plan and its date, the event, its date and how it came', () => {
    const root = mount(<StoryView kb={kb} search={null} t={t} locale="en-GB" />);
    const svg = root.querySelector('svg.cl-plans') as SVGElement;
    const rows = planRows(kb);
    const dated = rows.filter((r) => r.due);
    expect(texts(svg, '.cl-plans__plan > title')).toEqual(
      dated.map(
        (r) => `${r.plan.statement} (planned for ${formatSourceDate(r.due as string, 'en-GB')})`,
      ),
    );
    const late = rows.flatMap((r) => r.events).find((e) => e.outcome === 'late');
    if (!late) throw new Error('the pack needs a plan carried out late');
    expect(texts(svg, '.cl-plans__event > title')).toContain(
      `${formatSourceDate(late.happened, 'en-GB')}: late — ${late.claim.statement}`,
    );
  });

  it('orders plans by their date and each plan’s events oldest first', () => {
    const rows = planRows(kb);
    for (const r of rows) {
      const dates = r.events.map((e) => e.happened);
      expect(dates).toEqual([...dates].sort());
    }
    expect(rows.length).toBeGreaterThan(3);
  });

  it('draws an event that answers several plans on each plan’s row, with the outcome for that plan', () => {
    const rows = planRows(kb);
    const several = kb.claims.find((c) => Array.isArray(c.fulfils) && c.fulfils.length > 1);
    if (!several || !Array.isArray(several.fulfils))
      throw new Error('the pack needs such an event');
    for (const { plan, outcome } of several.fulfils) {
      const row = rows.find((r) => r.plan.id === plan);
      expect(row?.events.find((e) => e.claim.id === several.id)?.outcome, plan).toBe(outcome);
    }
    // The exit due by the end of 2025, answered by events of 2026 that find forces still there.
    const root = mount(<StoryView kb={kb} search={null} t={t} locale="en-GB" />);
    const exit = kb.claims.find((c) => c.id === 'full-exit-end-2025');
    const exitRow = [...root.querySelectorAll('.cl-story__table tr')].find(
      (tr) => tr.querySelector('th')?.textContent === exit?.statement,
    );
    expect(exitRow?.textContent).toContain('not carried out');
  });
});

/**
 * Runs `render` while every element reports a content width of `content` in a box `box` wide
 * (happy-dom lays nothing out: both are 0 otherwise), so the scroll boxes measure what a browser
 * would; the widths are restored afterwards.
 */
function withContentWidth(content: number, box: number, render: () => HTMLElement): HTMLElement {
  const proto = HTMLElement.prototype;
  const saved = ['scrollWidth', 'clientWidth'].map(
    (key) => [key, Object.getOwnPropertyDescriptor(proto, key)] as const,
  );
  Object.defineProperty(proto, 'scrollWidth', { configurable: true, get: () => content });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => box });
  try {
    return render();
  } finally {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, key, descriptor);
      else delete (proto as unknown as Record<string, unknown>)[key];
    }
  }
}
