/**
 * Who is in China's model race (the article's landscape), with every figure's source and exact
 * quote beside it. Build time only: the race section is static HTML, so no module of the
 * browser bundle imports this one (test/build/dist.test.ts checks that its quotes are in the
 * HTML and in none of the JavaScript).
 *
 * Compiled from shared/FACTS.md §4–§5 and shared/sources/open-vs-closed-factcheck.md §1D.
 * Funding, valuations and founding dates come from the seed article only (no better source
 * was found): they are press reports, labelled as the article's. Usage figures are third-party
 * trackers (estimates); they disagree by more than 2×, which is the point of showing them
 * side by side.
 */
import type { CitedSource, Kind } from './types';
import { ARTICLE as ARTICLE_SOURCE, RATE } from './prices';

/** The seed article, which this page may cite as a press report where nothing better exists (one record: prices.ts). */
const { id: _articleId, ...ARTICLE } = ARTICLE_SOURCE;

/** A citation of the article: one quote, one id (the same page, quoted at different places). */
export function articleSource(id: string, quote: string): CitedSource {
  return { id: `article-${id}`, ...ARTICLE, quote };
}

/**
 * The article converts dollars to yuan at about ¥7.27 per US$ ($475K ≈ ¥3.46M); the page uses
 * the same rate wherever it converts (RATE in prices.ts, with its arithmetic), and says so
 * beside every converted figure.
 */
export const ARTICLE_CNY_PER_USD: number = RATE.value;
export const RATE_SOURCE = articleSource(
  'rate',
  'DeepSeek理論上最高每天可盈利47. 5萬美元(折合人民幣約346萬元)',
);

export type PlayerId =
  | 'baidu'
  | 'bytedance'
  | 'alibaba'
  | 'huawei'
  | 'tencent'
  | 'zhipu'
  | 'minimax'
  | 'baichuan'
  | 'moonshot'
  | 'stepfun'
  | 'zeroOne'
  | 'deepseek';

/** Big tech (funded by its own businesses), the "six little tigers" (venture-funded), DeepSeek (its parent fund). */
export type PlayerGroup = 'bigTech' | 'tiger' | 'independent';
export const GROUPS: readonly PlayerGroup[] = ['bigTech', 'tiger', 'independent'] as const;

/** A founding month (YYYY-MM), as the article gives it. */
export interface Founding {
  date: string;
  kind: Kind;
  source: CitedSource;
}

/**
 * A sum of money as reported: a funding round, a year's total, a valuation, or assets under
 * management. `bound` says how the source states it ("more than", "at least", a range).
 */
export interface MoneyFigure {
  what: 'round' | 'raisedInYear' | 'valuation' | 'plannedValuation' | 'aum';
  value: number;
  /** Upper end, for a range (High-Flyer's ¥50–60bn). */
  high?: number;
  unit: 'cny' | 'usd';
  bound: 'exact' | 'moreThan' | 'range' | 'unstated';
  /** ISO month or year the figure refers to. */
  period: string;
  kind: Kind;
  source: CitedSource;
}

export interface RacePlayer {
  id: PlayerId;
  group: PlayerGroup;
  /** What the article says the company is known for (its words are in the locale files, `race.players.<id>`). */
  noteSource: CitedSource;
  founded?: Founding;
  money: readonly MoneyFigure[];
}

const BIG_TECH_QUOTES: Record<'baidu' | 'bytedance' | 'alibaba' | 'huawei' | 'tencent', string> = {
  baidu: '最早入局AI大模型的百度,在文心大模型的基礎上,徹底重構了旗下產品,構建了從芯片(昆侖芯)到平臺(飛槳)再到場景(智能交通、金融風控)的全棧能力。',
  bytedance: '字節跳動則憑借著在抖音投流這一得天獨厚的優勢,使豆包成為當前月活規模最大的AI應用。',
  alibaba: '作為最早擁抱開源路線的互聯網大廠,阿里推動通義千問成為全球頂尖的開源模型廠商,目前QwQ-32B模型成功登頂全球開源社區榜首。',
  huawei: '具有制造業基因的華為打造的盤古大模型,則主要聚焦工業多模態應用,落地于工業和制造等核心場景。',
  tencent: '騰訊則依靠社交生態,一直穩扎穩打,直至DeepSeek出現才憑借騰訊元寶殺出重圍,位居蘋果中國區應用商店免費App下載排行榜第一。',
};

const TIGERS_QUOTE =
  '“六小虎”分別是:智譜AI、MiniMax、百川智能、月之暗面、階躍星辰、零一萬物。其中,除了智譜AI和Minimax成立時間較早,其余幾家都誕生于2023年:百川智能成立于2023年3月,月之暗面、階躍星辰成立于2023年4月,零一萬物成立于2023年5月。';
const TIGERS = articleSource('six-tigers', TIGERS_QUOTE);
const founded = (date: string): Founding => ({ date, kind: 'press-report', source: TIGERS });

const MOONSHOT = articleSource(
  'moonshot-funding',
  '2024 年 2 月,月之暗面在阿里領投下,成功完成超 10 億美元融資,將大模型第一梯隊的估值基準線拉高到 200 億元。',
);
const ZHIPU = articleSource(
  'zhipu-funding',
  '智譜 AI 也動作頻頻,在 2024 年完成至少三輪融資,累計融資超 40 億元人民幣,背后投資方陣容強大,有北京市人工智能產業投資基金、社保基金中關村自主創新基金,以及美團、阿里、騰訊等,估值隨之突破 200 億元大關。',
);
const BAICHUAN = articleSource(
  'baichuan-funding',
  '去年 7 月,百川智能宣布順利完成 A2 輪融資,融資金額高達 50 億元人民幣,還計劃以 200 億元估值開啟 B 輪融資。',
);
const STEPFUN = articleSource(
  'stepfun-funding',
  '去年年末,階躍星辰宣布完成數億美元的 B 輪融資,投資方涵蓋上海國有資本投資有限公司及其旗下基金、騰訊投資、五源資本、啟明創投等。階躍星辰借此成為 2024 年最后一家躋身 200 億估值梯隊的通用大模型企業。',
);
export const DEEPSEEK_FUNDING = articleSource(
  'deepseek-funding',
  'DeepSeek從未接受外部融資,目前也暫未有外部融資的信息,而是依靠幻方量化的利潤支撐。成立于2015年幻方量化,是最早使用AI投資的對沖基金之一。……截至2024年末,幻方量化保持在量化投資第一梯隊的地位,管理規模在500-600億元區間。',
);

const press = (m: Omit<MoneyFigure, 'kind'>): MoneyFigure => ({ ...m, kind: 'press-report' });

/** In the order the table shows them: big tech as the article lists it, then the tigers by founding date, then DeepSeek. */
export const PLAYERS: readonly RacePlayer[] = [
  ...(['baidu', 'bytedance', 'alibaba', 'huawei', 'tencent'] as const).map(
    (id): RacePlayer => ({ id, group: 'bigTech', noteSource: articleSource(`${id}-note`, BIG_TECH_QUOTES[id]), money: [] }),
  ),
  {
    id: 'zhipu',
    group: 'tiger',
    noteSource: TIGERS,
    money: [
      press({ what: 'raisedInYear', value: 4e9, unit: 'cny', bound: 'moreThan', period: '2024', source: ZHIPU }),
      press({ what: 'valuation', value: 20e9, unit: 'cny', bound: 'moreThan', period: '2024', source: ZHIPU }),
    ],
  },
  { id: 'minimax', group: 'tiger', noteSource: TIGERS, money: [] },
  {
    id: 'baichuan',
    group: 'tiger',
    noteSource: TIGERS,
    founded: founded('2023-03'),
    money: [
      press({ what: 'round', value: 5e9, unit: 'cny', bound: 'exact', period: '2024-07', source: BAICHUAN }),
      press({ what: 'plannedValuation', value: 20e9, unit: 'cny', bound: 'exact', period: '2024-07', source: BAICHUAN }),
    ],
  },
  {
    id: 'moonshot',
    group: 'tiger',
    noteSource: TIGERS,
    founded: founded('2023-04'),
    money: [
      press({ what: 'round', value: 1e9, unit: 'usd', bound: 'moreThan', period: '2024-02', source: MOONSHOT }),
      press({ what: 'valuation', value: 20e9, unit: 'cny', bound: 'exact', period: '2024-02', source: MOONSHOT }),
    ],
  },
  {
    id: 'stepfun',
    group: 'tiger',
    noteSource: TIGERS,
    founded: founded('2023-04'),
    money: [
      // "數億美元": several hundred million dollars, no number; shown as words, never as a bar.
      press({ what: 'round', value: Number.NaN, unit: 'usd', bound: 'unstated', period: '2024-12', source: STEPFUN }),
      press({ what: 'valuation', value: 20e9, unit: 'cny', bound: 'exact', period: '2024', source: STEPFUN }),
    ],
  },
  { id: 'zeroOne', group: 'tiger', noteSource: TIGERS, founded: founded('2023-05'), money: [] },
  {
    id: 'deepseek',
    group: 'independent',
    noteSource: DEEPSEEK_FUNDING,
    money: [press({ what: 'aum', value: 50e9, high: 60e9, unit: 'cny', bound: 'range', period: '2024-12', source: DEEPSEEK_FUNDING })],
  },
];

/** High-Flyer, DeepSeek's parent, was founded in 2015 (the article). */
export const HIGH_FLYER_FOUNDED = { value: 2015, unit: 'year', period: 'founding', kind: 'press-report' as Kind, source: DEEPSEEK_FUNDING };

/** A funding round's size in yuan, for the table's bars: dollars at the article's rate (our calculation). */
export function roundInCny(m: MoneyFigure): number | null {
  if (m.what !== 'round' || !Number.isFinite(m.value)) return null;
  return m.unit === 'cny' ? m.value : m.value * ARTICLE_CNY_PER_USD;
}

/** The largest funding figure the table draws as a bar (sets the bars' common scale). */
export function largestRound(players: readonly RacePlayer[] = PLAYERS): number {
  return Math.max(...players.flatMap((p) => p.money.map((m) => roundInCny(m) ?? (m.what === 'raisedInYear' ? m.value : 0))));
}

// ——— Usage: DeepSeek's users in February 2025, by three trackers ———

export type TrackerId = 'aicpb' | 'xsignal' | 'questmobile';

export interface UsageFigure {
  id: 'aicpbMau' | 'xsignalMau' | 'questmobileDauPeak';
  tracker: TrackerId;
  metric: 'mau' | 'dauPeak';
  value: number;
  unit: 'users';
  /** ISO month; the QuestMobile peak is at the end of that month. */
  period: string;
  channel: 'app';
  kind: Kind;
  source: CitedSource;
}

const DINGJIAO: CitedSource = {
  id: 'dingjiao-ai-apps-q1-2025',
  title: 'AI應用大盤點：誰暴漲？誰掉隊？ (定焦One, Italian translation at digest.allm.link)',
  publisher: '定焦One (translated by ALLM Digest)',
  date: '2025-04',
  url: 'https://digest.allm.link/it/blogs/ai-app-landscape-who-is-surging-and-who-is-lagging',
  quote: "AI Product Ranking ha riportato un MAU di febbraio di 61,81 milioni per l'app DeepSeek, mentre Xsignal ha riportato 145,5077 milioni.",
};
export const QUESTMOBILE_Q1: CitedSource = {
  id: 'questmobile-q1-2025',
  title: 'QuestMobile 2025 Q1 report on AI apps (republished)',
  publisher: 'QuestMobile (republished by shannonangel.com)',
  date: '2025-04-15',
  url: 'https://shannonangel.com/news/show-354924.html',
  quote: 'DeepSeek App日活躍用戶在2月底突破5000萬最高達到5341萬',
};

export const USAGE: readonly UsageFigure[] = [
  { id: 'aicpbMau', tracker: 'aicpb', metric: 'mau', value: 61.81e6, unit: 'users', period: '2025-02', channel: 'app', kind: 'estimate', source: DINGJIAO },
  { id: 'xsignalMau', tracker: 'xsignal', metric: 'mau', value: 145.5077e6, unit: 'users', period: '2025-02', channel: 'app', kind: 'estimate', source: DINGJIAO },
  { id: 'questmobileDauPeak', tracker: 'questmobile', metric: 'dauPeak', value: 53.41e6, unit: 'users', period: '2025-02', channel: 'app', kind: 'estimate', source: QUESTMOBILE_Q1 },
];

/** How far the two monthly-user counts for the same app and month disagree (our calculation: Xsignal ÷ AI产品榜). */
export function trackerSpread(usage: readonly UsageFigure[] = USAGE): number {
  const mau = usage.filter((u) => u.metric === 'mau').map((u) => u.value);
  return Math.max(...mau) / Math.min(...mau);
}

// ——— The article's usage claims that could not be confirmed (fact checks) ———

export const USAGE_CLAIMS_SOURCE = articleSource(
  'usage-claims',
  '據QuestMobile披露的最新數據,DeepSeek的日活躍用戶數已突破3000萬,成為史上最快達成這一規模的應用。另外,《AI產品榜》指出,DeepSeek 2 月份活躍用戶 1.57 億,含網站(Web)近億、應用(App) 6181 萬,累加不去重,是 ChatGPT 7.49 億的 20.9%。',
);
/** Where the "over 30 million" appears: only in secondary copies, for early February. */
export const DAU_30M_COPY: CitedSource = {
  id: 'dau-30m-copy',
  title: 'DeepSeek vượt qua ChatGPT về lượt truy cập hàng tháng',
  publisher: 'Người Thời Đại',
  date: '2025-02',
  url: 'https://nguoithoidai.com/deepseek-vuot-qua-chatgpt-ve-luot-truy-cap-moi-hang-thang',
  quote:
    'Theo dữ liệu từ QuestMobile, DeepSeek đã vượt qua ChatGPT về số lượng người dùng hoạt động hàng ngày vào cuối tháng 1 và đạt hơn 30 triệu người dùng đầu tháng 2.',
};

/** Every source the race section cites, once each. */
export function raceSources(): CitedSource[] {
  const all = [
    ...PLAYERS.flatMap((p) => [p.noteSource, ...(p.founded ? [p.founded.source] : []), ...p.money.map((m) => m.source)]),
    ...USAGE.map((u) => u.source),
    USAGE_CLAIMS_SOURCE,
    DAU_30M_COPY,
    RATE_SOURCE,
  ];
  return [...new Map(all.map((s) => [s.id, s])).values()];
}
