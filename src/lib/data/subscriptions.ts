/**
 * Business model 3, subscriptions: OpenAI's revenue, the share of it expected from ChatGPT, and
 * the losses it projected before a first profit. Every figure is a press report of OpenAI's
 * own documents (OpenAI is private and files no accounts); projections are marked as such and
 * drawn hollow with a dashed outline. Build time only, like race.ts.
 *
 * Compiled from shared/sources/value-chain-margins.md §4 (OpenAI) and shared/FACTS.md §2.
 */
import type { CitedSource, Kind } from './types';
import { articleSource } from './race';

/** The New York Times report of OpenAI's fundraising documents (Sept 2024), as syndicated. */
export const OPENAI_NYT: CitedSource = {
  id: 'openai-2024-nyt-syndicated',
  title: 'OpenAI projects its revenue to increase to $11.6 billion next year (syndicated New York Times report)',
  publisher: 'The New York Times via Business Standard',
  date: '2024-09-28',
  url: 'https://www.business-standard.com/amp/technology/tech-news/openai-projects-its-revenue-to-increase-to-11-6-billion-next-year-124092900747_1.html',
  quote:
    'the company expects about $3.7 billion in annual sales this year, according to financial documents reviewed by The New York Times. … But it expects to lose roughly $5 billion this year after paying for costs related to running its services and other expenses like employee salaries and office rent … Those numbers do not include paying out equity-based compensation to employees',
};
/** The same report's ChatGPT figure, read in a paraphrase of it. */
export const OPENAI_CHATGPT_SHARE: CitedSource = {
  id: 'openai-chatgpt-2024',
  title: 'OpenAI is rapidly expanding while spending heavily (paraphrase of the New York Times report)',
  publisher: 'An Unlimited Amount of Money (citing The New York Times)',
  date: '2024-09',
  url: 'https://anunlimitedamountofmoney.com/openai-is-rapidly-expanding-while-spending-heavily/dfdb786e51c3ab58b1756501e97b0575dce23216/',
  quote: 'OpenAI estimates that ChatGPT alone will generate $2.7 billion in revenue this year, a substantial increase from $700 million in 2023.',
};
/** The Information's report of OpenAI's projections (Oct 2024), as summarised by CoinGeek. */
export const OPENAI_INFORMATION: CitedSource = {
  id: 'openai-projections-information',
  title: 'This week in AI: OpenAI projects $44B losses (summarising The Information)',
  publisher: 'The Information via CoinGeek',
  date: '2024-10',
  url: 'https://coingeek.com/this-week-in-ai-openai-projects-44b-losses-meta-ai-expands',
  quote:
    'A recent report from The Information took a look at OpenAI’s financial projections, revealing that the company isn’t expected to be profitable until 2029 when it’s expected to generate $100 billion in revenue. Until then, OpenAI anticipates steep losses year over year, cumulatively amounting to $44 billion between 2023 and 2028, with an anticipated peak loss of $14 billion in 2026.',
};
/** What the article says (75%, attributed to OpenAI's CFO): shown beside the 73%, not as a figure of its own. */
export const ARTICLE_SUBSCRIPTIONS = articleSource(
  'subscriptions',
  'OpenAI首席財務官去年10月就透露,OpenAI約75%的營收來自消費者訂閱。',
);
/** Moonshot's founder on subscriptions, as the article quotes him (words, not a figure). */
export const ARTICLE_YANG_ZHILIN = articleSource(
  'yang-zhilin',
  '月之暗面創始人楊植麟曾指出:“按照用戶數量收費,是無法隨著產品創造出更大的商業化價值的,訂閱不會是最終的商業模式。”',
);

export interface OpenAIFigure {
  id: 'revenue2024' | 'loss2024' | 'chatgpt2024' | 'loss2026' | 'revenue2029' | 'cumulativeLoss2023to2028';
  /** US dollars; a loss is negative. */
  value: number;
  unit: 'usd';
  /** The year the figure is for (the cumulative loss: its last year). */
  year: number;
  period: string;
  /** 'expected': the company's expectation for the year it was in; 'projection': for a later year. */
  horizon: 'expected' | 'projection';
  kind: Kind;
  source: CitedSource;
}

export const OPENAI_FIGURES: readonly OpenAIFigure[] = [
  { id: 'revenue2024', value: 3.7e9, unit: 'usd', year: 2024, period: '2024, expected in Sept 2024', horizon: 'expected', kind: 'press-report', source: OPENAI_NYT },
  { id: 'loss2024', value: -5e9, unit: 'usd', year: 2024, period: '2024, expected in Sept 2024 (excl. stock compensation)', horizon: 'expected', kind: 'press-report', source: OPENAI_NYT },
  { id: 'chatgpt2024', value: 2.7e9, unit: 'usd', year: 2024, period: '2024, expected in Sept 2024', horizon: 'expected', kind: 'press-report', source: OPENAI_CHATGPT_SHARE },
  { id: 'loss2026', value: -14e9, unit: 'usd', year: 2026, period: '2026, projected in Oct 2024 (excl. stock compensation)', horizon: 'projection', kind: 'press-report', source: OPENAI_INFORMATION },
  { id: 'revenue2029', value: 100e9, unit: 'usd', year: 2029, period: '2029, projected in Oct 2024', horizon: 'projection', kind: 'press-report', source: OPENAI_INFORMATION },
  { id: 'cumulativeLoss2023to2028', value: -44e9, unit: 'usd', year: 2028, period: '2023–2028 together, projected in Oct 2024', horizon: 'projection', kind: 'press-report', source: OPENAI_INFORMATION },
];

/** The year OpenAI expected its first profit (press report, The Information). */
export const FIRST_PROFIT_YEAR = { value: 2029, unit: 'year', period: 'projected in Oct 2024', kind: 'press-report' as Kind, source: OPENAI_INFORMATION };

export function openaiFigure(id: OpenAIFigure['id']): OpenAIFigure {
  const f = OPENAI_FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`No OpenAI figure ${id}`);
  return f;
}

/**
 * The share of 2024 revenue expected from ChatGPT (our calculation: $2.7bn ÷ $3.7bn ≈ 73%).
 * ChatGPT here is consumer and business seats together, so it is not "consumer subscriptions".
 */
export function chatgptShare(): number {
  return openaiFigure('chatgpt2024').value / openaiFigure('revenue2024').value;
}

/** The figures the revenue-and-loss chart draws, in its order (the cumulative loss stays in the text). */
export const CHART_FIGURES: readonly OpenAIFigure['id'][] = ['revenue2024', 'loss2024', 'loss2026', 'revenue2029'];

export function subscriptionSources(): CitedSource[] {
  return [OPENAI_NYT, OPENAI_CHATGPT_SHARE, OPENAI_INFORMATION, ARTICLE_SUBSCRIPTIONS, ARTICLE_YANG_ZHILIN];
}
