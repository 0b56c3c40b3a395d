import { describe, expect, it } from 'vitest';
import { shortOutlet } from '../../../components/outlet-name';
import { layoutLabels, Timeline, timelinePoints } from '../../../components/Timeline';
import { kb } from '../../../data/index';
import type { Question } from '../../../engine/types';
import { mount, texts } from './render';
import { t } from './translate';

const completion = kb.questions.find((q) => q.id === 'completion-date') as Question;

describe('timelinePoints', () => {
  it('puts each source of each claim on the question at its answer and publication date', () => {
    const points = timelinePoints(kb, completion);
    const rudaw = points.find((p) => p.source === 'rudaw');
    expect(rudaw).toMatchObject({ published: '2024-09-08', row: 0, claim: 'full-exit-end-2025' });
    expect(new Set(points.map((p) => p.row))).toEqual(new Set([0, 1]));
    const dates = points.map((p) => p.published);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('Timeline', () => {
  const root = mount(
    <Timeline question={completion} points={timelinePoints(kb, completion)} t={t} locale="en-GB" />,
  );
  const svg = root.querySelector('svg') as SVGSVGElement;

  it('is an image named by its title and described', () => {
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(svg.querySelector(`[id="${titleId}"]`)?.textContent).toBe(
      `Timeline: ${completion.text}`,
    );
    expect(svg.querySelector(`[id="${descId}"]`)?.tagName.toLowerCase()).toBe('desc');
  });

  it('draws the announced milestones from the data, in the reader’s date format', () => {
    expect(texts(svg, '.cl-timeline__milestone text')).toEqual([
      'Sept 2025',
      'Dec 2025',
      'Sept 2026',
      'Dec 2026',
    ]);
  });

  it('draws one band per answer and one dot per source and answer, left to right by date', () => {
    expect(texts(svg, '.cl-timeline__answer')).toEqual(completion.positions.map((p) => p.label));
    const dots = Array.from(svg.querySelectorAll('.cl-timeline__point'), (g) => ({
      outlet: g.querySelector('text')?.textContent,
      x: Number(g.querySelector('circle')?.getAttribute('cx')),
    }));
    const points = timelinePoints(kb, completion);
    const pairs = new Set(points.map((p) => `${p.row}:${p.source}`));
    // Some outlets back two claims with the same answer: they are still one dot.
    expect(points.length).toBeGreaterThan(pairs.size);
    expect(dots).toHaveLength(pairs.size);
    const saed = dots.find((d) => d.outlet === 'SaedNews')?.x ?? 0;
    const rudaw = dots.find((d) => d.outlet === 'Rudaw')?.x ?? 0;
    expect(saed).toBeGreaterThan(rudaw);
  });

  it('renders data as text, never as markup', () => {
    const hostile: Question = { ...completion, text: '<img src=x onerror=alert(1)>' };
    const r = mount(<Timeline question={hostile} points={[]} t={t} />);
    expect(r.querySelector('img')).toBeNull();
    expect(r.querySelector('title')?.textContent).toBe('Timeline: <img src=x onerror=alert(1)>');
  });
});

describe('layoutLabels', () => {
  it('puts a label on the first line of its band where it overlaps no other label', () => {
    const placed = layoutLabels([
      { row: 0, x: 100, label: 'The Morning Ledger' },
      { row: 0, x: 110, label: 'Harbour Post' },
      { row: 0, x: 400, label: 'Valley Courier' },
      { row: 1, x: 110, label: 'Harbour Post' },
      { row: 0, x: 120, label: 'Tide' },
    ]);
    expect(placed.map((p) => p.line)).toEqual([0, 1, 0, 0, 2]);
  });

  it('writes a label left of its dot when it would run past the right end of the axis', () => {
    const [near, far] = layoutLabels([
      { row: 0, x: 690, label: 'A Long Outlet Name' },
      { row: 0, x: 200, label: 'A Long Outlet Name' },
    ]);
    expect(near?.flip).toBe(true);
    expect(far?.flip).toBe(false);
  });
});

describe('shortOutlet', () => {
  it('drops the note in brackets after an outlet name, and keeps a name without one', () => {
    expect(shortOutlet('Evening Gazette (reprinting a wire story)')).toBe('Evening Gazette');
    expect(shortOutlet('Evening Gazette')).toBe('Evening Gazette');
  });
});

describe('Timeline labels', () => {
  it('on the completion question, no two labels on one line of a band overlap', () => {
    const r = mount(
      <Timeline question={completion} points={timelinePoints(kb, completion)} t={t} />,
    );
    const labels = Array.from(r.querySelectorAll('.cl-timeline__point text'), (el) => {
      const x = Number(el.getAttribute('x'));
      const w = (el.textContent ?? '').length * 7;
      const start = el.getAttribute('text-anchor') === 'end' ? x - w : x;
      return { y: el.getAttribute('y'), from: start, to: start + w };
    });
    for (const a of labels)
      for (const b of labels)
        if (a !== b && a.y === b.y) expect(a.to <= b.from || b.to <= a.from).toBe(true);
  });
});
