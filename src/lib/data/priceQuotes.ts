/**
 * The exact words or table behind each source of the price-war series (./prices.ts), keyed by
 * source id, as in ./quotes.ts. Build time only: the prerender writes them into the figure's
 * source list; no module of the browser bundle imports this one. Each quote was re-read at its
 * copy in shared/sources/ (deepseek-day6-and-pricing.md §2, open-vs-closed-factcheck.md §1E and
 * §3.3) or in shared/source/article-zh-hant.txt; test/data/prices.test.ts checks that every
 * published price is in its quote.
 */
import { QUOTES } from './quotes';
import type { CitedSource, Source } from './types';
import { ARTICLE, V2_TABLE } from './prices';
import { DAY6 } from './deepseekDay';

export const PRICE_QUOTES: Readonly<Record<string, string>> = {
  'deepseek-v2-price-table':
    'Price per 1M tokens (USD), input | output: DeepSeek-V2 0.14 | 0.28; GPT-4-Turbo-1106 10.00 | 30.00; GPT-4-0613 30.00 | 60.00; GPT-3.5 1.50 | 2.00; Gemini 1.5 Pro 7.00 | 21.00; Claude 3 Opus 15.00 | 75.00; Claude 3 Sonnet 3.00 | 15.00; Claude 3 Haiku 0.25 | 1.25; abab-6.5 4.14 | 4.14; abab-6.5s 1.38 | 1.38; ERNIE-4.0 16.56 | 16.56; GLM-4 13.80 | 13.80; Moonshot-v1 3.32 | 3.32; Qwen1.5 72B 2.76 | 2.76; LLaMA 3 70B 3.78 | 11.34; Mixtral 8x22B 2.00 | 6.00 (the table is an image; transcribed)',
  'doubao-pro-price': '“豆包通用模型Pro 32k模型，正式定价是0.8厘/千tokens，比行业价格降低99.3%。”',
  'doubao-vision-price':
    'Volcano Engine announced that the input price of the Doubao Visual Understanding Model per thousand tokens is only 3 cents. One yuan can process 284 720P images, which is 85% cheaper than the industry price',
  'qwen-cuts-2024':
    '继5月份将GPT-4级主力模型Qwen-Long价格直降97%之后，此次阿里云百炼平台上的三款通义千问主力模型也迎来了价格的大幅下调，其中Qwen-Turbo的价格降幅达到了85%',
  'deepseek-pricing-2024-12':
    'deepseek-chat| 64K| 8K| ~~$0.07/ 1M tokens~~(4) $0.014 / 1M tokens| ~~$0.27/ 1M tokens~~(4) $0.14 / 1M tokens| ~~$1.10/ 1M tokens~~(4) $0.28/1M tokens … (4) The form shows the the original price and the discounted price. From now until 2025-02-08 16:00 (UTC), all users can enjoy the discounted prices of DeepSeek API. After that, it will recover to full price.',
  'deepseek-news1226-zh':
    '即日起至 2025 年 2 月 8 日，DeepSeek-V3 的 API 服务价格仍然会是大家熟悉的每百万输入 tokens 0.1 元（缓存命中）/ 1 元（缓存未命中），每百万输出 tokens 2 元 … 每百万输入 tokens 0.5 元（缓存命中）/ 2 元（缓存未命中），每百万输出 tokens 8 元',
  'deepseek-news1226':
    '💰 API Pricing Update 🎉 Until Feb 8: same as V2! 🤯 From Feb 8 onwards: Input (cache miss) Input (cache hit) Output $0.27/M tokens $0.07/M tokens $1.10/M tokens',
  'deepseek-news250120':
    '💰 $0.14 / million input tokens (cache hit) 💰 $0.55 / million input tokens (cache miss) 💰 $2.19 / million output tokens',
  'deepseek-news250120-zh': 'DeepSeek-R1 API 服务定价为每百万输入 tokens 1 元（缓存命中）/ 4 元（缓存未命中），每百万输出 tokens 16 元。',
  'deepseek-pricing-zh':
    '优惠时段价格(6) （北京时间 00:30-08:30） … 0.25元（5折） 0.25元（2.5折） … 1元（5折） 1元（2.5折） … 4元（5折） 4元（2.5折） … DeepSeek API 现实行错峰优惠定价，每日优惠时段为北京时间 00:30-08:30，其余时间按照标准价格计费。',
  'article-netease-2025-03':
    '如果所有Token都以DeepSeek-R1的價格計費,每日總收入將為562027美元(折合人民幣約409萬元),成本利潤率達到545%。 … 在過去一年也預計虧損高達 50 億美元(折合人民幣363億元)',
  // Fact-check notes (src/prose/PriceWarText.svelte).
  'ai-index-2024-training-cost':
    'OpenAI’s GPT-4 used an estimated $78 million worth of compute to train, while Google’s Gemini Ultra cost $191 million for compute.',
  'article-netease-2025-03-claims':
    '2024年,GPT-4單次調用成本高達0.06美元,中小企業望而卻步。 … OpenAI的GPT-4每天吞噬70萬美元算力成本 … 其2024年單次模型訓練成本達6300萬美元(約4.3億元人民幣) … DeepSeek統計了2月27日24點到2月28日24點',
};

/** A source with its quote: the price war's own, or the shared one (deepseek-pricing). */
export function cited(source: Source): CitedSource {
  const quote = PRICE_QUOTES[source.id] ?? QUOTES[source.id];
  if (!quote) throw new Error(`No quote for source "${source.id}"`);
  return { ...source, quote };
}

/** The sources of the section's fact-check notes, with the kind of each note. */
const aiIndex2024: Source = {
  id: 'ai-index-2024-training-cost',
  title: 'Gen AI training costs soar yet risks are poorly measured (brief on the Stanford AI Index 2024)',
  publisher: 'OODA Loop',
  date: '2024-04-16',
  url: 'https://www.oodaloop.com/briefs/2024/04/16/gen-ai-training-costs-soar-yet-risks-are-poorly-measured/',
};
const articleClaims: Source = { ...ARTICLE, id: 'article-netease-2025-03-claims' };

export type PriceCheckId = 'perCall' | 'perDay' | 'training' | 'window';
export const PRICE_CHECKS: readonly { id: PriceCheckId; verdict: 'unconfirmed' | 'correction'; sources: readonly CitedSource[] }[] = [
  { id: 'perCall', verdict: 'unconfirmed', sources: [cited(articleClaims), cited(V2_TABLE)] },
  { id: 'perDay', verdict: 'unconfirmed', sources: [cited(articleClaims)] },
  { id: 'training', verdict: 'unconfirmed', sources: [cited(articleClaims), cited(aiIndex2024)] },
  { id: 'window', verdict: 'correction', sources: [cited(articleClaims), cited(DAY6)] },
];
