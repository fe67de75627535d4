/**
 * The calculator across time: DeepSeek's published day (the Day-6 token counts and GPU cost)
 * priced at each later list. Pure: no DOM.
 *
 *   revenue            = hit × p_hit + miss × p_miss + out × p_out   (tokens in millions)
 *   cost-profit margin = (revenue − cost) ÷ cost
 *   gross margin       = (revenue − cost) ÷ revenue
 *
 * Every token is priced at the list's standard (daytime) price, as DeepSeek's own 545% was:
 * the Feb-2025 night discount is one of the caveats the calculator applies, with the share of
 * the day that fell in its window (about 17.1%, from DeepSeek's hourly chart).
 *
 * The 16 Aug 2026 card (v4peak) charges twice its off-peak price in the weekday peak hours
 * (09:00–12:00 and 14:00–18:00 Beijing). The published day (Thu 27 → Fri 28 Feb 2025, both
 * weekdays) is priced on the profile of DeepSeek's hourly income chart: with s the share of
 * the day in those hours (peakShareOfDay, about 37.27%), every token costs the blend
 * off × (1 − s) + 2 × off × s = off × (1 + s), which is the list's r1/v3 (rounded to the
 * sliders' steps; see priceLists.ts).
 */
import { PRICE_LISTS, PRICE_LIST_IDS, type PriceList, type PriceListId } from '../data/priceLists';
import { revenueAt, type Prices, type TokensM } from './inferenceEconomics';
import { ratio, type Ratio } from './ratio';
import type { DayInputs } from './inputs';

export interface PricedDay {
  revenue: number;
  cost: number;
  profit: number;
  /** profit ÷ cost */
  costProfitMargin: Ratio;
  /** profit ÷ revenue */
  grossMargin: Ratio;
}

const finite = (v: number) => (Number.isFinite(v) ? v : 0);

/** The day at one set of prices. Non-finite or negative inputs count as zero: never NaN. */
export function priceDay(tokens: TokensM, prices: Prices, cost: number): PricedDay {
  const t = { hit: Math.max(0, finite(tokens.hit)), miss: Math.max(0, finite(tokens.miss)), out: Math.max(0, finite(tokens.out)) };
  const p = { hit: Math.max(0, finite(prices.hit)), miss: Math.max(0, finite(prices.miss)), out: Math.max(0, finite(prices.out)) };
  const c = Math.max(0, finite(cost));
  const revenue = finite(revenueAt(t, p));
  const profit = revenue - c;
  return {
    revenue,
    cost: c,
    profit,
    costProfitMargin: ratio(profit, c, 'zero-cost'),
    grossMargin: ratio(profit, revenue, 'zero-revenue'),
  };
}

/** Which of a list's two rows: the thinking model's (R1, DeepSeek's basis) or the chat model's (V3). */
export type Row = 'r1' | 'v3';

export interface MarginPoint extends PricedDay {
  list: PriceListId;
  row: Row;
  from: string;
  comparability: PriceList['comparability'];
}

/**
 * One point per list, in date order; Feb 2025 twice (R1, DeepSeek's basis, and V3), later
 * lists once (one price for both models since 5 Sep 2025).
 */
export function marginSeries(tokens: TokensM, cost: number): MarginPoint[] {
  const out: MarginPoint[] = [];
  for (const id of PRICE_LIST_IDS) {
    const list = PRICE_LISTS[id];
    const rows: Row[] = id === 'feb2025' ? ['r1', 'v3'] : ['r1'];
    for (const row of rows) out.push({ list: id, row, from: list.from, comparability: list.comparability, ...priceDay(tokens, list[row], cost) });
  }
  return out;
}

/** The inputs with a list's prices and night discounts (0% when the list has none). */
export function applyPriceList(inputs: DayInputs, id: PriceListId): DayInputs {
  const l = PRICE_LISTS[id];
  return {
    ...inputs,
    priceList: id,
    r1Hit: l.r1.hit,
    r1Miss: l.r1.miss,
    r1Out: l.r1.out,
    v3Hit: l.v3.hit,
    v3Miss: l.v3.miss,
    v3Out: l.v3.out,
    r1NightOffPct: l.offPeak?.r1Pct ?? 0,
    v3NightOffPct: l.offPeak?.v3Pct ?? 0,
  };
}

/** The settings a list sets, with its value for each. */
export function listValues(id: PriceListId): Pick<DayInputs, 'r1Hit' | 'r1Miss' | 'r1Out' | 'v3Hit' | 'v3Miss' | 'v3Out' | 'r1NightOffPct' | 'v3NightOffPct'> {
  const { priceList: _, ...rest } = applyPriceList({} as DayInputs, id);
  return rest as ReturnType<typeof listValues>;
}

/** True while the sliders still show the chosen list as it was published. */
export function matchesList(inputs: DayInputs): boolean {
  const v = listValues(inputs.priceList);
  return (Object.keys(v) as (keyof typeof v)[]).every((k) => Math.abs(inputs[k] - v[k]) < 1e-9);
}
