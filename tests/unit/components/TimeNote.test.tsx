import { describe, expect, it } from 'vitest';
import { ClaimCard } from '../../../components/ClaimCard';
import { PageSummary } from '../../../components/PageSummary';
import { byDue } from '../../../components/TimeNote';
import type { Match, PlanView } from '../../../engine/types';
import plan from '../../fixtures/matches/first-phase-plan-since.json';
import event from '../../fixtures/matches/handover-event-late.json';
import { mount, texts } from './render';
import { t } from './translate';

const ui = { t, locale: 'en-GB', dir: 'ltr' } as const;
const planMatch = plan as Match;
const eventMatch = event as Match;

describe('a plan’s card', () => {
  it('never shows the verdict alone: the tag beside it says what became of the plan', () => {
    const root = mount(<ClaimCard match={planMatch} onClose={() => {}} {...ui} />);
    expect(root.querySelector('.cl-card__kind')?.textContent).toBe('Plan: carried out late');
    // The dialog's description reads the tag with the verdict.
    const kindId = root.querySelector('.cl-card__kind')?.id ?? '';
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-describedby')).toContain(
      kindId,
    );
  });

  it('lists under "Since then" each later event with its date, outcome and outlets', () => {
    const root = mount(<ClaimCard match={planMatch} onClose={() => {}} {...ui} />);
    const section = root.querySelector('.cl-time') as HTMLElement;
    expect(section.querySelector('h3')?.textContent).toBe('Since then');
    const items = [...section.querySelectorAll('.cl-time__event')];
    expect(items.length).toBe(planMatch.time?.since?.length);
    const first = planMatch.time?.since?.[0];
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe(first?.happened);
    // Each event says how it itself came; the tag says what became of the whole plan.
    expect(texts(section, '.cl-time__outcome')).toEqual(
      (planMatch.time?.since ?? []).map(
        (s) =>
          ({
            'on-time': 'on time',
            late: 'late',
            changed: 'in another form',
            'not-done': 'shows it was still not done',
          })[s.outcome],
      ),
    );
    expect(texts(section, '.cl-time__statement')[0]).toBe(first?.statement);
    const links = [...section.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('tells apart two reports of one event by the same outlet by their dates', () => {
    const since = planMatch.time?.since ?? [];
    const [a, b] = since[0]?.sources ?? [];
    if (!a || !b || !since[0]) throw new Error('the fixture needs an event with two sources');
    const twice = {
      ...planMatch,
      time: {
        kind: 'plan' as const,
        since: [
          {
            ...since[0],
            sources: [
              { ...a, outlet: 'Harbour Post', published: '2025-03-02' },
              { ...b, outlet: 'Harbour Post', published: '2025-05' },
            ],
          },
        ],
      },
    };
    const root = mount(<ClaimCard match={twice} onClose={() => {}} {...ui} />);
    const names = [...root.querySelectorAll('.cl-time__sources a')].map(
      (el) => el.firstChild?.textContent,
    );
    expect(names).toEqual(['Harbour Post (2 Mar 2025)', 'Harbour Post (May 2025)']);
    // An outlet named once keeps its plain name.
    const plain = mount(<ClaimCard match={planMatch} onClose={() => {}} {...ui} />);
    const first = plain.querySelector('.cl-time__sources a')?.firstChild?.textContent;
    expect(first).toBe(since[0].sources[0]?.outlet);
  });

  it('says so when nothing is reported yet', () => {
    const pending = { ...planMatch, time: { kind: 'plan' as const, since: [] } };
    const root = mount(<ClaimCard match={pending} onClose={() => {}} {...ui} />);
    expect(root.querySelector('.cl-card__kind')?.textContent).toBe('Plan: nothing reported since');
    expect(root.querySelector('.cl-time__empty')).not.toBeNull();
  });
});

describe('an event’s card', () => {
  it('names the plan it answers, its date and how', () => {
    const root = mount(<ClaimCard match={eventMatch} onClose={() => {}} {...ui} />);
    expect(root.querySelector('.cl-card__kind')?.textContent).toBe('Event');
    const note = root.querySelector('.cl-time') as HTMLElement;
    expect(note.querySelector('h3')?.textContent).toBe('The plan it answers');
    expect(note.textContent).toContain(eventMatch.time?.answers?.[0]?.statement ?? '?');
    expect(note.textContent).toContain('planned for Dec 2025');
    expect(note.querySelector('.cl-time__outcome')?.textContent).toBe('late');
    expect(note.querySelector('ul')).toBeNull();
  });

  it('names each plan when it answers several, under a plural heading, each with its outcome', () => {
    const [first] = eventMatch.time?.answers ?? [];
    if (!first) throw new Error('the fixture needs an event that answers a plan');
    const two: Match = {
      ...eventMatch,
      time: {
        kind: 'event',
        happened: '2026-01-17',
        answers: [
          first,
          {
            claim: 'harbour-closed-by-2025',
            statement: 'The old harbour closes to ferries by the end of 2025.',
            due: '2025-12',
            outcome: 'not-done',
          },
        ],
      },
    };
    const root = mount(<ClaimCard match={two} onClose={() => {}} {...ui} />);
    const note = root.querySelector('.cl-time') as HTMLElement;
    expect(note.querySelector('h3')?.textContent).toBe('The plans it answers');
    expect(note.getAttribute('aria-label')).toBe('The plans it answers');
    const items = [...note.querySelectorAll('li.cl-time__plan')];
    expect(items.length).toBe(2);
    expect(items[0]?.textContent).toContain(first.statement);
    expect(items[1]?.textContent).toContain(
      'The old harbour closes to ferries by the end of 2025.',
    );
    expect(texts(note, '.cl-time__outcome')).toEqual(['late', 'shows it was still not done']);
  });
});

describe('the plans an event answers', () => {
  const planView = (claim: string, due?: string): PlanView => ({
    claim,
    statement: `The ${claim} plan.`,
    ...(due && { due }),
    outcome: 'late',
  });

  it('are listed in the order of their dates, whatever the order they come in', () => {
    const match: Match = {
      ...eventMatch,
      time: {
        kind: 'event',
        happened: '2026-01-17',
        answers: [
          planView('december', '2025-12'),
          planView('september', '2025-09'),
          planView('undated'),
        ],
      },
    };
    const root = mount(<ClaimCard match={match} onClose={() => {}} {...ui} />);
    expect(texts(root, 'li.cl-time__plan').map((s) => s.split('.')[0])).toEqual([
      'The september plan',
      'The december plan',
      'The undated plan',
    ]);
  });

  it('keep their order when they share a date or set none', () => {
    const same = [planView('a', '2025-12'), planView('b', '2025-12'), planView('c'), planView('d')];
    expect(byDue(same).map((p) => p.claim)).toEqual(['a', 'b', 'c', 'd']);
    // A month sorts before the days of that month, as the card's other lists.
    expect(
      byDue([planView('day', '2025-09-30'), planView('month', '2025-09')]).map((p) => p.claim),
    ).toEqual(['month', 'day']);
  });
});

describe('the popup', () => {
  it('says of each statement whether it is a plan or an event', () => {
    const root = mount(<PageSummary matches={[planMatch, eventMatch]} onSelect={() => {}} t={t} />);
    expect(texts(root, '.cl-summary__kind').sort()).toEqual(['Event', 'Plan: carried out late']);
  });
});
