/**
 * Layout of the 24-hour chart: the node step line and hourly cost vs theoretical income
 * bars, with the off-peak window. Hours run from 0 (12:00 Beijing, 27 Feb) to 24. Pure.
 */
import { scaleLinear } from 'd3-scale';
import { line, curveStepAfter } from 'd3-shape';
import type { NodeStep } from '../data/deepseekDay';

export const DAY_MARGIN = { top: 12, right: 12, bottom: 28, left: 52 } as const;

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

export function dayScales(width: number, height: number, yMax: number) {
  const innerWidth = Math.max(120, width - DAY_MARGIN.left - DAY_MARGIN.right);
  const innerHeight = Math.max(60, height - DAY_MARGIN.top - DAY_MARGIN.bottom);
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
