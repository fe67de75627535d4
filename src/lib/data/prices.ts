/**
 * The API price war, as typed, sourced figures: what a million tokens cost, May 2024 – Feb
 * 2025. DeepSeek-V2 against every model in DeepSeek's own comparison table, ByteDance's
 * Doubao, Alibaba's two confirmed Qwen cuts, and DeepSeek's V3/R1 list, promotional and
 * off-peak prices. Evidence: shared/FACTS.md §1, §4; shared/sources/deepseek-day6-and-pricing.md
 * §2; shared/sources/open-vs-closed-factcheck.md §1E, §3.3. The exact words of every source
 * are in ./priceQuotes.ts (build time only); static/data/price-war.csv ships the same series
 * and test/data/prices.test.ts checks the two agree value for value.
 *
 * Each record keeps its price as published: the currency, and the number of tokens the price
 * is for (Chinese providers quote per thousand). Where a provider published the same price in
 * both currencies (DeepSeek's English and Chinese pages), both are kept and neither is
 * converted. Otherwise the other currency is our calculation at the article's rate, RATE.
 * Pure: no DOM.
 */
import type { Kind, Source } from './types';
import { PRICING } from './deepseekDay';
import { revenueAt } from '../model/inferenceEconomics';

export type Currency = 'USD' | 'CNY';
export const CURRENCIES: readonly Currency[] = ['USD', 'CNY'];
export type Side = 'input' | 'output';
export const SIDES: readonly Side[] = ['input', 'output'];

/**
 * The yuan per US dollar the page converts at: the rate the article's own conversions imply
 * ("562027美元(折合人民幣約409萬元)" is 7.277; "50 億美元(折合人民幣363億元)" is 7.26;
 * "47.5萬美元(折合人民幣約346萬元)" is 7.284). The article never states a rate; 7.27 is our
 * reading of it (FACTS.md: "about ¥7.27 per US$").
 */
export const ARTICLE: Source = {
  id: 'article-netease-2025-03',
  // As in the captured page (ASCII "|" and ":", as the page writes them).
  title: '清流|Deepseek“利潤神話”背后:AI大模型盈利何處去?',
  publisher: '清流工作室, NetEase Finance (網易財經)',
  date: '2025-03',
  // The article id as on its mirrors ("網易首頁 > 網易財經 > 正文", …/money/article/JQRNU5TU00258105.html).
  url: 'https://www.163.com/money/article/JQRNU5TU00258105.html',
};
export const RATE = {
  value: 7.27,
  unit: 'cny-per-usd',
  period: 'March 2025 (the article’s conversions)',
  kind: 'our-calculation' as Kind,
  source: ARTICLE,
  formula: '¥4.09M ÷ $562,027 = 7.277; ¥36.3bn ÷ $5bn = 7.26; ¥3.46M ÷ $475K = 7.284 → about 7.27',
} as const;

export type Tier = 'comparison' | 'list' | 'promo' | 'off-peak' | 'cut';
export type Maker =
  | 'deepseek'
  | 'openai'
  | 'google'
  | 'anthropic'
  | 'minimax'
  | 'baidu'
  | 'zhipu'
  | 'moonshot'
  | 'alibaba'
  | 'meta'
  | 'mistral'
  | 'bytedance';

/** A price as published: the currency, the tokens it is for, and the numbers. */
export interface Published {
  currency: Currency;
  /** Tokens the price is for: 1,000 or 1,000,000. */
  per: 1000 | 1_000_000;
  /** Input price (for DeepSeek V3/R1: a cache miss); null when the source gives none. */
  input: number | null;
  output: number | null;
  /** Input served from DeepSeek's on-disk cache, where priced apart. */
  cacheHit?: number;
  source: Source;
}

export interface PricePoint {
  id: string;
  /** The model's name as its maker writes it (the same in both languages). */
  model: string;
  maker: Maker;
  /** When the price was published or took effect (ISO day, or month when only that is known). */
  date: string;
  /** The last day it applied, when the source says. */
  until?: string;
  tier: Tier;
  kind: Kind;
  /** The price as first published (its source is the record's source). */
  price: Published;
  /** The same price as published in the other currency, by the same maker. */
  alt?: Published;
  /** For a cut with no sourced prices: the published percentage. */
  cutPct?: number;
}

export const V2_TABLE: Source = {
  id: 'deepseek-v2-price-table',
  title: 'DeepSeek-V2 README, §7 API Platform: price comparison table (figures/model_price.png)',
  publisher: 'DeepSeek (GitHub, deepseek-ai/DeepSeek-V2)',
  date: '2024-05-06',
  url: 'https://github.com/deepseek-ai/DeepSeek-V2/blob/main/figures/model_price.png',
};
const doubaoPro: Source = {
  id: 'doubao-pro-price',
  title: '比同行低99%，字节跳动挑起大模型价格战',
  publisher: 'bg3.co (copy of news report)',
  date: '2024-05-15',
  url: 'https://cn.bg3.co/a/bi-tong-xing-di-99-zi-jie-tiao-qi-da-mo-xing-jie-ge-zhan.html',
};
const doubaoVision: Source = {
  id: 'doubao-vision-price',
  title: 'Volcano Engine Winter FORCE: Doubao visual understanding model pricing',
  publisher: '36Kr',
  date: '2024-12-18',
  url: 'https://eu.36kr.com/en/p/3087240690464903',
};
const qwenCuts: Source = {
  id: 'qwen-cuts-2024',
  title: '阿里云百炼通义千问主力模型降价 (report on the September 2024 cut)',
  publisher: 'aicnews.cn',
  date: '2024-09',
  url: 'https://www.aicnews.cn/keji/moxing/17951.html',
};
const v3PromoPage: Source = {
  id: 'deepseek-pricing-2024-12',
  title: 'Models & Pricing (state of December 2024 – February 2025)',
  publisher: 'DeepSeek API Docs',
  date: '2024-12-26',
  url: 'https://api-docs.deepseek.com/quick_start/pricing',
};
const v3NewsZh: Source = {
  id: 'deepseek-news1226-zh',
  title: 'DeepSeek-V3 正式发布',
  publisher: 'DeepSeek API 文档',
  date: '2024-12-26',
  url: 'https://api-docs.deepseek.com/zh-cn/news/news1226',
};
const v3NewsEn: Source = {
  id: 'deepseek-news1226',
  title: 'Introducing DeepSeek-V3',
  publisher: 'DeepSeek API Docs',
  date: '2024-12-26',
  url: 'https://api-docs.deepseek.com/news/news1226',
};
const r1NewsEn: Source = {
  id: 'deepseek-news250120',
  title: 'DeepSeek-R1 Release',
  publisher: 'DeepSeek API Docs',
  date: '2025-01-20',
  url: 'https://api-docs.deepseek.com/news/news250120',
};
const r1NewsZh: Source = {
  id: 'deepseek-news250120-zh',
  title: 'DeepSeek-R1 发布，性能对标 OpenAI o1 正式版',
  publisher: 'DeepSeek API 文档',
  date: '2025-01-20',
  url: 'https://api-docs.deepseek.com/zh-cn/news/news250120',
};
const pricingZh: Source = {
  id: 'deepseek-pricing-zh',
  title: '模型 & 价格',
  publisher: 'DeepSeek API 文档',
  date: '2025-02-26',
  url: 'https://api-docs.deepseek.com/zh-cn/quick_start/pricing',
};

const usdM = (input: number | null, output: number | null, source: Source, cacheHit?: number): Published =>
  cacheHit === undefined
    ? { currency: 'USD', per: 1_000_000, input, output, source }
    : { currency: 'USD', per: 1_000_000, input, output, cacheHit, source };
const cnyM = (input: number, output: number, cacheHit: number, source: Source): Published => ({
  currency: 'CNY',
  per: 1_000_000,
  input,
  output,
  cacheHit,
  source,
});

/** DeepSeek's own comparison table of May 2024, US$ per million tokens (input, output). */
const TABLE: [id: string, model: string, maker: Maker, input: number, output: number][] = [
  ['deepseek-v2', 'DeepSeek-V2', 'deepseek', 0.14, 0.28],
  ['gpt-4-turbo-1106', 'GPT-4-Turbo-1106', 'openai', 10, 30],
  ['gpt-4-0613', 'GPT-4-0613', 'openai', 30, 60],
  ['gpt-3-5', 'GPT-3.5', 'openai', 1.5, 2],
  ['gemini-1-5-pro', 'Gemini 1.5 Pro', 'google', 7, 21],
  ['claude-3-opus', 'Claude 3 Opus', 'anthropic', 15, 75],
  ['claude-3-sonnet', 'Claude 3 Sonnet', 'anthropic', 3, 15],
  ['claude-3-haiku', 'Claude 3 Haiku', 'anthropic', 0.25, 1.25],
  ['abab-6-5', 'abab-6.5', 'minimax', 4.14, 4.14],
  ['abab-6-5s', 'abab-6.5s', 'minimax', 1.38, 1.38],
  ['ernie-4-0', 'ERNIE-4.0', 'baidu', 16.56, 16.56],
  ['glm-4', 'GLM-4', 'zhipu', 13.8, 13.8],
  ['moonshot-v1', 'Moonshot-v1', 'moonshot', 3.32, 3.32],
  ['qwen1-5-72b', 'Qwen1.5 72B', 'alibaba', 2.76, 2.76],
  ['llama-3-70b', 'LLaMA 3 70B', 'meta', 3.78, 11.34],
  ['mixtral-8x22b', 'Mixtral 8x22B', 'mistral', 2, 6],
];

export const PRICE_POINTS: readonly PricePoint[] = [
  ...TABLE.map(
    ([id, model, maker, input, output]): PricePoint => ({
      id,
      model,
      maker,
      date: '2024-05-06',
      tier: id === 'deepseek-v2' ? 'list' : 'comparison',
      kind: 'company-claim',
      price: usdM(input, output, V2_TABLE),
    }),
  ),
  {
    id: 'doubao-pro-32k',
    model: 'Doubao Pro-32k',
    maker: 'bytedance',
    date: '2024-05-15',
    tier: 'list',
    kind: 'press-report',
    price: { currency: 'CNY', per: 1000, input: 0.0008, output: null, source: doubaoPro },
  },
  {
    id: 'qwen-long-cut',
    model: 'Qwen-Long',
    maker: 'alibaba',
    date: '2024-05',
    tier: 'cut',
    kind: 'press-report',
    price: { currency: 'CNY', per: 1000, input: null, output: null, source: qwenCuts },
    cutPct: 97,
  },
  {
    id: 'qwen-turbo-cut',
    model: 'Qwen-Turbo',
    maker: 'alibaba',
    date: '2024-09',
    tier: 'cut',
    kind: 'press-report',
    price: { currency: 'CNY', per: 1000, input: null, output: null, source: qwenCuts },
    cutPct: 85,
  },
  {
    id: 'doubao-vision',
    model: 'Doubao vision',
    maker: 'bytedance',
    date: '2024-12-18',
    tier: 'list',
    kind: 'press-report',
    price: { currency: 'CNY', per: 1000, input: 0.003, output: null, source: doubaoVision },
  },
  {
    id: 'deepseek-v3-promo',
    model: 'DeepSeek-V3',
    maker: 'deepseek',
    date: '2024-12-26',
    until: '2025-02-08',
    tier: 'promo',
    kind: 'company-claim',
    price: usdM(0.14, 0.28, v3PromoPage, 0.014),
    alt: cnyM(1, 2, 0.1, v3NewsZh),
  },
  {
    id: 'deepseek-r1',
    model: 'DeepSeek-R1',
    maker: 'deepseek',
    date: '2025-01-20',
    tier: 'list',
    kind: 'company-claim',
    price: usdM(0.55, 2.19, r1NewsEn, 0.14),
    alt: cnyM(4, 16, 1, r1NewsZh),
  },
  {
    id: 'deepseek-v3',
    model: 'DeepSeek-V3',
    maker: 'deepseek',
    date: '2025-02-08',
    tier: 'list',
    kind: 'company-claim',
    price: usdM(0.27, 1.1, v3NewsEn, 0.07),
    alt: cnyM(2, 8, 0.5, v3NewsZh),
  },
  {
    id: 'deepseek-off-peak',
    model: 'DeepSeek-V3 / R1',
    maker: 'deepseek',
    date: '2025-02-26',
    tier: 'off-peak',
    kind: 'company-claim',
    price: usdM(0.135, 0.55, PRICING, 0.035),
    alt: cnyM(1, 4, 0.25, pricingZh),
  },
];

/** Every source behind the series, in first-use order (the article's rate last). */
export function priceSources(points: readonly PricePoint[] = PRICE_POINTS): Source[] {
  const seen = new Map<string, Source>();
  for (const p of points) for (const s of [p.price.source, p.alt?.source]) if (s && !seen.has(s.id)) seen.set(s.id, s);
  seen.set(ARTICLE.id, ARTICLE);
  return [...seen.values()];
}

/** A price per million tokens in one currency, and whether it is our conversion. */
export interface PerMillion {
  value: number;
  currency: Currency;
  /** True when converted from the other currency at RATE (our calculation). */
  converted: boolean;
  source: Source;
}

/** Four significant figures: how converted prices are rounded (in the CSV and on the page). */
export function sig4(n: number): number {
  return Number(n.toPrecision(4));
}

type Field = 'input' | 'output' | 'cacheHit';

function fieldOf(p: Published, field: Field): number | null {
  const v = field === 'cacheHit' ? p.cacheHit : p[field];
  return typeof v === 'number' ? (v * 1_000_000) / p.per : null;
}

/**
 * A point's price per million tokens in `currency`: as published when its maker published
 * that currency, otherwise converted at `rate` (yuan per dollar) and rounded to four
 * significant figures. Null when the source gives no such price.
 */
export function perMillion(point: PricePoint, field: Field, currency: Currency, rate: number = RATE.value): PerMillion | null {
  for (const p of [point.price, point.alt]) {
    if (p && p.currency === currency) {
      const v = fieldOf(p, field);
      if (v !== null) return { value: sig4(v), currency, converted: false, source: p.source };
    }
  }
  const v = fieldOf(point.price, field);
  if (v === null) return null;
  const value = sig4(currency === 'CNY' ? v * rate : v / rate);
  return { value, currency, converted: true, source: point.price.source };
}

/** The points with a price on this side (the cuts have none: they are shown as cuts). */
export function pricedPoints(side: Side, points: readonly PricePoint[] = PRICE_POINTS): PricePoint[] {
  return points.filter((p) => fieldOf(p.price, side) !== null);
}

export const CUTS: readonly PricePoint[] = PRICE_POINTS.filter((p) => p.tier === 'cut');

/** Day of a date that may be only a month: the 15th stands for "some day that month". */
export function dayOf(date: string): string {
  return date.length === 7 ? `${date}-15` : date;
}

/**
 * What the calculator's day would earn at a point's prices (our calculation), in US$:
 * cache hits at the cache-hit price where there is one (else at the input price), the rest
 * of the input at the input price, output at the output price. Null without both prices.
 */
export function dayRevenueAt(point: PricePoint, tokensM: { hit: number; miss: number; out: number }, rate: number = RATE.value): number | null {
  const input = perMillion(point, 'input', 'USD', rate);
  const output = perMillion(point, 'output', 'USD', rate);
  if (!input || !output) return null;
  const hit = perMillion(point, 'cacheHit', 'USD', rate) ?? input;
  return revenueAt(tokensM, { hit: hit.value, miss: input.value, out: output.value });
}
