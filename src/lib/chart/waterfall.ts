/**
 * Layout of the revenue waterfall: theoretical revenue, one floating bar per caveat,
 * the revenue left, and the cost line. Pure: numbers in, rectangles out.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { RevenueStep, StepId } from '../model/inferenceEconomics';

export type BarId = StepId | 'remaining';

export interface WaterfallBar {
  id: BarId;
  /** 'total' bars stand on zero; 'change' bars float between two levels. */
  type: 'total' | 'change';
  x: number;
  width: number;
  y: number;
  height: number;
  /** Value shown on the bar (the total, or the signed change). */
  value: number;
  /** Level before and after, for connectors. */
  from: number;
  to: number;
}

export interface WaterfallLayout {
  bars: WaterfallBar[];
  costY: number;
  zeroY: number;
  ticks: { value: number; y: number }[];
  innerWidth: number;
  innerHeight: number;
}

/**
 * Which caveat steps the reader has applied. A step not applied is no "$0" saving: the chart
 * says "not applied" there, so DeepSeek's published case (no caveat) reads as what it is.
 */
export function caveatsApplied(i: { v3Pct: number; freePct: number; offPeak: boolean }): Record<StepId, boolean> {
  return { theoretical: true, v3: i.v3Pct > 0, free: i.freePct > 0, offPeak: i.offPeak === true };
}

/** True when no caveat is applied: DeepSeek's own published case. */
export function isPublishedCase(applied: Record<StepId, boolean>): boolean {
  return !applied.v3 && !applied.free && !applied.offPeak;
}

export const WATERFALL_MARGIN = { top: 16, right: 12, bottom: 44, left: 56 } as const;

export function waterfallLayout(steps: RevenueStep[], cost: number, width: number, height: number): WaterfallLayout {
  const innerWidth = Math.max(120, width - WATERFALL_MARGIN.left - WATERFALL_MARGIN.right);
  const innerHeight = Math.max(80, height - WATERFALL_MARGIN.top - WATERFALL_MARGIN.bottom);
  const ids: BarId[] = [...steps.map((s) => s.id), 'remaining'];
  const x = scaleBand<BarId>().domain(ids).range([0, innerWidth]).paddingInner(0.25).paddingOuter(0.1);
  const safeCost = Number.isFinite(cost) ? Math.max(0, cost) : 0;
  const top = Math.max(safeCost, ...steps.map((s) => (Number.isFinite(s.after) ? s.after : 0)), 1);
  const y = scaleLinear().domain([0, top]).nice(5).range([innerHeight, 0]);

  const bars: WaterfallBar[] = [];
  let level = 0;
  for (const step of steps) {
    const from = step.id === 'theoretical' ? 0 : level;
    const to = step.after;
    const hi = Math.max(from, to);
    const lo = Math.min(from, to);
    bars.push({
      id: step.id,
      type: step.id === 'theoretical' ? 'total' : 'change',
      x: x(step.id) ?? 0,
      width: x.bandwidth(),
      y: y(hi),
      height: Math.max(0, y(lo) - y(hi)),
      value: step.id === 'theoretical' ? step.after : step.delta,
      from,
      to,
    });
    level = to;
  }
  bars.push({
    id: 'remaining',
    type: 'total',
    x: x('remaining') ?? 0,
    width: x.bandwidth(),
    y: y(level),
    height: Math.max(0, y(0) - y(level)),
    value: level,
    from: 0,
    to: level,
  });

  return {
    bars,
    costY: y(safeCost),
    zeroY: y(0),
    ticks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    innerWidth,
    innerHeight,
  };
}
