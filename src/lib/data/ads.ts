/**
 * Business model 2, ads in AI search: dated events with their sources and exact quotes. No
 * figure of ad revenue is drawn: none was found in a primary source. Build time only.
 *
 * Perplexity's own post (12 Nov 2024) is cited at its official address; its words were read
 * in copies that quote it (a micro.blog post quoting it in full, and Gadgets360's report, as
 * republished), since the store holds no copy of perplexity.ai itself. The exit is a press
 * report (Financial Times), read as B&T reported it.
 */
import type { CitedSource, Kind } from './types';
import { articleSource } from './race';

export interface AdEvent {
  id: 'perplexityLaunch' | 'perplexityExit' | 'chatgptTest';
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
/** The article's account of Perplexity's ads (it matches Perplexity's own post). */
export const ARTICLE_ADS = articleSource(
  'ads',
  '2024年11月,AI搜索引擎Perplexity試水廣告戰略。當用戶使用Perplexity AI搜索問題時,搜索結果頁底部的“跟進問題”一欄,會顯示贊助商提供的廣告。',
);

export const AD_EVENTS: readonly AdEvent[] = [
  { id: 'perplexityLaunch', date: '2024-11-12', kind: 'company-claim', source: PERPLEXITY_ADS_POST },
  { id: 'chatgptTest', date: '2026-01-16', kind: 'company-claim', source: CHATGPT_ADS_TEST },
  { id: 'perplexityExit', date: '2026-02', kind: 'press-report', source: PERPLEXITY_EXIT },
];

export function adSources(): CitedSource[] {
  return [PERPLEXITY_ADS_POST, ARTICLE_ADS, CHATGPT_ADS_TEST, PERPLEXITY_EXIT];
}
