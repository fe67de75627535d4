/**
 * DeepSeek's API list prices as they stood at each dated change after the Day-6 post, in
 * US$ per million tokens (input cache hit / input cache miss / output), each with its
 * source. Evidence: shared/sources/what-happened-next-2025-2026.md §1 (re-read at each
 * source; see the report of issue 13). The exact quotes are in ./quotes.ts (build time only).
 *
 * DeepSeek's pricing page shows only the current card, so every later card here is the
 * official page as a copy of it shows it: the address is the official one, the copy is
 * named in `via`, and the kind stays "company claim" (DeepSeek's own list).
 *
 * The 16 Aug 2026 peak/off-peak card (announced in news260813) was read in developers' copies
 * of the pricing page (several agree, Aug–Sep 2026); it cites the official page, as the others do.
 * Not here, for lack of a public address (only unnamed stored copies were found): V4.1-Flash
 * (10 Sep 2026, news260910), the V4-Pro launch promotion and the V4 launch cache-hit prices.
 *
 * whatNext.ts (the story's section) cites these same records: one record per source.
 */
import type { Kind, Source } from './types';
import type { Prices } from '../model/inferenceEconomics';
import { PRICING, PRICES, peakShareOfDay } from './deepseekDay';

export type PriceListId = 'feb2025' | 'sep2025' | 'v32' | 'v4flash' | 'v4pro' | 'v4peak';
export const PRICE_LIST_IDS: readonly PriceListId[] = ['feb2025', 'sep2025', 'v32', 'v4flash', 'v4pro', 'v4peak'];
export const DEFAULT_PRICE_LIST: PriceListId = 'feb2025';

/**
 * How the model behind a list compares with the one DeepSeek costed on 27–28 Feb 2025
 * (V3/R1, 671B parameters, on H800s):
 * - same: the same models;
 * - successor: the same 671B architecture (V3.1, V3.2-Exp built on V3.1-Terminus), a
 *   lower serving cost than Feb 2025 by DeepSeek's own account: the Feb-2025 cost overstates it;
 * - different: another model family (V4: 1.6T / 284B parameters): the Feb-2025 H800 cost is
 *   not its serving cost, and a margin on it says only how far the list moved.
 */
export type Comparability = 'same' | 'successor' | 'different';

export interface PriceList {
  id: PriceListId;
  /** In force from (ISO date). */
  from: string;
  /** The price of the thinking model (R1 in Feb 2025): DeepSeek's basis for the 545%. */
  r1: Prices;
  /** The price of the chat model (V3 in Feb 2025); the same as r1 once the price was unified. */
  v3: Prices;
  /** The night discount in force, % off for V3 and R1; null when there was none. */
  offPeak: { v3Pct: number; r1Pct: number } | null;
  comparability: Comparability;
  kind: Kind;
  source: Source;
  /** Where the official page was read, when it was read through a copy. */
  via?: { title: string; url: string; read: string };
  /**
   * A card with a weekday peak surcharge (16 Aug 2026): `offPeak` is the card's base price,
   * peak hours cost `multiplier` times it, and `share` is the part of the published day in
   * the peak hours (deepseekDay.ts: peakShareOfDay). The list's r1/v3 are then the day's
   * blended price, off-peak × (1 − share) + multiplier × off-peak × share, which for
   * multiplier 2 is off-peak × (1 + share), rounded to the sliders' steps.
   */
  peak?: { offPeak: Prices; multiplier: number; share: number };
}

export const PRICING_PAGE = 'https://api-docs.deepseek.com/quick_start/pricing';

export const PRICING_2025_09: Source = {
  id: 'deepseek-pricing-2025-09',
  title: 'Models & Pricing (the price list announced for 5 Sep 2025)',
  publisher: 'DeepSeek API Docs',
  date: '2025-08-21',
  url: PRICING_PAGE,
};

export const PRICING_V32: Source = {
  id: 'deepseek-pricing-v32',
  title: 'Models & Pricing (DeepSeek-V3.2); Introducing DeepSeek-V3.2-Exp',
  publisher: 'DeepSeek API Docs',
  date: '2025-09-29',
  url: PRICING_PAGE,
};

export const PRICING_V4: Source = {
  id: 'deepseek-pricing-v4',
  title: 'Models & Pricing (deepseek-v4-flash, deepseek-v4-pro), as read on 4 July 2026',
  publisher: 'DeepSeek API Docs',
  date: '2026-07-04',
  url: PRICING_PAGE,
};

/** The date the V4 discount became the standard price (a press report of DeepSeek's announcement). */
export const V4_PERMANENT: Source = {
  id: 'v4-permanent-cut-5iter',
  title: 'DeepSeek V4 peak and valley pricing (China Business News, English version)',
  publisher: '5iter.com',
  date: '2026-06-30',
  url: 'https://en.5iter.com/keji/76653.html',
};

/** The card in force from 16:00 UTC on 16 Aug 2026 (announced in news260813). */
export const PRICING_PEAK: Source = {
  id: 'deepseek-pricing-peak',
  title: 'Models & Pricing (the peak/off-peak card in force from 16:00 UTC on 16 Aug 2026, announced in news260813)',
  publisher: 'DeepSeek API Docs',
  date: '2026-08-16',
  url: PRICING_PAGE,
};

/** Off-peak prices of deepseek-v4-pro from 16 Aug 2026; peak hours cost twice as much. */
export const PEAK_PRO_OFF_PEAK: Prices = { hit: 0.022, miss: 0.66, out: 1.98 };
export const PEAK_MULTIPLIER = 2;

/** x rounded to the nearest multiple of step (the slider grid), without float dust. */
const toStep = (x: number, step: number) => Number((Math.round(x / step) * step).toFixed(6));

/**
 * The published day's blended price at a peak/off-peak card (our calculation):
 * off × (1 − s) + m × off × s = off × (1 + (m − 1) × s); with m = 2, off × (1 + s).
 * Rounded to the price sliders' steps (hit 0.000025, miss 0.005, output 0.01) so that the
 * calculator can hold it exactly.
 */
export function blendedPeakPrices(off: Prices, multiplier: number, share: number): Prices {
  const k = 1 + (multiplier - 1) * share;
  return { hit: toStep(off.hit * k, 0.000025), miss: toStep(off.miss * k, 0.005), out: toStep(off.out * k, 0.01) };
}

const PEAK_SHARE = peakShareOfDay();
const PEAK_BLEND = blendedPeakPrices(PEAK_PRO_OFF_PEAK, PEAK_MULTIPLIER, PEAK_SHARE);

const unified = (hit: number, miss: number, out: number): Pick<PriceList, 'r1' | 'v3'> => ({
  r1: { hit, miss, out },
  v3: { hit, miss, out },
});

export const PRICE_LISTS: Readonly<Record<PriceListId, PriceList>> = {
  feb2025: {
    id: 'feb2025',
    from: '2025-02-26',
    r1: { ...PRICES.r1 },
    v3: { ...PRICES.v3 },
    offPeak: { v3Pct: PRICES.offPeakDiscountPct.v3, r1Pct: PRICES.offPeakDiscountPct.r1 },
    comparability: 'same',
    kind: 'company-claim',
    source: PRICING,
  },
  sep2025: {
    id: 'sep2025',
    from: '2025-09-05',
    ...unified(0.07, 0.56, 1.68),
    offPeak: null,
    comparability: 'successor',
    kind: 'company-claim',
    source: PRICING_2025_09,
    via: { title: 'a stored copy of the page in the search tool’s web corpus', url: PRICING_PAGE, read: '2026-12-02' },
  },
  v32: {
    id: 'v32',
    from: '2025-09-29',
    ...unified(0.028, 0.28, 0.42),
    offPeak: null,
    comparability: 'successor',
    kind: 'company-claim',
    source: PRICING_V32,
    via: {
      title: 'petehsu/LLM-Docs, frontend/docs/DeepSeek/English/quick_start/pricing.md and news/news250929.md @ 628d6fd',
      url: 'https://github.com/petehsu/LLM-Docs/blob/628d6fdf3b5fd60a876ca24ec8347f33a5b810b6/frontend/docs/DeepSeek/English/quick_start/pricing.md',
      read: '2026-12-02',
    },
  },
  v4flash: {
    id: 'v4flash',
    from: '2026-05-22',
    ...unified(0.0028, 0.14, 0.28),
    offPeak: null,
    comparability: 'different',
    kind: 'company-claim',
    source: PRICING_V4,
    via: { title: 'factquire.com, models/deepseek/deepseek-v4-flash.json (quotes the page, accessed 2026-07-04)', url: 'https://factquire.com/models/deepseek/deepseek-v4-flash.json', read: '2026-12-02' },
  },
  v4pro: {
    id: 'v4pro',
    from: '2026-05-22',
    ...unified(0.003625, 0.435, 0.87),
    offPeak: null,
    comparability: 'different',
    kind: 'company-claim',
    source: PRICING_V4,
    via: { title: 'factquire.com, models/deepseek/deepseek-v4-flash.json (quotes the page, accessed 2026-07-04)', url: 'https://factquire.com/models/deepseek/deepseek-v4-flash.json', read: '2026-12-02' },
  },
  v4peak: {
    id: 'v4peak',
    from: '2026-08-16',
    r1: { ...PEAK_BLEND },
    v3: { ...PEAK_BLEND },
    offPeak: null,
    comparability: 'different',
    kind: 'company-claim',
    source: PRICING_PEAK,
    via: {
      title: 'developers’ copies of the pricing page in the search tool’s code corpus, Aug–Sep 2026 (several agree; they name the official page and news260813)',
      url: PRICING_PAGE,
      read: '2026-12-02',
    },
    peak: { offPeak: { ...PEAK_PRO_OFF_PEAK }, multiplier: PEAK_MULTIPLIER, share: PEAK_SHARE },
  },
};

export function isPriceListId(value: unknown): value is PriceListId {
  return typeof value === 'string' && (PRICE_LIST_IDS as readonly string[]).includes(value);
}

/** Every source the lists cite (for the figure's source list). */
export function priceListSources(): Source[] {
  return [...new Map([...PRICE_LIST_IDS.map((id) => PRICE_LISTS[id].source), V4_PERMANENT].map((s) => [s.id, s])).values()];
}

/**
 * DeepSeek's own later per-token serving costs: Figure 3 of the V3.2-Exp report (the README's
 * cost.jpg), cost per million tokens against the token's position in the sequence, on H800s
 * at $2 per GPU-hour. The values are read off the chart by eye (estimate, about ±$0.02 for
 * prefilling and ±$0.05 for decoding). They are a cost per token at a position, not a day's
 * cost, and are never mixed into the margins above.
 */
export const COST_CHART: Source = {
  id: 'deepseek-v32-cost-chart',
  title: 'DeepSeek-V3.2-Exp (README, cost.jpg: “Cost Per Million Tokens” against “Token Position”)',
  publisher: 'DeepSeek-AI (GitHub, deepseek-ai/DeepSeek-V3.2-Exp)',
  date: '2025-09-29',
  url: 'https://github.com/deepseek-ai/DeepSeek-V3.2-Exp/blob/3b99a5350d260b7c2a357e82362305509e2d0724/cost.jpg',
};

export const COST_METHOD: Source = {
  id: 'deepseek-v32-paper-cost',
  title: 'DeepSeek-V3.2: Pushing the Frontier of Open Large Language Models (section 2, Figure 3)',
  publisher: 'DeepSeek-AI (arXiv 2512.02556)',
  date: '2025-12-02',
  url: 'https://arxiv.org/html/2512.02556v1',
};

export type CostPhase = 'prefill' | 'decode';
export type CostModel = 'v31t' | 'v32exp';

export interface ServingCost {
  phase: CostPhase;
  model: CostModel;
  /** Token position in the sequence, thousands. */
  positionK: number;
  /** US$ per million tokens. */
  usdPerM: number;
  kind: Kind;
  source: Source;
}

const read = (phase: CostPhase, model: CostModel, positionK: number, usdPerM: number): ServingCost => ({
  phase,
  model,
  positionK,
  usdPerM,
  kind: 'estimate',
  source: COST_CHART,
});

/** Read off the chart at 0K, 64K and 128K. */
export const SERVING_COSTS: readonly ServingCost[] = [
  read('prefill', 'v31t', 0, 0.05),
  read('prefill', 'v31t', 64, 0.36),
  read('prefill', 'v31t', 128, 0.66),
  read('prefill', 'v32exp', 0, 0.06),
  read('prefill', 'v32exp', 64, 0.14),
  read('prefill', 'v32exp', 128, 0.19),
  read('decode', 'v31t', 0, 0.07),
  read('decode', 'v31t', 64, 1.11),
  read('decode', 'v31t', 128, 2.15),
  read('decode', 'v32exp', 0, 0.07),
  read('decode', 'v32exp', 64, 0.2),
  read('decode', 'v32exp', 128, 0.25),
];
