/**
 * The AI value chain, one record per company or segment, for the smile-curve chart.
 * Every figure comes from shared/FACTS.md §2 or sources/value-chain-margins.md, with
 * the address given there; the exact quote of each source is in ./quotes.ts (build time
 * only, so it travels in the HTML). Unknown stays unknown (no field).
 *
 * Margins are ratios (0.623 = 62.3%). A margin we computed from a company's figures keeps
 * the kind of those figures (NVIDIA's 62.3% is computed from its filing: kind 'filing');
 * the arithmetic is in `formula`. A figure read only in a third party's summary of the
 * results (Captide, a Substack analyst, a broker's note) is an 'estimate', drawn hollow like
 * other unaudited figures. Where a source page's own publication date was not shown, `date`
 * is the month of the results it reports (YYYY-MM).
 */
import type { Figure, Kind, Source } from './types';
import { isFirstHand } from './types';
import type { Locale } from '../i18n/types';
import { DAY6 } from './deepseekDay';

export type Stage = 'chips' | 'cloud' | 'models' | 'applications';
export const STAGES: readonly Stage[] = ['chips', 'cloud', 'models', 'applications'] as const;

export type MarginType = 'gross' | 'operating' | 'net';
/** The metrics a reader can switch between. */
export type Metric = 'operating' | 'gross';
/** In the order of the switch: the gross view first (the chart's default). */
export const METRICS: readonly Metric[] = ['gross', 'operating'] as const;

/** Keys of per-point notes in the build-time `smile.pointNotes` words (src/lib/i18n/<locale>/prose.ts). */
export type PointNoteKey =
  | 'nvidia'
  | 'msftCloud'
  | 'msftIntelligentCloud'
  | 'aws'
  | 'googleCloud'
  | 'alibaba'
  | 'openai'
  | 'anthropic'
  | 'perplexity'
  | 'cursor'
  | 'msftApps'
  | 'huawei'
  | 'baidu'
  | 'deepseek'
  | 'nvidiaLatest'
  | 'msftCloudLatest'
  | 'msftIntelligentCloudLatest'
  | 'awsLatest'
  | 'googleCloudLatest'
  | 'alibabaLatest'
  | 'huaweiLatest'
  | 'baiduLatest'
  | 'openaiLatest'
  | 'anthropicLatest'
  | 'perplexityLatest'
  | 'cursorLatest'
  | 'msftAppsLatest'
  | 'deepseekLatest';

/** Keys of the periods' words (`smile.periods` in the locale files). */
export type PeriodKey =
  | 'nvidiaQ3FY25'
  | 'microsoftQ2FY25'
  | 'q4y2024'
  | 'alibabaSep2024'
  | 'alibabaDec2024'
  | 'year2024'
  | 'openaiProjection'
  | 'deepseekDay'
  | 'cursorJan2026'
  | 'nvidiaQ1FY27'
  | 'microsoftQ2FY26'
  | 'q4y2025'
  | 'year2025'
  | 'year2025Forecast'
  | 'h1y2025'
  | 'anthropicQ2y2026Projection';

/**
 * The chart's two periods: the figures of 2024 to early 2025 (`y2024`), and the latest
 * sourced year (`latest`, 2025 to mid-2026). A company without a comparable figure for the
 * later period is listed as missing there, never carried over.
 */
export type ChartPeriod = 'y2024' | 'latest';
export const CHART_PERIODS: readonly ChartPeriod[] = ['y2024', 'latest'] as const;

/** Keys of the formulas' words (`smile.formulas`): the arithmetic behind a margin we computed. */
export type FormulaKey =
  | 'nvidiaOperating'
  | 'nvidiaNet'
  | 'azureOperating'
  | 'awsOperating'
  | 'alibabaOperating'
  | 'openaiOperating'
  | 'deepseekGross'
  | 'perplexityGross'
  | 'msftAppsOperating'
  | 'nvidiaOperatingLatest'
  | 'awsOperatingLatest'
  | 'googleCloudOperating'
  | 'openaiOperatingH1'
  | 'anthropicOperatingQ2';

export interface MarginFigure extends Omit<Figure, 'period' | 'formula'> {
  unit: 'ratio';
  /** The period, as a key of the locale files' `smile.periods`. */
  period: PeriodKey;
  /** How we computed it, as a key of `smile.formulas`. */
  formula?: FormulaKey;
  /** A note (dictionary key) that explains the basis; required outside −100% … +100%. */
  note?: PointNoteKey;
  /** The figure was read in a secondary summary of the company's results, not the original. */
  viaSummary?: boolean;
  /**
   * The source gives only rough amounts ("roughly $5 billion", "more than $57 million"): the
   * ratio is shown to the whole percent, marked ≈, never with a decimal it does not have.
   */
  approx?: boolean;
  /**
   * What the ratio is when it is not the metric of the view it appears in (a key of the
   * locale files' `smile.basis`): OpenAI's projected loss over revenue, in the operating view.
   */
  basis?: BasisKey;
}

/** Keys of the words for a ratio that stands in for a margin (`smile.basis`). */
export type BasisKey = 'projectedLoss';

/** Decimals a margin is shown with: rough figures to the whole percent. */
export function percentDigits(f: Pick<MarginFigure, 'approx'>): 0 | 1 {
  return f.approx ? 0 : 1;
}

/** A margin in percent, rounded as the page shows it (for the CSV file: 62.3, −135, −68). */
export function roundedPercent(f: Pick<MarginFigure, 'value' | 'approx'>): number {
  const scale = f.approx ? 1 : 10;
  return Math.round(f.value * 100 * scale) / scale;
}

export interface RevenueFigure extends Omit<Figure, 'period'> {
  unit: 'usd';
  /** The period, as a key of the locale files' `smile.periods`. */
  period: PeriodKey;
  /** Months the revenue covers (3: a quarter; 12: a year; for mark sizes it is annualised). */
  months: number;
  /** When reported in yuan: the reported amount and how it was converted. */
  reportedCny?: number;
}

/** Company or segment ids; their names are words, in the locale files (smile.companies). */
export type CompanyId =
  | 'nvidia'
  | 'msft-cloud'
  | 'msft-intelligent-cloud'
  | 'aws'
  | 'google-cloud'
  | 'alibaba-cloud'
  | 'huawei-cloud'
  | 'baidu-ai-cloud'
  | 'openai'
  | 'anthropic'
  | 'deepseek'
  | 'perplexity'
  | 'cursor'
  | 'msft-apps';

export interface ValueChainRecord {
  id: CompanyId;
  stage: Stage;
  /** An incumbent application owner (its AI revenue is not broken out). */
  incumbent?: boolean;
  /** Shown apart from the chain (DeepSeek's own inference-only claim). */
  apart?: boolean;
  margins: Partial<Record<MarginType, MarginFigure>>;
  revenue?: RevenueFigure;
  note: PointNoteKey;
  /** No margin of this period was found (the later period): listed as missing, not carried over. */
  notFound?: boolean;
}

// ---------------------------------------------------------------- sources

const NVIDIA_8K: Source = {
  id: 'nvidia-q3fy25-cfo',
  title: 'CFO Commentary on Third Quarter Fiscal 2025 Results (Form 8-K, Exhibit 99.2)',
  publisher: 'NVIDIA, via SEC EDGAR',
  date: '2024-11-20',
  url: 'https://sec.gov/Archives/edgar/data/1045810/000104581024000315/q3fy25cfocommentary.htm',
};

const AMAZON_Q4: Source = {
  id: 'amazon-q4-2024',
  title: 'Amazon.com Announces Fourth Quarter Results (Business Wire copy)',
  publisher: 'Amazon, via Business Wire / FinancialContent',
  date: '2025-02-06',
  url: 'https://markets.financialcontent.com/guymondailyherald/article/bizwire-2025-2-6-amazoncom-announces-fourth-quarter-results',
};

const MSFT_CALL: Source = {
  id: 'msft-q2fy25-call',
  title: 'Microsoft Q2 FY2025 earnings call transcript',
  publisher: 'MarketBeat',
  date: '2025-01-29',
  url: 'https://marketbeat.com/earnings/reports/2025-1-29-microsoft-co-stock',
};

const MSFT_AFAQS: Source = {
  id: 'msft-q2fy25-afaqs',
  title: 'Microsoft Q2 FY25 results: revenue rises 12% to $69.6 billion; cloud and AI drive growth',
  publisher: 'afaqs!',
  date: '2025-01-30',
  url: 'https://www.afaqs.com/news/mktg/microsoft-q2-fy25-results-revenue-rises-12-to-696-billion-cloud-and-ai-drive-growth-9609741',
};

const MSFT_NEOWIN: Source = {
  id: 'msft-q2fy25-neowin',
  title: 'Microsoft reports $69.6 billion revenue in the second quarter of 2025 fiscal year',
  publisher: 'Neowin',
  date: '2025-01-29',
  url: 'https://www.neowin.net/news/microsoft-reports-696-billion-revenue-in-the-second-quarter-of-2025-fiscal-year/',
};

const MSFT_CAPTIDE_IC: Source = {
  id: 'msft-q2fy25-captide-ic',
  title: 'Microsoft Q2 2025 (summary of results)',
  publisher: 'Captide',
  date: '2025-01',
  url: 'https://captide.co/insights/microsoft-q2-2025',
};

const MSFT_CAPTIDE_PBP: Source = {
  id: 'msft-q2fy25-captide-pbp',
  title: 'Microsoft Q2 2025 (summary of results)',
  publisher: 'Captide',
  date: '2025-01',
  url: 'https://captide.co/insights/microsoft-q2-2025',
};

const GOOGLE_FIFTH: Source = {
  id: 'alphabet-q4-2024-fifthperson',
  title: 'Alphabet Q4 2024 earnings call',
  publisher: 'The Fifth Person',
  date: '2025-02',
  url: 'https://fifthperson.com/alphabet-q4-2024-earnings-call/',
};

const GOOGLE_SUBSTACK: Source = {
  id: 'alphabet-q4-2024-substack',
  title: 'Google Q4 2024 Earnings Analysis',
  publisher: 'sergeycyw (Substack)',
  date: '2025-02',
  url: 'https://sergeycyw.substack.com/p/google-q4-2024-earnings-analysis',
};

const ALIBABA_EBITA: Source = {
  id: 'alibaba-sep-2024-ebita',
  title: 'Alibaba Group September quarter 2024 results (forum post quoting the Hong Kong announcement)',
  publisher: 'Sina Guba',
  date: '2024-11',
  url: 'https://guba.sina.com.cn/?s=thread&bid=13015&tid=50117',
};

const ALIBABA_DEC: Source = {
  id: 'alibaba-dec-2024',
  title: 'Alibaba Group Announces December Quarter 2024 Results',
  publisher: 'StockTitan (copy of the company release)',
  date: '2025-02-20',
  url: 'https://stocktitan.net/news/BABA/alibaba-group-announces-december-quarter-2024-btdtxwcotad4.html',
};

export const HUAWEI_REPORT: Source = {
  id: 'huawei-2024-annual',
  title: 'Huawei profit dives, consumer sales continue climb',
  publisher: 'Mobile World Live (reporting Huawei’s 2024 annual report)',
  date: '2025-03-31',
  url: 'https://mobileworldlive.com/huawei/huawei-profit-dives-consumer-sales-continue-climb',
};

const BAIDU_NOTE: Source = {
  id: 'baidu-q4-2024',
  title: 'Broker note summarising Baidu’s Q4 2024 results',
  publisher: 'Reportify',
  date: '2025-02',
  url: 'https://reportify.cn/reports/1090731968011833344',
};

const OPENAI_NYT: Source = {
  id: 'openai-2024-nyt',
  title: 'OpenAI projects its revenue to increase to $11.6 billion next year (syndicated New York Times report)',
  publisher: 'Business Standard / The New York Times',
  date: '2024-09-29',
  url: 'https://www.business-standard.com/amp/technology/tech-news/openai-projects-its-revenue-to-increase-to-11-6-billion-next-year-124092900747_1.html',
};

const ANTHROPIC_DECODER: Source = {
  id: 'anthropic-2024-decoder',
  title: 'Anthropic is betting on an audacious leap from $4.7 billion to $70 billion in revenue by 2028 (citing The Information)',
  publisher: 'The Decoder',
  date: '2025-11-09',
  url: 'https://the-decoder.com/anthropic-is-betting-on-an-audacious-leap-from-4-7-billion-to-70-billion-in-revenue-by-2028/',
};

const ANTHROPIC_TTM: Source = {
  id: 'anthropic-2024-revenue',
  title: 'AI Profitability Proves Elusive: Anthropic Cuts Gross Margin Guidance (citing The Information)',
  publisher: 'TTM Financial',
  date: '2026-01-22',
  url: 'https://ttm.financial/m/news/1113108294',
};

const PERPLEXITY_INFO: Source = {
  id: 'perplexity-2024',
  title: '速递 Perplexity 折扣吞噬近半营收（The Information 报道的中文译文）',
  publisher: '知识铺 (index.zshipu.com)',
  date: '2025-10-01',
  url: 'https://index.zshipu.com/ai/post/20251001/%E9%80%9F%E9%80%92Perplexity%E6%8A%98%E6%89%A3%E5%90%9E%E5%99%AC%E8%BF%91%E5%8D%8A%E8%90%A5%E6%94%B6%E5%A2%9E%E9%95%BF%E4%BB%A3%E4%BB%B7%E9%AB%98%E6%98%82AI%E6%90%9C%E7%B4%A2%E7%9A%84%E8%A1%A5%E8%B4%B4%E5%A4%A7%E6%88%98%E8%83%BD%E6%8C%81%E7%BB%AD%E5%A4%9A%E4%B9%85--%E7%9F%A5%E8%AF%86%E9%93%BA',
};

const CURSOR_REPORT: Source = {
  id: 'cursor-jan-2026',
  title: 'Cursor hits $2.7B ARR despite negative margins as SpaceX deal reshapes its future',
  publisher: 'TradeOpus',
  date: '2026-04',
  url: 'https://tradeopus.com/stocks/cursor-hits-27b-arr-despite-negative-margins-as-spacex-deal-reshapes-its-future',
};

/** Where the smile curve comes from, and how economists have measured it. */
export const ORIGIN_SOURCES: Source[] = [
  {
    id: 'shih-taipei-times',
    title: 'Stan Shih and the “Smiling Curve”',
    publisher: 'Taipei Times',
    date: '2007-08-20',
    url: 'https://www.taipeitimes.com/News/biz/archives/2007/08/20/2003375059',
  },
  {
    id: 'baldwin-ito-2021',
    title: 'The smile curve: Evolving sources of value added in manufacturing (Canadian Journal of Economics 54(4): 1842–1880)',
    publisher: 'Richard Baldwin and Tadashi Ito',
    date: '2021-11',
    url: 'https://econpapers.repec.org/article/wlycanjec/v_3a54_3ay_3a2021_3ai_3a4_3ap_3a1842-1880.htm',
  },
  {
    id: 'rungi-delprete-2018',
    title: 'The smile curve at the firm level: Where value is added along supply chains (Economics Letters 164: 38–42)',
    publisher: 'Armando Rungi and Davide Del Prete',
    date: '2018-03',
    url: 'http://eprints.imtlucca.it/cgi/export/eprint/3855/Refer/eprints-eprint-3855.refer',
  },
];

// ---------------------------------------------------------------- helpers

const CNY_PER_USD = 2661 / 379; // the rate implied by Alibaba's own RMB 2,661m = US$379m

function margin(
  value: number,
  period: PeriodKey,
  kind: Kind,
  source: Source,
  extra: Partial<Pick<MarginFigure, 'formula' | 'note' | 'viaSummary' | 'approx' | 'basis'>> = {},
): MarginFigure {
  return { value, unit: 'ratio', period, kind, source, ...extra };
}

function revenue(
  usd: number,
  months: number,
  period: PeriodKey,
  kind: Kind,
  source: Source,
  extra: Partial<Pick<RevenueFigure, 'formula' | 'reportedCny'>> = {},
): RevenueFigure {
  return { value: usd, unit: 'usd', months, period, kind, source, ...extra };
}

function cny(amount: number, months: number, period: PeriodKey, kind: Kind, source: Source): RevenueFigure {
  return revenue(Math.round(amount / CNY_PER_USD), months, period, kind, source, {
    reportedCny: amount,
    formula: `CNY ${amount.toLocaleString('en-US')} ÷ ${CNY_PER_USD.toFixed(3)} CNY per US$ (the rate implied by Alibaba’s own RMB 2,661m = US$379m)`,
  });
}

const NV: PeriodKey = 'nvidiaQ3FY25';
const MS: PeriodKey = 'microsoftQ2FY25';
const Q4: PeriodKey = 'q4y2024';

// ---------------------------------------------------------------- records

export const VALUE_CHAIN: readonly ValueChainRecord[] = [
  {
    id: 'nvidia',
    stage: 'chips',
    note: 'nvidia',
    margins: {
      gross: margin(0.746, NV, 'filing', NVIDIA_8K),
      operating: margin(0.623, NV, 'filing', NVIDIA_8K, { formula: 'nvidiaOperating' }),
      net: margin(0.55, NV, 'filing', NVIDIA_8K, { formula: 'nvidiaNet' }),
    },
    revenue: revenue(35_082e6, 3, NV, 'filing', NVIDIA_8K),
  },
  {
    id: 'msft-cloud',
    stage: 'cloud',
    note: 'msftCloud',
    margins: { gross: margin(0.7, MS, 'company-claim', MSFT_CALL) },
    revenue: revenue(40.9e9, 3, MS, 'company-claim', MSFT_AFAQS),
  },
  {
    id: 'msft-intelligent-cloud',
    stage: 'cloud',
    note: 'msftIntelligentCloud',
    margins: {
      // Operating income from Captide's summary of the 10-Q, not the filing: an estimate.
      operating: margin(0.427, MS, 'estimate', MSFT_CAPTIDE_IC, {
        formula: 'azureOperating',
        viaSummary: true,
      }),
    },
    revenue: revenue(25.5e9, 3, MS, 'company-claim', MSFT_NEOWIN),
  },
  {
    id: 'aws',
    stage: 'cloud',
    note: 'aws',
    margins: {
      operating: margin(0.368, Q4, 'company-claim', AMAZON_Q4, {
        formula: 'awsOperating',
      }),
    },
    revenue: revenue(28.8e9, 3, Q4, 'company-claim', AMAZON_Q4),
  },
  {
    id: 'google-cloud',
    stage: 'cloud',
    note: 'googleCloud',
    // An analyst's summary of the results (no dollar figure found): an estimate.
    margins: { operating: margin(0.175, Q4, 'estimate', GOOGLE_SUBSTACK, { viaSummary: true }) },
    revenue: revenue(11_955e6, 3, Q4, 'company-claim', GOOGLE_FIFTH),
  },
  {
    id: 'alibaba-cloud',
    stage: 'cloud',
    note: 'alibaba',
    margins: {
      operating: margin(0.09, 'alibabaSep2024', 'company-claim', ALIBABA_EBITA, {
        formula: 'alibabaOperating',
        note: 'alibaba',
      }),
    },
    revenue: cny(31_742e6, 3, 'alibabaDec2024', 'company-claim', ALIBABA_DEC),
  },
  {
    id: 'huawei-cloud',
    stage: 'cloud',
    note: 'huawei',
    margins: {},
    revenue: cny(38.5e9, 12, 'year2024', 'filing', HUAWEI_REPORT),
  },
  {
    id: 'baidu-ai-cloud',
    stage: 'cloud',
    note: 'baidu',
    margins: {},
    // A broker's note summarising the results, not Baidu's own release: an estimate.
    revenue: cny(7.1e9, 3, Q4, 'estimate', BAIDU_NOTE),
  },
  {
    id: 'openai',
    stage: 'models',
    note: 'openai',
    margins: {
      // Not an operating margin: a projected total loss (excluding stock compensation) over
      // projected revenue, both rough ("roughly $5 billion", "about $3.7 billion").
      operating: margin(-5 / 3.7, 'openaiProjection', 'press-report', OPENAI_NYT, {
        formula: 'openaiOperating',
        note: 'openai',
        approx: true,
        basis: 'projectedLoss',
      }),
    },
    revenue: revenue(3.7e9, 12, 'openaiProjection', 'press-report', OPENAI_NYT),
  },
  {
    id: 'anthropic',
    stage: 'models',
    note: 'anthropic',
    margins: { gross: margin(-0.94, 'year2024', 'press-report', ANTHROPIC_DECODER) },
    revenue: revenue(381e6, 12, 'year2024', 'press-report', ANTHROPIC_TTM),
  },
  {
    id: 'deepseek',
    stage: 'models',
    apart: true,
    note: 'deepseek',
    margins: {
      gross: margin(
        (562_027 - 87_072) / 562_027,
        'deepseekDay',
        'company-claim',
        DAY6,
        { formula: 'deepseekGross', note: 'deepseek' },
      ),
    },
  },
  {
    id: 'perplexity',
    stage: 'applications',
    note: 'perplexity',
    margins: {
      // "More than $57 million": a rough, crude figure.
      gross: margin((34 - 57) / 34, 'year2024', 'press-report', PERPLEXITY_INFO, {
        formula: 'perplexityGross',
        note: 'perplexity',
        approx: true,
      }),
    },
    revenue: revenue(34e6, 12, 'year2024', 'press-report', PERPLEXITY_INFO),
  },
  {
    id: 'cursor',
    stage: 'applications',
    note: 'cursor',
    margins: { gross: margin(-0.23, 'cursorJan2026', 'press-report', CURSOR_REPORT) },
  },
  {
    id: 'msft-apps',
    stage: 'applications',
    incumbent: true,
    note: 'msftApps',
    margins: {
      // Both figures from Captide's summary of the 10-Q, not the filing: an estimate.
      operating: margin(16.9 / 29.4, MS, 'estimate', MSFT_CAPTIDE_PBP, {
        formula: 'msftAppsOperating',
        viaSummary: true,
      }),
    },
    revenue: revenue(29.4e9, 3, MS, 'estimate', MSFT_CAPTIDE_PBP),
  },
];

// ------------------------------------------------- the latest sourced year (2025–26)
// Several of these were read through third-party copies of the official documents: the
// address is the official one, the copy is named in `publisher`.

const NVIDIA_Q1FY27: Source = {
  id: 'nvidia-q1fy27-cfo',
  title: 'CFO Commentary on First Quarter Fiscal 2027 Results (Form 8-K, Exhibit 99.2)',
  publisher: 'NVIDIA, via SEC EDGAR (read in the StockTitan copy of the filing)',
  date: '2026-05-20',
  url: 'https://www.sec.gov/Archives/edgar/data/1045810/000104581026000051/q1fy27cfocommentary.htm',
};

const AMAZON_Q4_2025: Source = {
  id: 'amazon-q4-2025',
  title: 'Amazon.com Announces Fourth Quarter Results',
  publisher: 'Amazon (read in the Business Wire copy at 6ix.com)',
  date: '2026-02-05',
  url: 'https://ir.aboutamazon.com/news-release/news-release-details/2026/Amazon-com-Announces-Fourth-Quarter-Results/default.aspx',
};

const ALPHABET_10K_2025: Source = {
  id: 'alphabet-10k-2025',
  title: 'Alphabet Inc. Form 10-K for 2025 (accession 0001652044-26-000018), segment information',
  publisher: 'Alphabet, via SEC EDGAR (read in the beatandraise.com copy of the XBRL table R42)',
  date: '2026-02-05',
  url: 'https://www.sec.gov/Archives/edgar/data/1652044/000165204426000018/0001652044-26-000018-index.htm',
};

const MSFT_Q2FY26_SUMMARY: Source = {
  id: 'msft-q2fy26-converge',
  title: 'Microsoft fiscal Q2 2026 results (summary of the results and investor slides)',
  publisher: 'Converge Digest',
  date: '2026-01',
  url: 'https://convergedigest.com/microsoft-tokens-per-watt-per-dollar/',
};

const OPENAI_H1_2025: Source = {
  id: 'openai-h1-2025',
  title: 'OpenAI’s first half of 2025: $4.3B revenue, $13.5B net loss (reporting The Information)',
  publisher: 'CoinCentral',
  date: '2025-09-30',
  url: 'https://coincentral.com/?p=103173',
};

const LABS_2025_GROSS: Source = {
  id: 'labs-2025-gross-ttm',
  title: 'AI Profitability Proves Elusive: Anthropic Cuts Gross Margin Guidance (citing The Information)',
  publisher: 'TTM Financial',
  date: '2026-01-22',
  url: 'https://ttm.financial/m/news/1113108294',
};

const ANTHROPIC_Q2_2026: Source = {
  id: 'anthropic-q2-2026-profit',
  title: 'Anthropic reports quarter-on-quarter surge and a first operating profit (English summary of a 凤凰科技 report citing the Wall Street Journal and Reuters)',
  publisher: 'chinanews.ai',
  date: '2026-05-23',
  url: 'https://chinanews.ai/story/ifeng_8tKe7mMrkGY/',
};

const CURSOR_MARGIN = VALUE_CHAIN.find((r) => r.id === 'cursor')!.margins.gross!;

/** The same chain in its latest sourced period. Empty margins: not found, listed as missing. */
export const VALUE_CHAIN_LATEST: readonly ValueChainRecord[] = [
  {
    id: 'nvidia',
    stage: 'chips',
    note: 'nvidiaLatest',
    margins: {
      gross: margin(0.749, 'nvidiaQ1FY27', 'filing', NVIDIA_Q1FY27),
      operating: margin(53_536 / 81_615, 'nvidiaQ1FY27', 'filing', NVIDIA_Q1FY27, { formula: 'nvidiaOperatingLatest' }),
    },
    revenue: revenue(81_615e6, 3, 'nvidiaQ1FY27', 'filing', NVIDIA_Q1FY27),
  },
  {
    id: 'msft-cloud',
    stage: 'cloud',
    note: 'msftCloudLatest',
    // A summary's words for what Microsoft said, not Microsoft's own: an estimate.
    margins: { gross: margin(0.67, 'microsoftQ2FY26', 'estimate', MSFT_Q2FY26_SUMMARY, { viaSummary: true }) },
    revenue: revenue(51.5e9, 3, 'microsoftQ2FY26', 'estimate', MSFT_Q2FY26_SUMMARY),
  },
  { id: 'msft-intelligent-cloud', stage: 'cloud', note: 'msftIntelligentCloudLatest', margins: {}, notFound: true },
  {
    id: 'aws',
    stage: 'cloud',
    note: 'awsLatest',
    margins: { operating: margin(12.5 / 35.6, 'q4y2025', 'company-claim', AMAZON_Q4_2025, { formula: 'awsOperatingLatest' }) },
    revenue: revenue(35.6e9, 3, 'q4y2025', 'company-claim', AMAZON_Q4_2025),
  },
  {
    id: 'google-cloud',
    stage: 'cloud',
    note: 'googleCloudLatest',
    margins: { operating: margin(13_910 / 58_705, 'year2025', 'filing', ALPHABET_10K_2025, { formula: 'googleCloudOperating' }) },
    revenue: revenue(58_705e6, 12, 'year2025', 'filing', ALPHABET_10K_2025),
  },
  { id: 'alibaba-cloud', stage: 'cloud', note: 'alibabaLatest', margins: {}, notFound: true },
  { id: 'huawei-cloud', stage: 'cloud', note: 'huaweiLatest', margins: {}, notFound: true },
  { id: 'baidu-ai-cloud', stage: 'cloud', note: 'baiduLatest', margins: {}, notFound: true },
  {
    id: 'openai',
    stage: 'models',
    note: 'openaiLatest',
    margins: {
      // Revenue and operating loss for January–June 2025, from financial disclosures The Information saw.
      operating: margin(-7.8 / 4.3, 'h1y2025', 'press-report', OPENAI_H1_2025, { formula: 'openaiOperatingH1', note: 'openaiLatest' }),
      // "Approximately 46%": the company's expectation for 2025, reported in January 2026.
      gross: margin(0.46, 'year2025Forecast', 'press-report', LABS_2025_GROSS, { approx: true }),
    },
    revenue: revenue(4.3e9, 6, 'h1y2025', 'press-report', OPENAI_H1_2025),
  },
  {
    id: 'anthropic',
    stage: 'models',
    note: 'anthropicLatest',
    margins: {
      gross: margin(0.4, 'year2025Forecast', 'press-report', LABS_2025_GROSS),
      // A projection told to investors: roughly $559m on revenue "to exceed" $10.9bn.
      operating: margin(559 / 10_900, 'anthropicQ2y2026Projection', 'press-report', ANTHROPIC_Q2_2026, {
        formula: 'anthropicOperatingQ2',
        approx: true,
      }),
    },
    revenue: revenue(4.5e9, 12, 'year2025Forecast', 'press-report', LABS_2025_GROSS),
  },
  { id: 'deepseek', stage: 'models', apart: true, note: 'deepseekLatest', margins: {}, notFound: true },
  { id: 'perplexity', stage: 'applications', note: 'perplexityLatest', margins: {}, notFound: true },
  // The quarter to January 2026 falls in this period: the same figure, in its own period.
  { id: 'cursor', stage: 'applications', note: 'cursorLatest', margins: { gross: CURSOR_MARGIN } },
  { id: 'msft-apps', stage: 'applications', incumbent: true, note: 'msftAppsLatest', margins: {}, notFound: true },
];

export const CHAINS: Record<ChartPeriod, readonly ValueChainRecord[]> = { y2024: VALUE_CHAIN, latest: VALUE_CHAIN_LATEST };

/** Both periods' records, for what spans them (source lists, notes, mark sizes). */
export const ALL_RECORDS: readonly ValueChainRecord[] = [...VALUE_CHAIN, ...VALUE_CHAIN_LATEST];

// ---------------------------------------------------------------- queries

export interface PlottedPoint {
  record: ValueChainRecord;
  figure: MarginFigure;
  filled: boolean;
}

/** Points on the chain (not DeepSeek's separate claim) that have this metric. */
export function plotted(metric: Metric, records: readonly ValueChainRecord[] = VALUE_CHAIN): PlottedPoint[] {
  const out: PlottedPoint[] = [];
  for (const record of records) {
    const figure = record.margins[metric];
    if (figure && !record.apart) out.push({ record, figure, filled: isFirstHand(figure.kind) });
  }
  return out;
}

export type MissingReason = 'other-metric' | 'not-disclosed' | 'not-found';

/** Records on the chain that this metric leaves out, and why. */
export function missing(
  metric: Metric,
  records: readonly ValueChainRecord[] = VALUE_CHAIN,
): { record: ValueChainRecord; reason: MissingReason }[] {
  return records
    .filter((r) => !r.apart && !r.margins[metric])
    .map((record) => ({
      record,
      reason: METRICS.some((m) => m !== metric && record.margins[m]) ? 'other-metric' : record.notFound ? 'not-found' : 'not-disclosed',
    }));
}

export const DEEPSEEK: ValueChainRecord = VALUE_CHAIN.find((r) => r.id === 'deepseek')!;

/** Revenue per year, for mark sizes (a quarter × 4). Null when unknown. */
export function annualRevenue(record: ValueChainRecord): number | null {
  const r = record.revenue;
  if (!r || !(r.months > 0) || !Number.isFinite(r.value)) return null;
  return (r.value * 12) / r.months;
}

/** Every source behind a figure in the chart or table, then the origin sources. */
export function chartSources(records: readonly ValueChainRecord[] = ALL_RECORDS): Source[] {
  const all: Source[] = [];
  for (const r of records) {
    for (const m of Object.values(r.margins)) if (m) all.push(m.source);
    if (r.revenue) all.push(r.revenue.source);
  }
  all.push(...ORIGIN_SOURCES);
  return [...new Map(all.map((s) => [s.id, s])).values()];
}
