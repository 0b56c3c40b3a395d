/**
 * Plans and what came of them. A claim of kind "plan" (announced, scheduled, forecast) is
 * answered by later claims of kind "event" that name it in `fulfils`: carried out on time, late,
 * in a changed form, or not at all. One event may answer several plans, each with its own
 * outcome. A plan's card lists its events under "Since then", with their dates and sources; an
 * event's card names each plan it answers. The verdict alone would call a plan
 * "corroborated" for being well reported even when it was carried out months late, so the
 * plan's latest outcome travels with the match and the views word the verdict with it.
 */
import { viewOf } from './build-verdict';
import { plansAnswered } from './plans-answered';
import type {
  Claim,
  ClaimId,
  KnowledgeBase,
  PlanOutcome,
  PlanView,
  SinceView,
  SourceView,
  TimeView,
} from './types';

/**
 * How one later event answered a plan, in the words shown beside that event (a card's "Since
 * then", the plan an event's card answers, the story view's table, the CLI's text and the
 * ClaimReview explanation; the extension's copies are the step* messages, pinned equal by a
 * test). An event that breaks a plan is often a step done after the plan's date ("their exit
 * from a base completed" a month after "all gone by year's end"): "not done" beside it read as
 * a contradiction, so the words say what the event tells about the plan.
 */
export const STEP_WORDS: Record<PlanOutcome, string> = {
  'on-time': 'on time',
  late: 'late',
  changed: 'in another form',
  'not-done': 'shows it was still not done',
};

/** The events that name a plan in `fulfils`, in knowledge-base order. */
export type EventsFulfilling = (plan: ClaimId) => readonly Claim[];

/** The time view of any claim of one knowledge base (undefined for a claim with no kind). */
export type TimeViewer = (claim: Claim) => TimeView | undefined;

/**
 * Builds the time views of one knowledge base. `eventsOf` gives a plan's events (the matcher
 * passes the compiled table, so a card never reads every claim); `planOf` finds a plan by id.
 */
export function createTimeViewer(
  kb: KnowledgeBase,
  eventsOf: EventsFulfilling,
  planOf: (id: ClaimId) => Claim | undefined,
): TimeViewer {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const origins = new Map((kb.origins ?? []).map((o) => [o.id, o]));
  const view = (claim: Claim): SourceView[] =>
    claim.sources.map((st) => viewOf(st, 'corroborates', sources, origins));
  return (claim) => {
    if (claim.kind === undefined) return undefined;
    if (claim.kind === 'plan') {
      const since = sinceOf(claim.id, eventsOf(claim.id), view);
      const last = since[since.length - 1];
      return {
        kind: 'plan',
        ...(claim.due && { due: claim.due }),
        since,
        ...(last && { outcome: last.outcome }),
      };
    }
    const answers = plansAnswered(claim).flatMap(({ plan: id, outcome }): PlanView[] => {
      const plan = planOf(id);
      return plan
        ? [
            {
              claim: plan.id,
              statement: plan.statement,
              ...(plan.due && { due: plan.due }),
              outcome,
            },
          ]
        : [];
    });
    return {
      kind: 'event',
      ...(claim.happened && { happened: claim.happened }),
      ...(answers.length > 0 && { answers }),
    };
  };
}

/**
 * A plan's events as "Since then" entries, oldest first (a month sorts before the days in it),
 * each with the outcome it gives this plan (an event answering several gives each its own).
 */
function sinceOf(
  plan: ClaimId,
  events: readonly Claim[],
  view: (c: Claim) => SourceView[],
): SinceView[] {
  return events
    .flatMap((e): SinceView[] => {
      const answer = plansAnswered(e).find((a) => a.plan === plan);
      return answer && e.happened !== undefined
        ? [
            {
              claim: e.id,
              statement: e.statement,
              happened: e.happened,
              outcome: answer.outcome,
              sources: view(e),
            },
          ]
        : [];
    })
    .sort(byHappened);
}

/**
 * ISO dates compare as plain strings ("2025-11" before "2025-11-15" before "2025-12"). Not
 * `localeCompare`: its first call builds the locale's collator, about 12 ms on a cold page.
 */
function byHappened(a: SinceView, b: SinceView): number {
  return a.happened < b.happened ? -1 : a.happened > b.happened ? 1 : 0;
}

/**
 * The events of every plan of `kb`, read from the claims themselves: for callers that hold the
 * whole knowledge base (the CLI's ClaimReview export, the story view's search).
 */
export function timeViewerOf(kb: KnowledgeBase): TimeViewer {
  let viewer = viewers.get(kb);
  if (!viewer) {
    viewer = wholeKbViewer(kb);
    viewers.set(kb, viewer);
  }
  return viewer;
}

/** One viewer per knowledge base: a search builds many results from the same one. */
const viewers = new WeakMap<KnowledgeBase, TimeViewer>();

function wholeKbViewer(kb: KnowledgeBase): TimeViewer {
  const byId = new Map(kb.claims.map((c) => [c.id, c]));
  const events = new Map<ClaimId, Claim[]>();
  for (const c of kb.claims)
    for (const { plan } of plansAnswered(c)) events.set(plan, [...(events.get(plan) ?? []), c]);
  return createTimeViewer(
    kb,
    (plan) => events.get(plan) ?? [],
    (id) => byId.get(id),
  );
}
