import type { KnowledgeBase, Question } from '../engine/types';
import { formatSourceDate } from './format-date';
import { shortOutlet } from './outlet-name';
import { AXIS_LEFT, AXIS_RIGHT, AXIS_WIDTH, timeScale } from './time-axis';
import type { Translate } from './translate';
import { YearAxis } from './YearAxis';

/** One source on the picture: its answer (a row) and when it said so (a column). */
export type TimelinePoint = {
  claim: string;
  source: string;
  outlet: string;
  published: string;
  /** Index into `question.positions`. */
  row: number;
  says: string;
};

/**
 * Every source statement on `question`'s claims, as points: the sources are drawn at the
 * position their claim takes and at their own publication date. Sorted by date, then outlet.
 */
export function timelinePoints(kb: KnowledgeBase, question: Question): TimelinePoint[] {
  const published = new Map(kb.sources.map((s) => [s.id, s]));
  const points: TimelinePoint[] = [];
  for (const claim of kb.claims) {
    if (claim.position?.question !== question.id) continue;
    const row = question.positions.findIndex((p) => p.id === claim.position?.position);
    if (row < 0) continue;
    for (const statement of claim.sources) {
      const source = published.get(statement.source);
      if (!source) continue;
      points.push({
        claim: claim.id,
        source: source.id,
        outlet: source.outlet,
        published: source.published,
        row,
        says: statement.says,
      });
    }
  }
  return points.sort(
    (a, b) => a.published.localeCompare(b.published) || a.outlet.localeCompare(b.outlet),
  );
}

type Props = {
  question: Question;
  points: TimelinePoint[];
  t: Translate;
  /** The reader's locale for dates (undefined: the browser's). */
  locale?: string;
};

const AXIS_TOP = 50;
const ROW_LABEL = 22;
const DOT_STEP = 20;

/**
 * A picture of who says what and when on one disputed question: time runs left to right, one
 * band per answer; each source is a dot in its answer's band at its publication date, and the
 * announced milestones are dashed lines. Inline SVG with real text (no image, no HTML strings),
 * a title and a description; the table beside it carries the same facts for screen readers.
 */
export function Timeline({ question, points, t, locale }: Props) {
  const milestones = question.milestones ?? [];
  const dates = [...points.map((p) => p.published), ...milestones.map((m) => m.date)];
  const scale = timeScale(dates);
  if (!scale) return null;
  const { x } = scale;

  // One dot per source and answer (a source can back two claims with the same answer). Each
  // dot and its label take the first line of their band where they overlap no label already
  // there: sources a few weeks apart are drawn on separate lines, not written over each other.
  const dots = points.filter(
    (p, i) => points.findIndex((q) => q.row === p.row && q.source === p.source) === i,
  );
  const placed = layoutLabels(
    dots.map((p) => ({ row: p.row, x: x(p.published), label: shortOutlet(p.outlet) })),
  );
  const rowHeights = question.positions.map((_, row) => {
    const lines = Math.max(1, ...placed.filter((d) => d.row === row).map((d) => d.line + 1));
    return ROW_LABEL + lines * DOT_STEP + 8;
  });
  const rowTops = rowHeights.map(
    (_, i) => AXIS_TOP + 10 + rowHeights.slice(0, i).reduce((a, b) => a + b, 0),
  );
  const height = (rowTops.at(-1) ?? AXIS_TOP) + (rowHeights.at(-1) ?? 0) + 4;
  const titleId = `cl-timeline-title-${question.id}`;
  const descId = `cl-timeline-desc-${question.id}`;

  return (
    <svg
      class="cl-timeline"
      viewBox={`0 0 ${AXIS_WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{t('timelineTitle', question.text)}</title>
      <desc id={descId}>{t('timelineDesc')}</desc>
      <YearAxis scale={scale} top={AXIS_TOP} bottom={height} />
      {question.positions.map((position, row) => (
        <g key={position.id} class={`cl-timeline__row cl-timeline__row--${row % 4}`}>
          <rect
            x={AXIS_LEFT}
            y={rowTops[row]}
            width={AXIS_WIDTH - AXIS_LEFT - AXIS_RIGHT}
            height={(rowHeights[row] ?? 0) - 4}
            rx="4"
          />
          <text class="cl-timeline__answer" x={AXIS_LEFT + 6} y={(rowTops[row] ?? 0) + 15}>
            {position.label}
          </text>
        </g>
      ))}
      {milestones.map((m, i) => (
        <g key={m.date} class="cl-timeline__milestone">
          <line x1={x(m.date)} x2={x(m.date)} y1={AXIS_TOP + 4} y2={height} />
          {/* Alternate lines: milestones a few months apart would overlap on one. */}
          <text x={x(m.date)} y={i % 2 ? 26 : 12} text-anchor="middle">
            {formatSourceDate(m.date, locale)}
          </text>
        </g>
      ))}
      {dots.map((p, i) => {
        const { x: cx, line, label, flip } = placed[i] as PlacedLabel;
        const cy = (rowTops[p.row] ?? 0) + ROW_LABEL + line * DOT_STEP + DOT_STEP / 2;
        return (
          <g key={`${p.claim}-${p.source}`} class="cl-timeline__point">
            <title>{`${p.outlet}, ${formatSourceDate(p.published, locale)}`}</title>
            <circle cx={cx} cy={cy} r="5" />
            <text x={flip ? cx - 9 : cx + 9} y={cy + 4} text-anchor={flip ? 'end' : 'start'}>
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Width the picture allows a label's character (12 px text, a little over the average glyph). */
const CHAR_WIDTH = 7;
/** Room kept between two labels on one line. */
const LABEL_GAP = 8;

type LabelSpot = { row: number; x: number; label: string };
export type PlacedLabel = LabelSpot & {
  /** The line of its band the dot is drawn on, 0 the first. */
  line: number;
  /** The label is written left of the dot: right of it, it would leave the picture. */
  flip: boolean;
};

/**
 * Places each dot's label on the first line of its band where it overlaps no label placed
 * before it (dots come in date order, so a band fills left to right). A label that would run
 * past the axis's right end is written to the left of its dot instead.
 */
export function layoutLabels(spots: readonly LabelSpot[]): PlacedLabel[] {
  const taken = new Map<number, [number, number][][]>();
  const right = AXIS_WIDTH - AXIS_RIGHT;
  return spots.map((spot) => {
    const width = spot.label.length * CHAR_WIDTH;
    const flip = spot.x + 9 + width > right;
    const span: [number, number] = flip
      ? [spot.x - 9 - width, spot.x + 6]
      : [spot.x - 6, spot.x + 9 + width];
    const lines = taken.get(spot.row) ?? [];
    taken.set(spot.row, lines);
    let line = lines.findIndex((used) =>
      used.every(([a, b]) => span[1] + LABEL_GAP <= a || b + LABEL_GAP <= span[0]),
    );
    if (line < 0) line = lines.push([]) - 1;
    lines[line]?.push(span);
    return { ...spot, line, flip };
  });
}
