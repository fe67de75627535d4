/**
 * DeepSeek's Day-6 post (1 March 2025) and the API prices in force at the time, as
 * typed, sourced figures. Evidence: shared/sources/deepseek-day6-and-pricing.md. The
 * exact quote of each source is in ./quotes.ts (build time only).
 */
import type { Figure, Source } from './types';

export const DAY6: Source = {
  id: 'deepseek-day6',
  title: 'Day 6: One More Thing, DeepSeek-V3/R1 Inference System Overview',
  publisher: 'DeepSeek (GitHub, deepseek-ai/open-infra-index)',
  date: '2025-03-01',
  url: 'https://github.com/deepseek-ai/open-infra-index/blob/main/202502OpenSourceWeek/day_6_one_more_thing_deepseekV3R1_inference_system_overview.md',
};

export const DAY6_CHARTS: Source = {
  id: 'deepseek-day6-charts',
  title: 'H800 Node Count For Inference Service; Cost And Theoretical Income (figures in the Day 6 post)',
  publisher: 'DeepSeek (GitHub, deepseek-ai/open-infra-index)',
  date: '2025-03-01',
  url: 'https://github.com/deepseek-ai/open-infra-index/tree/main/202502OpenSourceWeek/figures',
};

export const PRICING: Source = {
  id: 'deepseek-pricing',
  title: 'Models & Pricing',
  publisher: 'DeepSeek API Docs',
  date: '2025-02-26',
  url: 'https://api-docs.deepseek.com/quick_start/pricing',
};

const day = '24 h, 27 Feb 2025 12:00 → 28 Feb 2025 12:00 (Beijing)';

/** The published figures the calculator must reproduce. */
export const PUBLISHED = {
  averageNodes: { value: 226.75, unit: 'nodes', period: day, kind: 'company-claim', source: DAY6 },
  peakNodes: { value: 278, unit: 'nodes', period: day, kind: 'company-claim', source: DAY6 },
  gpusPerNode: { value: 8, unit: 'gpus', period: day, kind: 'company-claim', source: DAY6 },
  gpuHourPrice: { value: 2, unit: 'usd-per-gpu-hour', period: day, kind: 'company-claim', source: DAY6 },
  dailyCost: { value: 87_072, unit: 'usd', period: day, kind: 'company-claim', source: DAY6 },
  inputTokens: { value: 608e9, unit: 'tokens', period: day, kind: 'company-claim', source: DAY6 },
  cacheHitTokens: { value: 342e9, unit: 'tokens', period: day, kind: 'company-claim', source: DAY6 },
  cacheHitPct: { value: 56.3, unit: 'percent', period: day, kind: 'company-claim', source: DAY6 },
  outputTokens: { value: 168e9, unit: 'tokens', period: day, kind: 'company-claim', source: DAY6 },
  prefillPerNode: { value: 73_700, unit: 'tokens-per-second', period: day, kind: 'company-claim', source: DAY6 },
  decodePerNode: { value: 14_800, unit: 'tokens-per-second', period: day, kind: 'company-claim', source: DAY6 },
  theoreticalRevenue: { value: 562_027, unit: 'usd', period: day, kind: 'company-claim', source: DAY6 },
  costProfitMarginPct: { value: 545, unit: 'percent', period: day, kind: 'company-claim', source: DAY6 },
} satisfies Record<string, Figure>;

/** List prices in force 26 Feb – 5 Sep 2025, US$ per million tokens. */
export const PRICES = {
  r1: { hit: 0.14, miss: 0.55, out: 2.19 },
  v3: { hit: 0.07, miss: 0.27, out: 1.1 },
  offPeak: { hit: 0.035, miss: 0.135, out: 0.55 },
  offPeakDiscountPct: { v3: 50, r1: 75 },
} as const;

/** The node schedule read off DeepSeek's node-count chart (estimate; ±2 nodes, ±5 min). */
export interface NodeStep {
  /** Hours since 12:00 Beijing on 27 Feb. */
  start: number;
  end: number;
  nodes: number;
}

const NODE_ROWS: [string, string, number][] = [
  ['12:00', '00:00', 278],
  ['00:00', '01:15', 218],
  ['01:15', '02:00', 188],
  ['02:00', '02:45', 158],
  ['02:45', '03:00', 128],
  ['03:00', '03:30', 98],
  ['03:30', '06:30', 68],
  ['06:30', '07:00', 98],
  ['07:00', '07:30', 128],
  ['07:30', '08:00', 188],
  ['08:00', '08:30', 218],
  ['08:30', '12:00', 278],
];

/** Clock time "HH:MM" (Beijing) → hours since the window opened at 12:00. */
export function hoursSinceNoon(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return (h + m / 60 - 12 + 24) % 24;
}

export const NODE_SCHEDULE: NodeStep[] = NODE_ROWS.map(([s, e, nodes]) => ({
  start: hoursSinceNoon(s),
  end: hoursSinceNoon(e) || 24,
  nodes,
}));

/** Hourly theoretical income read off DeepSeek's chart (estimate; about ±$100–200 per bar). */
export const HOURLY_INCOME: { hour: number; clock: string; income: number }[] = [
  ['12:00', 27070], ['13:00', 28560], ['14:00', 30520], ['15:00', 30980], ['16:00', 30520], ['17:00', 27870],
  ['18:00', 26840], ['19:00', 29600], ['20:00', 30750], ['21:00', 30860], ['22:00', 31090], ['23:00', 29830],
  ['00:00', 21780], ['01:00', 17990], ['02:00', 13160], ['03:00', 7990], ['04:00', 6380], ['05:00', 6380],
  ['06:00', 7990], ['07:00', 13740], ['08:00', 23160], ['09:00', 29480], ['10:00', 30520], ['11:00', 29940],
].map(([clock, income]) => ({ clock: clock as string, hour: hoursSinceNoon(clock as string), income: income as number }));

/** The off-peak window, 00:30–08:30 Beijing, in hours since noon. */
export const OFF_PEAK_WINDOW = { start: hoursSinceNoon('00:30'), end: hoursSinceNoon('08:30') } as const;

/** Time-weighted mean of a step schedule over its span. */
export function averageNodes(schedule: NodeStep[]): number {
  const span = schedule.reduce((s, st) => s + (st.end - st.start), 0);
  if (span <= 0) return 0;
  return schedule.reduce((s, st) => s + st.nodes * (st.end - st.start), 0) / span;
}

/** Nodes in service at a given hour since noon. */
export function nodesAt(schedule: NodeStep[], hour: number): number {
  return schedule.find((st) => hour >= st.start && hour < st.end)?.nodes ?? schedule[schedule.length - 1]?.nodes ?? 0;
}

/**
 * Share of income inside [start, end) hours, counting each hourly bar pro rata by overlap
 * (our calculation). With the shipped series and 00:30–08:30 it is about 17.1%.
 */
export function shareOfIncomeIn(
  series: { hour: number; income: number }[],
  window: { start: number; end: number },
): number {
  const total = series.reduce((s, b) => s + b.income, 0);
  if (total <= 0) return 0;
  const inside = series.reduce((s, b) => {
    const overlap = Math.max(0, Math.min(b.hour + 1, window.end) - Math.max(b.hour, window.start));
    return s + b.income * overlap;
  }, 0);
  return inside / total;
}

/**
 * DeepSeek's weekday peak hours from 16 Aug 2026 (09:00–12:00 and 14:00–18:00 Beijing, the
 * pricing page's "01:00 - 04:00 and 06:00 - 10:00 UTC, Monday through Friday"), in hours
 * since noon on the published day. That day ran Thursday 27 Feb 12:00 → Friday 28 Feb 12:00:
 * both are weekdays, so both windows apply (14–18 on the Thursday, 09–12 on the Friday).
 */
export const PEAK_WINDOWS_2026: readonly { start: number; end: number }[] = [
  { start: hoursSinceNoon('14:00'), end: hoursSinceNoon('18:00') },
  { start: hoursSinceNoon('09:00'), end: hoursSinceNoon('12:00') || 24 },
];

/**
 * Share of the published day that falls in the 2026 peak hours (our calculation), by the
 * hourly income chart. The chart prices every token at R1's one standard price, so each
 * hour's share of its income is that hour's share of the (R1-priced) traffic: DeepSeek
 * published no hourly token counts, and this is the nearest stand-in. About 37.3%.
 */
export function peakShareOfDay(
  series: { hour: number; income: number }[] = HOURLY_INCOME,
  windows: readonly { start: number; end: number }[] = PEAK_WINDOWS_2026,
): number {
  return windows.reduce((s, w) => s + shareOfIncomeIn(series, w), 0);
}
