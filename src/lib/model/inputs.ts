/**
 * The calculator's inputs: defaults from DeepSeek's Day-6 post (FACTS.md §1), documented
 * ranges, slider steps and short URL names. Values are in the units the reader sees
 * (billions of tokens, percentages, dollars per million tokens). Pure: no DOM.
 */

import { DEFAULT_PRICE_LIST, isPriceListId, type PriceListId } from '../data/priceLists';

export type CostMode = 'nodes' | 'traffic';

export interface DayInputs {
  /** How the number of serving nodes is found: given directly, or derived from traffic. */
  costMode: CostMode;
  /**
   * The DeepSeek price list the price sliders were set from (data/priceLists.ts). Choosing a
   * list sets the six prices and the two night discounts; the sliders can then move on.
   */
  priceList: PriceListId;
  /** Average H800 nodes in service over the period. */
  nodes: number;
  gpusPerNode: number;
  /** Rental price, US$ per GPU-hour. */
  gpuHourPrice: number;
  /** Hours in the period the token counts cover. */
  hours: number;
  /** Prefill throughput, thousand input tokens per second per node (cache hits included). */
  prefillK: number;
  /** Decode throughput, thousand output tokens per second per node. */
  decodeK: number;
  /** Input tokens in the period, billions. */
  inputB: number;
  /** Share of input tokens that hit the on-disk KV cache, %. */
  cacheHitPct: number;
  /** Output tokens in the period, billions. */
  outputB: number;
  /** DeepSeek-R1 list prices, US$ per million tokens. */
  r1Hit: number;
  r1Miss: number;
  r1Out: number;
  /** DeepSeek-V3 list prices, US$ per million tokens. */
  v3Hit: number;
  v3Miss: number;
  v3Out: number;
  /** Caveat 1: share of tokens served by V3 (priced lower than R1), %. */
  v3Pct: number;
  /** Caveat 2: share of tokens that earn nothing (free web and app), %. */
  freePct: number;
  /** Caveat 3: whether the off-peak discounts apply. */
  offPeak: boolean;
  /** Share of tokens falling in the off-peak window 00:30–08:30 Beijing time, %. */
  offPeakPct: number;
  /** Off-peak discount for V3 and R1, %. */
  v3NightOffPct: number;
  r1NightOffPct: number;
}

export type NumericKey = Exclude<keyof DayInputs, 'costMode' | 'offPeak' | 'priceList'>;

export interface InputSpec {
  default: number;
  min: number;
  max: number;
  step: number;
  /** Short, readable query-string name. */
  param: string;
}

/**
 * Share of the day's theoretical income that falls in 00:30–08:30, from the hourly series
 * read off DeepSeek's chart (see data/deepseekDay.ts: offPeakShareOfIncome). Rounded to
 * 0.1 percentage point, which is the slider's step.
 */
export const OFF_PEAK_PCT_DEFAULT = 17.1;

/**
 * Cache-hit prices fell to fractions of a cent (V4-Pro: $0.003625 per million): their step is
 * fine enough to hold every published list exactly.
 */
export const HIT_STEP = 0.000025;

export const INPUT_SPECS: Record<NumericKey, InputSpec> = {
  nodes: { default: 226.75, min: 0, max: 2000, step: 0.25, param: 'nodes' },
  gpusPerNode: { default: 8, min: 1, max: 16, step: 1, param: 'gpn' },
  gpuHourPrice: { default: 2, min: 0, max: 10, step: 0.05, param: 'gpu' },
  hours: { default: 24, min: 1, max: 24, step: 0.25, param: 'hrs' },
  prefillK: { default: 73.7, min: 1, max: 300, step: 0.1, param: 'pre' },
  decodeK: { default: 14.8, min: 1, max: 100, step: 0.1, param: 'dec' },
  inputB: { default: 608, min: 0, max: 5000, step: 1, param: 'in' },
  cacheHitPct: { default: 56.3, min: 0, max: 100, step: 0.1, param: 'hit' },
  outputB: { default: 168, min: 0, max: 2000, step: 1, param: 'out' },
  r1Hit: { default: 0.14, min: 0, max: 5, step: HIT_STEP, param: 'r1h' },
  r1Miss: { default: 0.55, min: 0, max: 10, step: 0.005, param: 'r1m' },
  r1Out: { default: 2.19, min: 0, max: 60, step: 0.01, param: 'r1o' },
  v3Hit: { default: 0.07, min: 0, max: 5, step: HIT_STEP, param: 'v3h' },
  v3Miss: { default: 0.27, min: 0, max: 10, step: 0.005, param: 'v3m' },
  v3Out: { default: 1.1, min: 0, max: 60, step: 0.01, param: 'v3o' },
  v3Pct: { default: 0, min: 0, max: 100, step: 1, param: 'v3' },
  freePct: { default: 0, min: 0, max: 100, step: 1, param: 'free' },
  offPeakPct: { default: OFF_PEAK_PCT_DEFAULT, min: 0, max: 100, step: 0.1, param: 'np' },
  v3NightOffPct: { default: 50, min: 0, max: 100, step: 1, param: 'v3n' },
  r1NightOffPct: { default: 75, min: 0, max: 100, step: 1, param: 'r1n' },
};

export const NUMERIC_KEYS = Object.keys(INPUT_SPECS) as NumericKey[];

export const DEFAULT_INPUTS: Readonly<DayInputs> = Object.freeze({
  costMode: 'nodes',
  priceList: DEFAULT_PRICE_LIST,
  offPeak: false,
  ...(Object.fromEntries(NUMERIC_KEYS.map((k) => [k, INPUT_SPECS[k].default])) as Record<NumericKey, number>),
});

/** Clamp a value into a key's range; non-numbers give the default. Never NaN. */
export function clampValue(key: NumericKey, value: unknown): number {
  const spec = INPUT_SPECS[key];
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return spec.default;
  return Math.min(spec.max, Math.max(spec.min, n));
}

/** Decimal places of a step such as 0.25 (2) or 0.005 (3); at most 6. */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  for (let d = 0; d <= 6; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d;
  return 6;
}

export type Range = Pick<InputSpec, 'min' | 'max' | 'step'>;

/**
 * What became of a number on its way into a setting: kept as it is, clamped into the
 * range, or moved to the nearest step of the slider (so the page shows, computes and
 * writes back the same number).
 */
export interface Fitted {
  value: number;
  change: 'none' | 'clamped' | 'snapped';
}

/**
 * Fit a number (finite or ±Infinity, never NaN) into a range and onto its step grid
 * (min, min + step, …), without float noise: 0.1 + 0.2 on a 0.1 grid is 0.3.
 */
export function fitToRange(n: number, range: Range): Fitted {
  const { min, max, step } = range;
  if (Number.isNaN(n)) return { value: min, change: 'clamped' };
  if (n < min) return { value: min, change: 'clamped' };
  if (n > max) return { value: max, change: 'clamped' };
  const d = stepDecimals(step);
  const onGrid = Number((min + Math.round((n - min) / step) * step).toFixed(d));
  const value = Math.min(max, Math.max(min, onGrid === 0 ? 0 : onGrid));
  return { value, change: value === n ? 'none' : 'snapped' };
}

/** True when a value is in its key's range and on its slider step. */
export function isOnStep(key: NumericKey, value: number): boolean {
  const spec = INPUT_SPECS[key];
  return Number.isFinite(value) && fitToRange(value, spec).change === 'none';
}

/** Complete and clamp a partial set of inputs. */
export function normalizeInputs(partial: Partial<DayInputs>): DayInputs {
  const out = { ...DEFAULT_INPUTS } as DayInputs;
  for (const key of NUMERIC_KEYS) {
    if (key in partial) out[key] = clampValue(key, partial[key]);
  }
  out.costMode = partial.costMode === 'traffic' ? 'traffic' : 'nodes';
  out.offPeak = partial.offPeak === true;
  out.priceList = isPriceListId(partial.priceList) ? partial.priceList : DEFAULT_PRICE_LIST;
  return out;
}
