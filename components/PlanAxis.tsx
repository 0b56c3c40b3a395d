import type { Claim, KnowledgeBase, PlanOutcome } from '../engine/types';
import { formatSourceDate } from './format-date';
import { ScrollBox } from './ScrollBox';
import { AXIS_LEFT, AXIS_WIDTH, timeScale } from './time-axis';
import type { Translate } from './translate';
import { outcomeWords, stepWords } from './verdict-words';
import { YearAxis } from './YearAxis';

/** One plan of the knowledge base with the events that answer it, as the axis draws a row. */
export type PlanRow = {
  plan: Claim;
  /** The plan's own date, if it set one. */
  due?: string;
  events: { claim: Claim; happened: string; outcome: PlanOutcome }[];
};

/**
 * The plans that set a date or that a later event answers, in the order of their dates, each
 * with its events oldest first. Plain data from the knowledge base: the view only lays it out.
 */
export function planRows(kb: KnowledgeBase): PlanRow[] {
  const events = new Map<string, PlanRow['events']>();
  for (const c of kb.claims) {
    if (c.kind !== 'event' || !c.happened || !c.fulfils) continue;
    // One plan, or a list when the event answers several: it is drawn on each plan's row.
    for (const { plan, outcome } of Array.isArray(c.fulfils) ? c.fulfils : [c.fulfils])
      events.set(plan, [...(events.get(plan) ?? []), { claim: c, happened: c.happened, outcome }]);
  }
  return kb.claims
    .filter((c) => c.kind === 'plan' && (c.due || events.has(c.id)))
    .map((plan) => ({
      plan,
      ...(plan.due && { due: plan.due }),
      events: [...(events.get(plan.id) ?? [])].sort((a, b) => a.happened.localeCompare(b.happened)),
    }))
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)));
}

function firstDate(row: PlanRow): string {
  return row.due ?? row.events[0]?.happened ?? '';
}

type Props = {
  rows: PlanRow[];
  t: Translate;
  locale?: string;
};

const AXIS_TOP = 24;
const ROW = 44;

/**
 * Plans and events on one time axis: one row per plan, its date a hollow diamond, each event
 * answering it a filled dot at the date it happened, joined to the plan by a line, so a plan
 * carried out months late shows as a long line. Inline SVG with real text and a description; the
 * table after it carries the same facts for screen readers.
 */
export function PlanAxis({ rows, t, locale }: Props) {
  const dates = rows.flatMap((r) => [
    ...(r.due ? [r.due] : []),
    ...r.events.map((e) => e.happened),
  ]);
  const scale = timeScale(dates);
  if (!scale) return null;
  const { x } = scale;
  const height = AXIS_TOP + 10 + rows.length * ROW;
  return (
    <>
      <ScrollBox labelledBy="cl-plans-title">
        <svg
          class="cl-plans"
          viewBox={`0 0 ${AXIS_WIDTH} ${height}`}
          width="100%"
          role="img"
          aria-labelledby="cl-plans-title cl-plans-desc"
        >
          <title id="cl-plans-title">{t('storyPlansTitle')}</title>
          <desc id="cl-plans-desc">{t('storyPlansDesc')}</desc>
          <YearAxis scale={scale} top={AXIS_TOP} bottom={height} />
          {rows.map((r, i) => {
            const y = AXIS_TOP + 10 + i * ROW + 28;
            const anchorX = r.due ? x(r.due) : undefined;
            return (
              <g key={r.plan.id}>
                {/* Clear of the first year line, which the label's halo would cut. */}
                <text x={AXIS_LEFT + 6} y={y - 14}>
                  {shorten(r.plan.statement)}
                </text>
                {anchorX !== undefined &&
                  r.events.map((e) => (
                    <line
                      key={`l-${e.claim.id}`}
                      class="cl-plans__link"
                      x1={anchorX}
                      x2={x(e.happened)}
                      y1={y}
                      y2={y}
                    />
                  ))}
                {anchorX !== undefined && (
                  <g class="cl-plans__plan">
                    {/* Tooltips: the picture's marks carry no words of their own. */}
                    <title>{`${r.plan.statement} (${t('fulfilsDue', formatSourceDate(r.due as string, locale))})`}</title>
                    <path
                      d={`M${anchorX} ${y - 6} L${anchorX + 6} ${y} L${anchorX} ${y + 6} L${anchorX - 6} ${y} Z`}
                    />
                  </g>
                )}
                {r.events.map((e) => (
                  <g key={e.claim.id} class="cl-plans__event">
                    <title>{`${formatSourceDate(e.happened, locale)}: ${stepWords(e.outcome, t)} — ${e.claim.statement}`}</title>
                    <circle cx={x(e.happened)} cy={y} r="5" />
                  </g>
                ))}
              </g>
            );
          })}
        </svg>
      </ScrollBox>
      <ScrollBox labelledBy="cl-plans-caption">
        <table class="cl-story__table">
          <caption id="cl-plans-caption">{t('storyPlansCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('storyPlansPlan')}</th>
              <th scope="col">{t('storyPlansDate')}</th>
              <th scope="col">{t('storyPlansOutcome')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((r) => [
              <tr key={r.plan.id}>
                <th scope="row">{r.plan.statement}</th>
                <td>{r.due && <time dateTime={r.due}>{formatSourceDate(r.due, locale)}</time>}</td>
                <td>
                  {/* The plan's row says what became of the whole plan (its latest event's
                      outcome, as its card's tag does); each event's row how that event came. */}
                  {r.events.length
                    ? outcomeWords(r.events[r.events.length - 1]?.outcome ?? 'on-time', t)
                    : t('outcomePending')}
                </td>
              </tr>,
              ...r.events.map((e) => (
                <tr key={`${r.plan.id}-${e.claim.id}`} class="cl-plans__event-row">
                  <td>{e.claim.statement}</td>
                  <td>
                    <time dateTime={e.happened}>{formatSourceDate(e.happened, locale)}</time>
                  </td>
                  <td>{stepWords(e.outcome, t)}</td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}

/** A plan's statement cut to fit one line of the picture (the table has it whole). */
function shorten(text: string, max = 110): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
