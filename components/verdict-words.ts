import type { Match, PlanOutcome, TimeView, Verdict } from '../engine/types';
import type { Translate } from './translate';

const VERDICT_KEYS: Record<Verdict, string> = {
  corroborated: 'verdictCorroborated',
  disputed: 'verdictDisputed',
  contradicted: 'verdictContradicted',
  'single-source': 'verdictSingleSource',
};

/** The verdict's label ("Contradicted"), so the colour never carries the meaning alone. */
export function verdictLabel(verdict: Verdict, t: Translate): string {
  return t(VERDICT_KEYS[verdict]);
}

/**
 * The card's verdict line, worded here rather than in the engine so it can be translated: "3
 * outlets corroborate (2 independent reports) · 1 contradicts". The count of reports is given
 * only when it differs from the count of outlets.
 */
export function tallyLine(
  match: Pick<Match, 'corroborating' | 'contradicting' | 'origins'>,
  t: Translate,
): string {
  const pro = match.corroborating.length;
  const con = match.contradicting.length;
  const forSide =
    (pro === 1 ? t('tallyCorroborateOne') : t('tallyCorroborateMany', [String(pro)])) +
    reports(pro, match.origins.corroborating, t);
  const againstSide =
    con === 0
      ? t('tallyContradictNone')
      : (con === 1 ? t('tallyContradictOne') : t('tallyContradictMany', [String(con)])) +
        reports(con, match.origins.contradicting, t);
  return t('tallyJoin', [forSide, againstSide]);
}

function reports(outlets: number, origins: number, t: Translate): string {
  if (origins >= outlets) return '';
  if (origins === 1)
    return ` ${outlets === 2 ? t('tallyBothRelayOne') : t('tallyAllRelayOne', [String(outlets)])}`;
  return ` ${t('tallyIndependentReports', [String(origins)])}`;
}

/**
 * Says in words what a single-source verdict means, so a blue badge is never read as a finding:
 * one outlet, or several that all relay one report, and nothing else for or against.
 */
export function singleSourceNote(match: Pick<Match, 'corroborating'>, t: Translate): string {
  const outlets = match.corroborating.length;
  // The outlet that first published the report has no "via"; any other names it.
  const via = match.corroborating.find((s) => s.via)?.via;
  const named = via ? t('noteVia', [via]) : '';
  if (outlets <= 1) return t('noteSingleSource');
  if (outlets === 2) return t('noteSingleSourceBothRelay', [named]);
  return t('noteSingleSourceAllRelay', [String(outlets), named]);
}

const OUTCOME_KEYS: Record<PlanOutcome, string> = {
  'on-time': 'outcomeOnTime',
  late: 'outcomeLate',
  changed: 'outcomeChanged',
  'not-done': 'outcomeNotDone',
};

const STEP_KEYS = {
  'on-time': 'stepOnTime',
  late: 'stepLate',
  changed: 'stepChanged',
  'not-done': 'stepNotDone',
} as const satisfies Record<PlanOutcome, string>;

/**
 * How one later event answered a plan, in words ("late"), beside that event. A plan's first
 * step can come on time and its last late: the event says only how it itself came, and the
 * plan's tag (outcomeWords) what became of the whole plan, so the two never read as a conflict
 * ("Plan: carried out late" over "Aug 2025: carried out on time" did).
 */
export function stepWords(outcome: PlanOutcome, t: Translate): string {
  return t(STEP_KEYS[outcome]);
}

/** What became of a plan, in words ("carried out late"). */
export function outcomeWords(outcome: PlanOutcome, t: Translate): string {
  return t(OUTCOME_KEYS[outcome]);
}

/**
 * The words beside the verdict that put it in time: "Event", or for a plan what became of it
 * ("Plan: carried out late", "Plan: nothing reported since"). A plan's verdict says how well its
 * announcement is reported, not that it happened, so a plan's card never shows the verdict alone.
 */
export function kindTag(time: TimeView, t: Translate): string {
  if (time.kind === 'event') return t('kindEvent');
  return t('kindPlanOutcome', [time.outcome ? outcomeWords(time.outcome, t) : t('outcomePending')]);
}
