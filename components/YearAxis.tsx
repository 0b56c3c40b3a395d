import { AXIS_LEFT, AXIS_RIGHT, AXIS_WIDTH, type TimeScale } from './time-axis';

type Props = {
  scale: TimeScale;
  /** The axis line's height in the picture; the year ticks run from it to `bottom`. */
  top: number;
  bottom: number;
};

/** The year axis of the story view's time pictures: a line, a tick at each year's start, its label. */
export function YearAxis({ scale: { x, years }, top, bottom }: Props) {
  return (
    <g class="cl-timeline__axis">
      <line x1={AXIS_LEFT} x2={AXIS_WIDTH - AXIS_RIGHT} y1={top} y2={top} />
      {years.map((year) => (
        <g key={year}>
          <line x1={x(`${year}-01`)} x2={x(`${year}-01`)} y1={top - 4} y2={bottom} />
          {/* The last year closes the axis: its label goes left of its tick, inside the box. */}
          <text
            x={x(`${year}-01`) + (year === years.at(-1) ? -3 : 3)}
            y={top - 6}
            text-anchor={year === years.at(-1) ? 'end' : 'start'}
          >
            {year}
          </text>
        </g>
      ))}
    </g>
  );
}
