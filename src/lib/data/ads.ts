/**
 * Business model 2, ads in AI search: dated events with their sources and exact quotes, and
 * the three sums found since (Perplexity's ad revenue and annualised revenue, ChatGPT's ad
 * business), all press reports or estimates. No chart: the sums are of different kinds and
 * periods. Build time only.
 *
 * Perplexity's own post (12 Nov 2024) is cited at its official address; its words were read
 * in copies that quote it (a micro.blog post quoting it in full, and Gadgets360's report, as
 * republished), since the store holds no copy of perplexity.ai itself. The exit is a press
 * report (Financial Times), read as B&T reported it.
 */
import type { CitedSource, Kind } from './types';
import { articleSource } from './race';

export interface AdEvent {
  id: 'perplexityLaunch' | 'perplexityExit' | 'chatgptTest' | 'chatgptFirstAd' | 'anthropicAdFree' | 'chatgptSelfServe';
  /** ISO date or month. */
  date: string;
  kind: Kind;
  source: CitedSource;
}

export const PERPLEXITY_ADS_POST: CitedSource = {
  id: 'perplexity-ads-2024',
  title: 'Why we’re experimenting with advertising',
  publisher: 'Perplexity',
  date: '2024-11-12',
  url: 'https://www.perplexity.ai/hub/blog/why-we-re-experimenting-with-advertising',
  quote:
    'That’s why starting this week, we will begin experimenting with ads on Perplexity. … the content of the answers you receive on Perplexity will not be influenced by advertisers. … Ads will appear in the US to start and will be formatted as sponsored follow-up questions and paid media positioned to the side of an answer.',
};
export const PERPLEXITY_EXIT: CitedSource = {
  id: 'perplexity-ads-exit-ft',
  title: 'Perplexity cans advertising, claiming it makes users suspicious of everything (reporting the Financial Times)',
  publisher: 'Financial Times via B&T',
  date: '2026-02',
  url: 'https://www.bandt.com.au/perplexity-cans-advertising-claiming-it-makes-users-suspicious-of-everything/',
  quote:
    'Perplexity has abandoned its advertising endeavour a little more than a year after launch, according to reports. … “[The] challenge with ads is that a user would just start doubting everything… which is why we don’t see it as a fruitful thing to focus on right now.”',
};
export const CHATGPT_ADS_TEST: CitedSource = {
  id: 'chatgpt-ads-test-2026',
  title: 'ChatGPT Is Testing Ads for Free Users – What OpenAI Actually Said (And What It Means)',
  publisher: 'ABZ Global (summarising OpenAI’s announcement)',
  date: '2026-01-16',
  url: 'https://www.abzglobal.net/web-development-blog/chatgpt-is-testing-ads-for-free-users-what-openai-actually-said-and-what-it-means',
  quote:
    'OpenAI says it plans to start testing ads in the U.S. “in the coming weeks” for: Free users … ChatGPT Go users (a new lower-cost plan) … Pro, Business, and Enterprise will not include ads.',
};
/** The Financial Times' report of Perplexity's exit, with its revenue figure and Anthropic's pledge, as Techloy reported it. */
export const PERPLEXITY_EXIT_TECHLOY: CitedSource = {
  id: 'perplexity-ads-exit-techloy',
  title: 'Perplexity abandons ads, says advertising undermines user trust in AI (reporting the Financial Times)',
  publisher: 'Financial Times via Techloy',
  date: '2026-02-19',
  url: 'https://www.techloy.com/perplexity-abandons-ads-says-advertising-undermines-user-trust-in-ai',
  quote:
    'By late 2025, it had stopped accepting new advertisers. … Anthropic this month committed to keeping Claude ad-free. … Perplexity is valued at $18 billion, with $200 million in annualised revenues—the majority from subscriptions',
};
/** Benzinga's figure for Perplexity's ad revenue, as AIhola reported it. */
export const PERPLEXITY_AD_REVENUE: CitedSource = {
  id: 'perplexity-ad-revenue-2024q4',
  title: 'Perplexity Abandons Advertising, Betting Trust Matters More Than Ad Revenue (citing Benzinga)',
  publisher: 'Benzinga via AIhola',
  date: '2026-02-19',
  url: 'https://aihola.com/article/perplexity-drops-ads-trust',
  quote: 'Benzinga reported the company generated roughly $20,000 in ad revenue during Q4 2024.',
};
/** ChatGPT's ad business after its start: eMarketer's estimate and the self-serve launch, in a marketing newsletter citing Digiday and eMarketer. */
export const CHATGPT_ADS_SIZE: CitedSource = {
  id: 'chatgpt-ads-size-2026',
  title: 'The startling fact from the past week (citing Digiday, eMarketer and Criteo)',
  publisher: 'eMarketer via WFU Digital Marketing',
  date: '2026-06-05',
  url: 'https://wfudigitalmarketing.ai/2026-06-05/',
  quote:
    'ChatGPT ran its first ad in February. It\'s already a $100-million ad business — and now it\'s self-serve. … On May 5, OpenAI opened a self-serve Ads Manager … eMarketer pegs ChatGPT\'s young ad business at roughly $100 million annualized.',
};

/** A sum the ads section states (the words say how the source states it: "roughly", "about"). */
export interface AdFigure {
  id: 'perplexityAdRevenueQ4_2024' | 'perplexityAnnualisedRevenue' | 'chatgptAdsAnnualised';
  value: number;
  unit: 'usd';
  period: string;
  kind: Kind;
  source: CitedSource;
}
export const AD_FIGURES: readonly AdFigure[] = [
  { id: 'perplexityAdRevenueQ4_2024', value: 20_000, unit: 'usd', period: 'Oct–Dec 2024, Perplexity ad revenue (roughly)', kind: 'press-report', source: PERPLEXITY_AD_REVENUE },
  { id: 'perplexityAnnualisedRevenue', value: 200e6, unit: 'usd', period: 'Feb 2026, Perplexity annualised revenue, mostly subscriptions', kind: 'press-report', source: PERPLEXITY_EXIT_TECHLOY },
  { id: 'chatgptAdsAnnualised', value: 100e6, unit: 'usd', period: 'mid-2026, ChatGPT ads, annualised (roughly)', kind: 'estimate', source: CHATGPT_ADS_SIZE },
];
export function adFigure(id: AdFigure['id']): AdFigure {
  const f = AD_FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`No ad figure ${id}`);
  return f;
}

/** The article's account of Perplexity's ads (it matches Perplexity's own post). */
export const ARTICLE_ADS = articleSource(
  'ads',
  '2024年11月,AI搜索引擎Perplexity試水廣告戰略。當用戶使用Perplexity AI搜索問題時,搜索結果頁底部的“跟進問題”一欄,會顯示贊助商提供的廣告。',
);

export const AD_EVENTS: readonly AdEvent[] = [
  { id: 'perplexityLaunch', date: '2024-11-12', kind: 'company-claim', source: PERPLEXITY_ADS_POST },
  { id: 'chatgptTest', date: '2026-01-16', kind: 'company-claim', source: CHATGPT_ADS_TEST },
  { id: 'chatgptFirstAd', date: '2026-02', kind: 'press-report', source: CHATGPT_ADS_SIZE },
  { id: 'perplexityExit', date: '2026-02', kind: 'press-report', source: PERPLEXITY_EXIT },
  { id: 'anthropicAdFree', date: '2026-02', kind: 'press-report', source: PERPLEXITY_EXIT_TECHLOY },
  { id: 'chatgptSelfServe', date: '2026-05-05', kind: 'press-report', source: CHATGPT_ADS_SIZE },
];

export function adSources(): CitedSource[] {
  return [PERPLEXITY_ADS_POST, ARTICLE_ADS, CHATGPT_ADS_TEST, PERPLEXITY_EXIT, PERPLEXITY_EXIT_TECHLOY, PERPLEXITY_AD_REVENUE, CHATGPT_ADS_SIZE];
}
