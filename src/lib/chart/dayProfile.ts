/**
 * Layout of the 24-hour chart: the node step line and hourly cost vs theoretical income
 * bars, with the off-peak window. Hours run from 0 (12:00 Beijing, 27 Feb) to 24. Pure.
 */
import { scaleLinear } from 'd3-scale';
import { line, curveStepAfter } from 'd3-shape';
import type { NodeStep } from '../data/deepseekDay';

/** right: half of the last tick label ("12:00") fits inside the SVG. */
export const DAY_MARGIN = { top: 12, right: 18, bottom: 28, left: 52 } as const;

/** Cost of one hour [hour, hour+1): node-hours in it × GPUs × price. */
export function hourlyCost(schedule: NodeStep[], hour: number, gpusPerNode: number, gpuHourPrice: number): number {
  const nodeHours = schedule.reduce((sum, st) => {
    const overlap = Math.max(0, Math.min(st.end, hour + 1) - Math.max(st.start, hour));
    return sum + st.nodes * overlap;
  }, 0);
  return nodeHours * gpusPerNode * gpuHourPrice;
}

/** Step path of nodes in service. */
export function nodePath(schedule: NodeStep[], x: (h: number) => number, y: (n: number) => number): string {
  const last = schedule[schedule.length - 1];
  const points: [number, number][] = schedule.map((s) => [s.start, s.nodes]);
  if (last) points.push([last.end, last.nodes]);
  return (
    line<[number, number]>()
      .x((d) => round(x(d[0])))
      .y((d) => round(y(d[1])))
      .curve(curveStepAfter)(points) ?? ''
  );
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

export function dayScales(width: number, height: number, yMax: number, top: number = DAY_MARGIN.top) {
  const innerWidth = Math.max(120, width - DAY_MARGIN.left - DAY_MARGIN.right);
  const innerHeight = Math.max(60, height - top - DAY_MARGIN.bottom);
  const x = scaleLinear().domain([0, 24]).range([0, innerWidth]);
  const y = scaleLinear()
    .domain([0, Number.isFinite(yMax) && yMax > 0 ? yMax : 1])
    .nice(4)
    .range([innerHeight, 0]);
  return { x, y, innerWidth, innerHeight };
}

/** Tick hours every `every` hours, labelled as Beijing clock time. */
export function hourTicks(every: number): { hour: number; label: string }[] {
  const out: { hour: number; label: string }[] = [];
  for (let h = 0; h <= 24; h += every) {
    out.push({ hour: h, label: `${String((12 + h) % 24).padStart(2, '0')}:00` });
  }
  return out;
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Half the drawn width of the step line (stroke 2.5) plus a pixel of air. */
const LINE_HALF = 2.5;

/** Boxes covering the step line's segments, in plot pixels: each level and each riser. */
export function stepBoxes(schedule: NodeStep[], x: (h: number) => number, y: (n: number) => number): Rect[] {
  const out: Rect[] = [];
  schedule.forEach((s, i) => {
    const yy = y(s.nodes);
    out.push({ x0: x(s.start) - LINE_HALF, x1: x(s.end) + LINE_HALF, y0: yy - LINE_HALF, y1: yy + LINE_HALF });
    const next = schedule[i + 1];
    if (next) {
      const [a, b] = [yy, y(next.nodes)].sort((p, q) => p - q) as [number, number];
      out.push({ x0: x(s.end) - LINE_HALF, x1: x(s.end) + LINE_HALF, y0: a - LINE_HALF, y1: b + LINE_HALF });
    }
  });
  return out;
}

export interface AverageLabel {
  /** on: on the average line, which breaks for it; key: above the plot, beside a dash of the line. */
  place: 'on' | 'key';
  /** Text anchor point (end-anchored for 'on', start-anchored for 'key'), in plot pixels. */
  x: number;
  y: number;
  box: Rect;
  /** The dashed average line, as segments (broken around the label when it sits on the line). */
  segments: [number, number][];
}

/** Pixels of the top margin the key needs when the label cannot sit on the line. */
export const KEY_BAND = 16;

/**
 * Where the "Average 226.75 nodes" label goes: on its own dashed line, as far right as it
 * can, in a stretch where the step line neither runs through nor crosses it (the dashed line
 * breaks around it, and an opaque backing hides any gridline behind it); the chart's edges and
 * `avoid` (the off-peak label) are kept clear too. Where no stretch is long enough (a phone,
 * a long label), above the plot as a key, with a dash of the line: never crossed by anything.
 * `width` is the label's estimated width (generous, see geometry.textWidth).
 */
export function placeAverageLabel(opts: {
  schedule: NodeStep[];
  x: (h: number) => number;
  y: (n: number) => number;
  average: number;
  innerWidth: number;
  width: number;
  fontSize: number;
  avoid?: Rect[];
}): AverageLabel {
  const { schedule, x, y, average, innerWidth, width, fontSize } = opts;
  const ya = y(average);
  const half = fontSize * 0.75;
  const pad = 4;
  const blocked = [...stepBoxes(schedule, x, y), ...(opts.avoid ?? [])];
  const free = (b: Rect) => b.x0 >= 0 && b.x1 <= innerWidth && !blocked.some((o) => o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1);
  for (let end = innerWidth; end - width - 2 * pad >= 0; end -= 2) {
    const box = { x0: end - width - 2 * pad, x1: end, y0: ya - half, y1: ya + half };
    if (!free(box)) continue;
    const segments: [number, number][] = [
      [0, box.x0],
      [box.x1, innerWidth],
    ];
    return { place: 'on', x: round(end - pad), y: round(ya), box: roundBox(box), segments: segments.filter(([a, b]) => b - a > 1).map(([a, b]) => [round(a), round(b)]) };
  }
  // The key: a dash of the line and the label, in the band above the plot.
  const ky = -KEY_BAND / 2 - 2;
  return {
    place: 'key',
    x: 22,
    y: round(ky),
    box: roundBox({ x0: 0, x1: 22 + width, y0: ky - half, y1: ky + half }),
    segments: [[0, innerWidth]],
  };
}

function roundBox(b: Rect): Rect {
  return { x0: round(b.x0), y0: round(b.y0), x1: round(b.x1), y1: round(b.y1) };
}
