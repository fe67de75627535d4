/**
 * Layout of the margin-over-time chart: one mark per price list, at its date, on a log scale
 * of revenue ÷ cost. Both conventions read off the same mark, because both are functions of
 * that one ratio: cost-profit margin = R/C − 1 (left axis), gross margin = 1 − C/R (right
 * axis). A log scale keeps 545% and 78% both readable, and a loss (R/C < 1) stays on the chart.
 * Pure: numbers in, positions out.
 */
import { scaleLinear, scaleLog } from 'd3-scale';

export const MT_MARGIN = { top: 14, right: 52, bottom: 30, left: 52 } as const;

/** The ratio revenue ÷ cost shown: 0.5 (−50% / −100%) to 10 (900% / 90%). Outside, marks sit at the edge. */
export const RATIO_DOMAIN = [0.5, 10] as const;

/** Left ticks (cost-profit margin) and right ticks (gross margin), as revenue ÷ cost. */
export const LEFT_TICKS = [0.5, 1, 2, 4, 10] as const;
export const RIGHT_TICKS = [0.5, 1, 2, 5, 10] as const;

export const cpmOfRatio = (r: number) => r - 1;
export const gmOfRatio = (r: number) => 1 - 1 / r;

export interface MarkInput {
  key: string;
  /** ISO date. */
  date: string;
  revenue: number;
  cost: number;
  /** Hollow mark with a flag: the cost is not this model's. */
  flagged: boolean;
}

export interface Mark {
  key: string;
  x: number;
  y: number;
  /** Revenue ÷ cost, clamped into the domain (null when not defined: zero cost). */
  ratio: number | null;
  /** The mark sits at the edge: the true value is beyond it. */
  clipped: 'above' | 'below' | null;
  flagged: boolean;
}

export interface MarginTimeLayout {
  marks: Mark[];
  innerWidth: number;
  innerHeight: number;
  left: { value: number; y: number }[];
  right: { value: number; y: number }[];
  xTicks: { date: Date; x: number }[];
  /** Where the flagged (different model) marks begin, for the shaded band; null when none. */
  flaggedFrom: number | null;
}

const DAY = 86_400_000;
const dayNumber = (iso: string): number => {
  const t = Date.parse(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  return Number.isFinite(t) ? t / DAY : 0;
};

/** Month starts every `step` months within [a, b] days. */
function monthTicks(a: number, b: number, step: number): Date[] {
  const out: Date[] = [];
  const start = new Date(a * DAY);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  for (let i = 0; i < 120; i++) {
    const d = new Date(Date.UTC(y, m, 1));
    if (d.getTime() / DAY > b) break;
    if (d.getUTCMonth() % step === 0) out.push(d);
    m++;
    if (m > 11) {
      m = 0;
      y++;
    }
  }
  return out;
}

export function marginTimeLayout(inputs: readonly MarkInput[], width: number, height: number): MarginTimeLayout {
  const w = Number.isFinite(width) ? width : 640;
  const h = Number.isFinite(height) ? height : 260;
  const innerWidth = Math.max(120, w - MT_MARGIN.left - MT_MARGIN.right);
  const innerHeight = Math.max(80, h - MT_MARGIN.top - MT_MARGIN.bottom);
  const days = inputs.map((m) => dayNumber(m.date));
  const lo = days.length ? Math.min(...days) : 0;
  const hi = days.length ? Math.max(...days) : 1;
  // A month of room either side, so the first and last marks are not on the axes.
  const x = scaleLinear().domain([lo - 30, Math.max(hi, lo + 1) + 30]).range([0, innerWidth]);
  const y = scaleLog().domain([...RATIO_DOMAIN]).range([innerHeight, 0]).clamp(true);

  const marks = inputs.map((m, i): Mark => {
    const ok = Number.isFinite(m.revenue) && Number.isFinite(m.cost) && m.cost > 0 && m.revenue >= 0;
    const raw = ok ? m.revenue / m.cost : null;
    const ratio = raw === null ? null : Math.min(RATIO_DOMAIN[1], Math.max(RATIO_DOMAIN[0], raw));
    const clipped = raw === null ? null : raw > RATIO_DOMAIN[1] ? 'above' : raw < RATIO_DOMAIN[0] ? 'below' : null;
    return { key: m.key, x: x(days[i]!), y: ratio === null ? innerHeight : y(ratio), ratio, clipped, flagged: m.flagged };
  });

  const months = (hi - lo) / 30;
  const step = innerWidth / Math.max(1, months / 3) < 56 ? 6 : 3;
  const xTicks = monthTicks(lo - 30, hi + 30, step).map((date) => ({ date, x: x(date.getTime() / DAY) }));
  const firstFlagged = marks.filter((m) => m.flagged).map((m) => m.x);

  return {
    marks,
    innerWidth,
    innerHeight,
    left: LEFT_TICKS.map((value) => ({ value, y: y(value) })),
    right: RIGHT_TICKS.map((value) => ({ value, y: y(value) })),
    xTicks,
    flaggedFrom: firstFlagged.length ? Math.min(...firstFlagged) - 14 : null,
  };
}
