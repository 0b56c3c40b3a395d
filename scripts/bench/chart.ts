/**
 * The benchmark as a picture (bench-output/bench.svg): two panels side by side, cost against
 * article size and cost against knowledge-base size. Hand-written SVG, so the chart needs no
 * dependency and diffs as text.
 *
 * Both axes are logarithmic: sizes span 1.5k–50k words and 30–10,000 claims, costs span a few
 * milliseconds (a skipped off-topic page) to hundreds, and on a log scale a constant ratio (the
 * targets are ratios: busy ≤ 3× the floor) is a constant vertical gap.
 */

export type Point = { x: number; y: number; lo?: number; hi?: number };
export type Series = { label: string; color: string; dashed?: boolean; points: Point[] };
export type Panel = {
  title: string;
  xLabel: string;
  series: Series[];
  /** Shown instead of the plot when there is nothing to draw (e.g. the browser run failed). */
  note?: string;
};

const WIDTH = 1160;
const HEIGHT = 540;
const PANEL = { width: 480, height: 320, top: 80, left: [80, 650] };

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 1500 → "1.5k", 10000 → "10k", 30 → "30". */
export function shortNumber(n: number): string {
  if (n >= 1000) return `${Number((n / 1000).toFixed(1))}k`;
  return `${Number(n.toPrecision(3))}`;
}

/** Ticks of a log axis: 1, 2, 5 × powers of ten within [min, max]. */
function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++)
    for (const m of [1, 2, 5]) {
      const t = m * 10 ** e;
      if (t >= min && t <= max) ticks.push(t);
    }
  return ticks;
}

function renderPanel(panel: Panel, left: number): string {
  const { top, width, height } = PANEL;
  const out: string[] = [
    `<text x="${left}" y="${top - 30}" class="title">${escapeXml(panel.title)}</text>`,
    `<rect x="${left}" y="${top}" width="${width}" height="${height}" class="frame"/>`,
  ];
  const points = panel.series.flatMap((s) => s.points).filter((p) => p.y > 0);
  if (panel.note || points.length === 0) {
    out.push(
      `<text x="${left + width / 2}" y="${top + height / 2}" class="note" text-anchor="middle">${escapeXml(panel.note ?? 'no data')}</text>`,
    );
    return out.join('\n');
  }
  const xs = points.map((p) => p.x);
  const ys = points.flatMap((p) => [p.y, p.lo ?? p.y, p.hi ?? p.y]).filter((y) => y > 0);
  // Half a decade of margin on each side so points do not sit on the frame.
  const [x0, x1] = [Math.min(...xs) / 1.6, Math.max(...xs) * 1.6];
  const [y0, y1] = [Math.min(...ys) / 2, Math.max(...ys) * 2];
  const sx = (x: number) => left + (Math.log(x / x0) / Math.log(x1 / x0)) * width;
  const sy = (y: number) => top + height - (Math.log(y / y0) / Math.log(y1 / y0)) * height;

  for (const t of logTicks(y0, y1)) {
    const y = sy(t).toFixed(1);
    out.push(`<line x1="${left}" x2="${left + width}" y1="${y}" y2="${y}" class="grid"/>`);
    out.push(
      `<text x="${left - 6}" y="${y}" class="tick" text-anchor="end" dy="4">${shortNumber(t)}</text>`,
    );
  }
  // One tick per distinct label: 1,506 and 1,538 words are both "1.5k".
  const xTicks = new Map<string, number>();
  for (const t of xs.sort((a, b) => a - b))
    if (!xTicks.has(shortNumber(t))) xTicks.set(shortNumber(t), t);
  for (const t of xTicks.values()) {
    const x = sx(t).toFixed(1);
    out.push(`<line x1="${x}" x2="${x}" y1="${top}" y2="${top + height}" class="grid"/>`);
    out.push(
      `<text x="${x}" y="${top + height + 18}" class="tick" text-anchor="middle">${shortNumber(t)}</text>`,
    );
  }
  out.push(
    `<text x="${left + width / 2}" y="${top + height + 40}" class="label" text-anchor="middle">${escapeXml(panel.xLabel)} (log scale)</text>`,
    `<text transform="translate(${left - 50} ${top + height / 2}) rotate(-90)" class="label" text-anchor="middle">ms (log scale)</text>`,
  );

  panel.series.forEach((s, i) => {
    const pts = s.points.filter((p) => p.y > 0).sort((a, b) => a.x - b.x);
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    if (pts.length > 1)
      out.push(
        `<polyline points="${pts.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>`,
      );
    for (const p of pts) {
      const x = sx(p.x).toFixed(1);
      if (p.lo !== undefined && p.hi !== undefined && p.lo > 0)
        out.push(
          `<line x1="${x}" x2="${x}" y1="${sy(p.lo).toFixed(1)}" y2="${sy(p.hi).toFixed(1)}" stroke="${s.color}" stroke-width="1.5"/>`,
        );
      out.push(
        `<circle cx="${x}" cy="${sy(p.y).toFixed(1)}" r="3.5" fill="${s.color}"><title>${escapeXml(`${s.label}: ${shortNumber(p.x)} → ${p.y.toFixed(1)} ms`)}</title></circle>`,
      );
    }
    // Legend under the panel, two columns, so it never hides a point.
    const lx = left + (i % 2) * (width / 2);
    const ly = top + height + 66 + Math.floor(i / 2) * 18;
    out.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${dash}/>`,
      `<text x="${lx + 30}" y="${ly}" class="legend">${escapeXml(s.label)}</text>`,
    );
  });
  return out.join('\n');
}

export function renderChart(title: string, panels: [Panel, Panel], footnote: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif">
<style>
  .title { font-size: 15px; font-weight: 600; fill: #222; }
  .label { font-size: 12px; fill: #444; }
  .tick { font-size: 11px; fill: #555; }
  .legend { font-size: 11.5px; fill: #222; }
  .note { font-size: 14px; fill: #a33; }
  .foot { font-size: 11px; fill: #666; }
  .frame { fill: #fff; stroke: #bbb; }
  .grid { stroke: #eee; }
</style>
<rect width="100%" height="100%" fill="#fafafa"/>
<text x="${PANEL.left[0]}" y="28" class="title" style="font-size: 18px">${escapeXml(title)}</text>
${renderPanel(panels[0], PANEL.left[0] as number)}
${renderPanel(panels[1], PANEL.left[1] as number)}
<text x="${PANEL.left[0]}" y="${HEIGHT - 8}" class="foot">${escapeXml(footnote)}</text>
</svg>
`;
}
