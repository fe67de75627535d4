/**
 * One day of inference economics, after DeepSeek's Day-6 post (1 March 2025).
 * Pure and deterministic: inputs in, figures out. No DOM, no Svelte.
 *
 *   cost      = nodes × GPUs per node × hours × rental price
 *   revenue   = Σ tokens × price per million tokens
 *   cost-profit margin (成本利润率) = profit ÷ cost      (DeepSeek's 545%)
 *   gross margin                    = profit ÷ revenue   (the same day: 84.5%)
 */
import type { DayInputs } from './inputs';
import { ratio, type Ratio } from './ratio';

export interface Prices {
  hit: number;
  miss: number;
  out: number;
}

/** Token volumes in millions (prices are per million). */
export interface TokensM {
  hit: number;
  miss: number;
  out: number;
}

export type StepId = 'theoretical' | 'v3' | 'free' | 'offPeak';

export interface RevenueStep {
  id: StepId;
  /** Change from the previous step (negative or zero for caveats; the full value for the first). */
  delta: number;
  /** Revenue after this step. */
  after: number;
}

export interface DayResult {
  /** Average nodes in service: the input, or derived from traffic. */
  nodes: number;
  /** In traffic mode, the node-equivalents spent on prefill and decode. */
  nodeSplit: { prefill: number; decode: number };
  gpuHours: number;
  cost: number;
  tokens: TokensM;
  /** Every token at R1's standard prices: DeepSeek's assumption. */
  theoreticalRevenue: number;
  steps: RevenueStep[];
  /** Revenue after the reader's caveats. */
  revenue: number;
  profit: number;
  /** profit ÷ cost */
  costProfitMargin: Ratio;
  /** profit ÷ revenue */
  grossMargin: Ratio;
  /** cost ÷ million output tokens */
  costPerMOutput: Ratio;
  /** The revenue at which profit is zero (equal to the cost). */
  breakEvenRevenue: number;
  /** What share of the theoretical revenue must be collected to break even. */
  breakEvenShare: Ratio;
}

export const SECONDS_PER_HOUR = 3600;

/** Split input into cache hits and misses, in millions of tokens. */
export function tokensM(inputB: number, cacheHitPct: number, outputB: number): TokensM {
  const input = inputB * 1000;
  const hit = (input * cacheHitPct) / 100;
  return { hit, miss: input - hit, out: outputB * 1000 };
}

export function revenueAt(tokens: TokensM, prices: Prices): number {
  return tokens.hit * prices.hit + tokens.miss * prices.miss + tokens.out * prices.out;
}

export function dailyCost(nodes: number, gpusPerNode: number, hours: number, gpuHourPrice: number): number {
  return nodes * gpusPerNode * hours * gpuHourPrice;
}

/**
 * Node-equivalents needed to serve the traffic:
 * input ÷ (prefill rate × seconds) + output ÷ (decode rate × seconds).
 */
export function nodesFromTraffic(
  inputB: number,
  outputB: number,
  prefillK: number,
  decodeK: number,
  hours: number,
): { prefill: number; decode: number; total: number } {
  const seconds = hours * SECONDS_PER_HOUR;
  const prefill = prefillK > 0 && seconds > 0 ? (inputB * 1e9) / (prefillK * 1e3 * seconds) : 0;
  const decode = decodeK > 0 && seconds > 0 ? (outputB * 1e9) / (decodeK * 1e3 * seconds) : 0;
  return { prefill, decode, total: prefill + decode };
}

export function r1Prices(i: DayInputs): Prices {
  return { hit: i.r1Hit, miss: i.r1Miss, out: i.r1Out };
}

export function v3Prices(i: DayInputs): Prices {
  return { hit: i.v3Hit, miss: i.v3Miss, out: i.v3Out };
}

/**
 * Revenue from theoretical to what is left after each of DeepSeek's three caveats, in
 * order: V3's lower prices, free traffic, off-peak discounts. Assumes the same token mix
 * (cache hits, output share) for both models and at every hour.
 */
export function revenueSteps(i: DayInputs, tokens: TokensM): RevenueStep[] {
  const r1 = revenueAt(tokens, r1Prices(i));
  const v3 = revenueAt(tokens, v3Prices(i));
  const v = i.v3Pct / 100;
  const paid = 1 - i.freePct / 100;
  const night = i.offPeak ? i.offPeakPct / 100 : 0;

  const theoretical = r1;
  const afterV3 = (1 - v) * r1 + v * v3;
  const afterFree = afterV3 * paid;
  const afterNight =
    paid * ((1 - v) * r1 * (1 - (night * i.r1NightOffPct) / 100) + v * v3 * (1 - (night * i.v3NightOffPct) / 100));

  return [
    { id: 'theoretical', delta: theoretical, after: theoretical },
    { id: 'v3', delta: afterV3 - theoretical, after: afterV3 },
    { id: 'free', delta: afterFree - afterV3, after: afterFree },
    { id: 'offPeak', delta: afterNight - afterFree, after: afterNight },
  ];
}

export function computeDay(i: DayInputs): DayResult {
  const split = nodesFromTraffic(i.inputB, i.outputB, i.prefillK, i.decodeK, i.hours);
  const nodes = i.costMode === 'traffic' ? split.total : i.nodes;
  const gpuHours = nodes * i.gpusPerNode * i.hours;
  const cost = dailyCost(nodes, i.gpusPerNode, i.hours, i.gpuHourPrice);
  const tokens = tokensM(i.inputB, i.cacheHitPct, i.outputB);
  const steps = revenueSteps(i, tokens);
  const theoreticalRevenue = steps[0]!.after;
  const revenue = steps[steps.length - 1]!.after;
  const profit = revenue - cost;

  return {
    nodes,
    nodeSplit: { prefill: split.prefill, decode: split.decode },
    gpuHours,
    cost,
    tokens,
    theoreticalRevenue,
    steps,
    revenue,
    profit,
    costProfitMargin: ratio(profit, cost, 'zero-cost'),
    grossMargin: ratio(profit, revenue, 'zero-revenue'),
    costPerMOutput: ratio(cost, tokens.out, 'zero-output'),
    breakEvenRevenue: cost,
    breakEvenShare: ratio(cost, theoreticalRevenue, 'zero-revenue'),
  };
}
