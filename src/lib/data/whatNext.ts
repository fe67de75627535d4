/**
 * "What happened next", March 2025 to late 2026: dated events and the figures the section
 * states, each with its source (official address, exact quote) and kind. Build time only,
 * like race.ts: the section is static HTML, so no browser module imports this one.
 *
 * Compiled from shared/sources/what-happened-next-2025-2026.md; every quote was re-read at
 * its source before use. DeepSeek's price cards are the records of priceLists.ts (with their
 * quotes in quotes.ts and the copies they were read in, `via`): one record per source. Copies
 * read for the rest: petehsu/LLM-Docs (news250929), megalodon.jp's archive of the pricing page
 * (26 Apr 2026, the V4 launch card at 75% off). The
 * Arena figures are our calculation from CherryHQ/cherry-studio-docs' daily scrape of
 * lmarena.ai (other/model_rank/lmarena.md at the commit named in each record).
 */
import type { CitedSource, Kind, Source } from './types';
import { PUBLISHED } from './deepseekDay';
import {
  PRICING_2025_09,
  PRICING_V32,
  PRICING_V4,
  PRICING_PEAK,
  V4_PERMANENT as V4_PERMANENT_SOURCE,
  PRICE_LISTS,
  PEAK_PRO_OFF_PEAK,
  PEAK_MULTIPLIER,
} from './priceLists';
import { QUOTES } from './quotes';

/** A priceLists.ts record with its quote from quotes.ts (one record per source). */
const cited = (s: Source): CitedSource => {
  const quote = QUOTES[s.id];
  if (!quote) throw new Error(`No quote for ${s.id}`);
  return { ...s, quote };
};

export const NIGHT_END: CitedSource = cited(PRICING_2025_09);
export const CUT_NEWS: CitedSource = {
  id: 'deepseek-news250929',
  title: 'Introducing DeepSeek-V3.2-Exp (read in petehsu/LLM-Docs’ copy)',
  publisher: 'DeepSeek API Docs',
  date: '2025-09-29',
  url: 'https://api-docs.deepseek.com/news/news250929',
  quote: '💰 DeepSeek API prices drop 50%+, effective immediately.',
};
export const V32_CARD: CitedSource = cited(PRICING_V32);
export const COST_PAPER: CitedSource = {
  id: 'deepseek-v32-cost',
  title: 'DeepSeek-V3.2-Exp: Boosting Long-Context Efficiency with DeepSeek Sparse Attention (technical report, Figure 3)',
  publisher: 'DeepSeek-AI (GitHub, deepseek-ai/DeepSeek-V3.2-Exp)',
  date: '2025-09-29',
  url: 'https://github.com/deepseek-ai/DeepSeek-V3.2-Exp/blob/main/DeepSeek_V3_2.pdf',
  quote:
    'Figure 3 presents how token costs of DeepSeek-V3.1-Terminus and DeepSeek-V3.2 vary with the token position in the sequence. These costs are estimated from benchmarking the actual service deployed on H800 GPUs, at a rental price of 2 USD per GPU hour.',
};
export const R1_COST: CitedSource = {
  id: 'nature-r1-cost',
  title: 'Secrets of DeepSeek AI model revealed in landmark paper (read in theoutpost.ai’s copy)',
  publisher: 'Nature (news)',
  date: '2025-09-17',
  url: 'https://www.nature.com/articles/d41586-025-03015-6',
  quote:
    'Its supplementary material reveals for the first time how much R1 cost to train: the equivalent of just US$294,000. This comes on top of the $6 million or so that the company, based in Hangzhou, spent to make the base LLM that R1 is built on',
};
export const V4_CARD: CitedSource = cited(PRICING_V4);
export const V4_PERMANENT: CitedSource = cited(V4_PERMANENT_SOURCE);
export const PEAK_CARD: CitedSource = cited(PRICING_PEAK);
export const QWEN3: CitedSource = {
  id: 'qwen3-readme',
  title: 'Qwen3 (README)',
  publisher: 'Qwen team, Alibaba (GitHub, QwenLM/Qwen3)',
  date: '2025-04-29',
  url: 'https://github.com/QwenLM/Qwen3',
  quote: 'We are making the weights of Qwen3 available to the public, including both dense and Mixture-of-Expert (MoE) models.',
};
export const MINIMAX_M1: CitedSource = {
  id: 'minimax-m1-readme',
  title: 'MiniMax-M1 (README)',
  publisher: 'MiniMax (GitHub, MiniMax-AI/MiniMax-M1)',
  date: '2025-06',
  url: 'https://github.com/MiniMax-AI/MiniMax-M1',
  quote: "We introduce MiniMax-M1, the world's first open-weight, large-scale hybrid-attention reasoning model.",
};
export const KIMI_K2: CitedSource = {
  id: 'kimi-k2-readme',
  title: 'Kimi K2 (README)',
  publisher: 'Moonshot AI (GitHub, MoonshotAI/Kimi-K2)',
  date: '2025-07-11',
  url: 'https://github.com/MoonshotAI/Kimi-K2',
  quote: 'Kimi K2 is a state-of-the-art mixture-of-experts (MoE) language model with 32 billion activated parameters and 1 trillion total parameters.',
};
export const GLM45: CitedSource = {
  id: 'glm45-readme',
  title: 'GLM-4.5 (README)',
  publisher: 'Zhipu AI / Z.ai (GitHub, zai-org/GLM-4.5)',
  date: '2025-07-28',
  url: 'https://github.com/zai-org/GLM-4.5',
  quote: 'They are released under the MIT open-source license and can be used commercially and for secondary development.',
};
export const MUSE_SPARK: CitedSource = {
  id: 'muse-spark-closed',
  title: 'Meta’s First Proprietary Model Signals the End of the Open-Source Era',
  publisher: 'ggprompts.com',
  date: '2026-04-16',
  url: 'https://ggprompts.com/news/2026-04-16/',
  quote:
    'Meta’s Muse Spark arrived on April 8 … It is also, in a break that would have been unthinkable twelve months ago, entirely proprietary. There is no weight release, no open license, no research paper.',
};
const ARENA_FILE = 'https://github.com/CherryHQ/cherry-studio-docs/blob/';
export const ARENA_NOV: CitedSource = {
  id: 'arena-scrape-2025-11-19',
  title: 'LLM Arena 排行榜 (实时更新), snapshot of 19 Nov 2025 (a daily scrape of lmarena.ai)',
  publisher: 'CherryHQ/cherry-studio-docs (GitHub), from lmarena.ai',
  date: '2025-11-19',
  url: `${ARENA_FILE}3aab95f03c8b7ee9e994c01f9ee7ade3daa501c5/other/model_rank/lmarena.md`,
  quote:
    '| 4 | … | gemini-2.5-pro | 1451 | ±4 | 65,549 | Google | Proprietary | … | 14 | … | MoonshotAIkimi-k2-thinking | 1432 | ±9 | 5,779 | Moonshot | Modified MIT | (rows 1–3 are marked Preliminary)',
};
export const ARENA_MAY: CitedSource = {
  id: 'arena-scrape-2026-05-31',
  title: 'LLM Arena 排行榜 (实时更新), snapshot of 31 May 2026 (a daily scrape of lmarena.ai)',
  publisher: 'CherryHQ/cherry-studio-docs (GitHub), from lmarena.ai',
  date: '2026-05-31',
  url: `${ARENA_FILE}fe3670c45cc2a57da114e0a06a6499e70ebf9073/other/model_rank/lmarena.md`,
  quote:
    '| 1 | 14 | Anthropicclaude-opus-4-6-thinkingAnthropic · Proprietary | 1502±4 | … | 16 | 827 | glm-5.1Z.ai · MIT | 1474±6 | (the rows between are proprietary models or marked Preliminary)',
};
export const NVIDIA_FY26: CitedSource = {
  id: 'nvidia-fy2026',
  title: 'NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2026 (GlobeNewswire release, as republished)',
  publisher: 'NVIDIA via MENAFN',
  date: '2026-02-25',
  url: 'https://menafn.com/1110790416/NVIDIA-Announces-Financial-Results-For-Fourth-Quarter-And-Fiscal-2026',
  quote: 'For fiscal 2026, revenue was $215.9 billion, up 65% from a year ago.',
};
export const OPENAI_H1_2025: CitedSource = {
  id: 'openai-h1-2025',
  title: 'OpenAI’s first half of 2025 (reporting The Information)',
  publisher: 'The Information via CoinCentral',
  date: '2025-09-30',
  url: 'https://coincentral.com/?p=103173',
  quote:
    'OpenAI has revealed eye-popping numbers from the first half of 2025. The artificial intelligence powerhouse reported $4.3 billion in revenue but ended the same period with a staggering net loss of $13.5 billion.',
};
export const ANTHROPIC_Q2_2026: CitedSource = {
  id: 'anthropic-q2-2026',
  title: 'Anthropic reports quarter-on-quarter surge and a first operating profit (reporting the Wall Street Journal and Reuters)',
  publisher: 'ifeng Tech via chinanews.ai',
  date: '2026-05-23',
  url: 'https://chinanews.ai/story/ifeng_8tKe7mMrkGY/',
  quote:
    'It has been reported that Anthropic expects second-quarter revenue to exceed $10.9 billion, more than double the $4.8 billion reported in the first quarter, and to post its first quarterly operating profit — Reuters later put the expected operating profit at roughly $559 million.',
};

export type NextEventId =
  | 'qwen3'
  | 'minimaxM1'
  | 'kimiK2'
  | 'glm45'
  | 'nightEnd'
  | 'r1Cost'
  | 'cut'
  | 'arenaNov'
  | 'museSpark'
  | 'v4'
  | 'arenaMay'
  | 'peak';

/** A dated event of the section's timeline (its words: `story.whatNext.events.<id>`). */
export interface NextEvent {
  id: NextEventId;
  /** ISO date or month. */
  date: string;
  kind: Kind;
  source: CitedSource;
}

export const NEXT_EVENTS: readonly NextEvent[] = [
  { id: 'qwen3', date: '2025-04-29', kind: 'company-claim', source: QWEN3 },
  { id: 'minimaxM1', date: '2025-06', kind: 'company-claim', source: MINIMAX_M1 },
  { id: 'kimiK2', date: '2025-07-11', kind: 'company-claim', source: KIMI_K2 },
  { id: 'glm45', date: '2025-07-28', kind: 'company-claim', source: GLM45 },
  { id: 'nightEnd', date: '2025-09-05', kind: 'company-claim', source: NIGHT_END },
  { id: 'r1Cost', date: '2025-09-17', kind: 'company-claim', source: R1_COST },
  { id: 'cut', date: '2025-09-29', kind: 'company-claim', source: CUT_NEWS },
  { id: 'arenaNov', date: '2025-11-19', kind: 'our-calculation', source: ARENA_NOV },
  { id: 'museSpark', date: '2026-04-08', kind: 'press-report', source: MUSE_SPARK },
  { id: 'v4', date: '2026-04-24', kind: 'company-claim', source: V4_CARD },
  { id: 'arenaMay', date: '2026-05-31', kind: 'our-calculation', source: ARENA_MAY },
  { id: 'peak', date: '2026-08-16', kind: 'company-claim', source: PEAK_CARD },
];

export type NextFigureId =
  | 'unifiedMiss'
  | 'unifiedOut'
  | 'v32Hit'
  | 'v32Miss'
  | 'v32Out'
  | 'cutPct'
  | 'v4FlashMiss'
  | 'v4FlashOut'
  | 'v4ProMiss'
  | 'v4ProOut'
  | 'peakProMissOff'
  | 'peakProOutOff'
  | 'peakProMissPeak'
  | 'peakProOutPeak'
  | 'peakMultiplier'
  | 'gpuHour'
  | 'r1TrainingCost'
  | 'v3BaseCost'
  | 'arenaNovClosed'
  | 'arenaNovOpen'
  | 'arenaMayClosed'
  | 'arenaMayOpen'
  | 'nvidiaRevenueFy26'
  | 'openaiRevenueH1'
  | 'openaiNetLossH1'
  | 'anthropicRevenueQ2'
  | 'anthropicProfitQ2';

export interface NextFigure {
  id: NextFigureId;
  value: number;
  /** usd-per-million-tokens, usd, usd-per-gpu-hour, percent, times, arena-points. */
  unit: string;
  period: string;
  kind: Kind;
  source: CitedSource;
  /** How the source states it, where it is not exact ("more than", "about"). */
  bound?: 'exact' | 'moreThan' | 'about';
}

const f = (id: NextFigureId, value: number, unit: string, period: string, kind: Kind, source: CitedSource, bound: NextFigure['bound'] = 'exact'): NextFigure => ({
  id, value, unit, period, kind, source, bound,
});
const PER_M = 'usd-per-million-tokens';

export const NEXT_FIGURES: readonly NextFigure[] = [
  f('unifiedMiss', PRICE_LISTS.sep2025.r1.miss, PER_M, 'from 5 Sep 2025, both models, input cache miss', 'company-claim', NIGHT_END),
  f('unifiedOut', PRICE_LISTS.sep2025.r1.out, PER_M, 'from 5 Sep 2025, both models, output', 'company-claim', NIGHT_END),
  f('cutPct', 50, 'percent', '29 Sep 2025, V3.2-Exp', 'company-claim', CUT_NEWS, 'moreThan'),
  f('v32Hit', PRICE_LISTS.v32.r1.hit, PER_M, 'V3.2 card, input cache hit', 'company-claim', V32_CARD),
  f('v32Miss', PRICE_LISTS.v32.r1.miss, PER_M, 'V3.2 card, input cache miss', 'company-claim', V32_CARD),
  f('v32Out', PRICE_LISTS.v32.r1.out, PER_M, 'V3.2 card, output', 'company-claim', V32_CARD),
  f('v4FlashMiss', PRICE_LISTS.v4flash.r1.miss, PER_M, 'V4 card, Apr 2026, deepseek-v4-flash, input cache miss', 'company-claim', V4_CARD),
  f('v4FlashOut', PRICE_LISTS.v4flash.r1.out, PER_M, 'V4 card, Apr 2026, deepseek-v4-flash, output', 'company-claim', V4_CARD),
  f('v4ProMiss', PRICE_LISTS.v4pro.r1.miss, PER_M, 'V4 card, Apr 2026 (75% off; the standard price from 22 May 2026), deepseek-v4-pro, input cache miss', 'company-claim', V4_CARD),
  f('v4ProOut', PRICE_LISTS.v4pro.r1.out, PER_M, 'V4 card, Apr 2026 (75% off; the standard price from 22 May 2026), deepseek-v4-pro, output', 'company-claim', V4_CARD),
  f('peakProMissOff', PEAK_PRO_OFF_PEAK.miss, PER_M, 'from 16 Aug 2026, deepseek-v4-pro, input cache miss, off-peak', 'company-claim', PEAK_CARD),
  f('peakProOutOff', PEAK_PRO_OFF_PEAK.out, PER_M, 'from 16 Aug 2026, deepseek-v4-pro, output, off-peak', 'company-claim', PEAK_CARD),
  f('peakProMissPeak', PEAK_MULTIPLIER * PEAK_PRO_OFF_PEAK.miss, PER_M, 'from 16 Aug 2026, deepseek-v4-pro, input cache miss, peak', 'company-claim', PEAK_CARD),
  f('peakProOutPeak', PEAK_MULTIPLIER * PEAK_PRO_OFF_PEAK.out, PER_M, 'from 16 Aug 2026, deepseek-v4-pro, output, peak', 'company-claim', PEAK_CARD),
  f('peakMultiplier', PEAK_MULTIPLIER, 'times', 'peak price over the usual price, announced 29 Jun 2026', 'company-claim', V4_PERMANENT),
  f('gpuHour', 2, 'usd-per-gpu-hour', 'the rental price behind DeepSeek’s per-token cost chart, Sep 2025', 'company-claim', COST_PAPER),
  f('r1TrainingCost', 294_000, 'usd', 'R1’s training on top of the base model, disclosed Sep 2025', 'company-claim', R1_COST),
  f('v3BaseCost', 6e6, 'usd', 'the base model R1 is built on', 'company-claim', R1_COST, 'about'),
  f('arenaNovClosed', 1451, 'arena-points', '19 Nov 2025, top closed model (gemini-2.5-pro)', 'estimate', ARENA_NOV),
  f('arenaNovOpen', 1432, 'arena-points', '19 Nov 2025, top open model (kimi-k2-thinking)', 'estimate', ARENA_NOV),
  f('arenaMayClosed', 1502, 'arena-points', '31 May 2026, top closed model (claude-opus-4-6-thinking)', 'estimate', ARENA_MAY),
  f('arenaMayOpen', 1474, 'arena-points', '31 May 2026, top open model (glm-5.1)', 'estimate', ARENA_MAY),
  f('nvidiaRevenueFy26', 215.9e9, 'usd', 'NVIDIA fiscal 2026 (year to 25 Jan 2026)', 'company-claim', NVIDIA_FY26),
  f('openaiRevenueH1', 4.3e9, 'usd', 'OpenAI, Jan–Jun 2025', 'press-report', OPENAI_H1_2025),
  f('openaiNetLossH1', -13.5e9, 'usd', 'OpenAI, Jan–Jun 2025', 'press-report', OPENAI_H1_2025),
  f('anthropicRevenueQ2', 10.9e9, 'usd', 'Anthropic, Apr–Jun 2026, expected in May 2026', 'press-report', ANTHROPIC_Q2_2026, 'moreThan'),
  f('anthropicProfitQ2', 559e6, 'usd', 'Anthropic, Apr–Jun 2026, expected operating profit', 'press-report', ANTHROPIC_Q2_2026, 'about'),
];

export function nextFigure(id: NextFigureId): NextFigure {
  const x = NEXT_FIGURES.find((r) => r.id === id);
  if (!x) throw new Error(`No figure ${id}`);
  return x;
}

/** Arena gap in points at a snapshot (our calculation: top closed − top open, preliminary entries left out). */
export function arenaGap(which: 'nov' | 'may'): number {
  return which === 'nov'
    ? nextFigure('arenaNovClosed').value - nextFigure('arenaNovOpen').value
    : nextFigure('arenaMayClosed').value - nextFigure('arenaMayOpen').value;
}

/**
 * DeepSeek's own published day (27–28 Feb 2025: 608B input tokens, 56.3% cache hits, 168B
 * output, $87,072 of GPU rent) billed at the V3.2 card (our calculation):
 * revenue = hit × $0.028 + miss × $0.28 + output × $0.42 per million; margin = (revenue − cost) ÷ cost.
 * Same traffic, same GPUs and same cost: only the price list changes.
 */
export function dayAtV32(): { revenue: number; cost: number; costProfitMargin: number } {
  const input = PUBLISHED.inputTokens.value / 1e6;
  const hit = input * (PUBLISHED.cacheHitPct.value / 100);
  const miss = input - hit;
  const out = PUBLISHED.outputTokens.value / 1e6;
  const revenue = hit * nextFigure('v32Hit').value + miss * nextFigure('v32Miss').value + out * nextFigure('v32Out').value;
  const cost = PUBLISHED.dailyCost.value;
  return { revenue, cost, costProfitMargin: (revenue - cost) / cost };
}

export const DAY_AT_V32 = {
  formula:
    '608,000M × 56.3% × $0.028 + 608,000M × 43.7% × $0.28 + 168,000M × $0.42 = $154,539 a day; ($154,539 − $87,072) ÷ $87,072 = 77.5%',
  kind: 'our-calculation' as Kind,
  sources: [V32_CARD],
};

export function whatNextSources(): CitedSource[] {
  const all = [...NEXT_EVENTS.map((e) => e.source), ...NEXT_FIGURES.map((x) => x.source), COST_PAPER, V4_PERMANENT];
  return [...new Map(all.map((s) => [s.id, s])).values()];
}
