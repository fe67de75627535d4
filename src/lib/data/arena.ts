/**
 * Chatbot Arena (LMSYS / LMArena text leaderboard): the top closed model against the top
 * open-weight model, at the last archived snapshot of each month, June 2024 – August 2025.
 * Same values as static/data/arena-open-vs-closed-monthly.csv (a unit test checks it).
 *
 * "Closed" is the highest-scoring model with licence "Proprietary"; "open" the highest with
 * any other licence (non-commercial and custom licences included). Gap % = (closed − open) / open.
 * Arena ratings are relative and drift over time: compare gaps, not levels. The exact quote
 * of each source is in ./quotes.ts (build time only).
 */
import type { Kind, Source } from './types';

export interface ArenaEntry {
  model: string;
  org: string;
  score: number;
}

export interface ArenaMonth {
  /** YYYY-MM */
  month: string;
  /** ISO date of the month's last archived leaderboard snapshot. */
  snapshot: string;
  leaderboardVersion: string;
  commit: string;
  sourceFile: string;
  /** Models on the leaderboard at that snapshot. */
  models: number;
  closed: ArenaEntry;
  open: ArenaEntry & { licence: string };
  gapPoints: number;
  /** Gap as a percentage of the open score (6.54 means 6.54 %). */
  gapPct: number;
}

export const ARENA_SOURCE: Source = {
  id: 'arena-archive',
  title: 'fboulnois/llm-leaderboard-csv: archived LMSYS / LMArena text leaderboards (git history)',
  publisher: 'LMSYS / LMArena, archived on GitHub',
  date: '2025-08-04',
  url: 'https://github.com/fboulnois/llm-leaderboard-csv',
};

/** One snapshot: date, commit, models on the board, top closed (model, org, score), top open (model, org, licence, score). */
type Row = [string, string, number, string, string, number, string, string, string, number];

/**
 * The rest is derived: the month, the leaderboard version (the snapshot date with dots; the
 * first archived file has no version, only its fetch date), the CSV file (renamed in July
 * 2025), and the gap in points and in percent of the open score, rounded to 2 decimals.
 */
function arenaMonth([snapshot, commit, models, cm, co, cs, om, oo, licence, os]: Row, fetched = false): ArenaMonth {
  const month = snapshot.slice(0, 7);
  return {
    month,
    snapshot,
    leaderboardVersion: fetched ? `fetched ${snapshot}` : snapshot.replace(/-/g, '.'),
    commit,
    sourceFile: month < '2025-07' ? 'csv/lmsys.csv' : 'csv/lmarena_text.csv',
    models,
    closed: { model: cm, org: co, score: cs },
    open: { model: om, org: oo, licence, score: os },
    gapPoints: cs - os,
    gapPct: Math.round(((cs - os) / os) * 1e4) / 100,
  };
}

export const ARENA_MONTHLY: readonly ArenaMonth[] = (
  [
    ['2024-06-19', '3792cf0', 109, 'GPT-4o-2024-05-13', 'OpenAI', 1287, 'Nemotron-4-340B-Instruct', 'Nvidia', 'NVIDIA Open Model', 1208],
    ['2024-07-31', '773bf00', 121, 'GPT-4o-2024-05-13', 'OpenAI', 1286, 'Meta-Llama-3.1-405b-Instruct', 'Meta', 'Llama 3.1 Community', 1262],
    ['2024-08-30', 'aa8a2bb', 136, 'ChatGPT-4o-latest (2024-08-08)', 'OpenAI', 1316, 'Meta-Llama-3.1-405b-Instruct', 'Meta', 'Llama 3.1 Community', 1266],
    ['2024-09-28', '9e0aed9', 145, 'o1-preview', 'OpenAI', 1339, 'Meta-Llama-3.1-405b-Instruct-bf16', 'Meta', 'Llama 3.1 Community', 1266],
    ['2024-10-29', '50e5612', 155, 'ChatGPT-4o-latest (2024-09-03)', 'OpenAI', 1340, 'Llama-3.1-Nemotron-70b-Instruct', 'Nvidia', 'Llama 3.1', 1271],
    ['2024-11-23', 'eda9fef', 164, 'Gemini-Exp-1121', 'Google', 1365, 'Athene-v2-Chat-72B', 'NexusFlow', 'NexusFlow', 1274],
    ['2024-12-31', 'fd1f48b', 182, 'Gemini-Exp-1206', 'Google', 1373, 'DeepSeek-V3', 'DeepSeek', 'DeepSeek', 1315],
    ['2025-01-29', 'c658466', 190, 'Gemini-2.0-Flash-Thinking-Exp-01-21', 'Google', 1382, 'DeepSeek-R1', 'DeepSeek', 'MIT', 1358],
    ['2025-02-22', '3b18b3a', 171, 'chocolate (Early Grok-3)', 'xAI', 1403, 'DeepSeek-R1', 'DeepSeek', 'MIT', 1362],
    ['2025-03-28', 'a1cb720', 185, 'Gemini-2.5-Pro-Exp-03-25', 'Google', 1443, 'DeepSeek-R1', 'DeepSeek', 'MIT', 1360],
    ['2025-04-24', '20e2eef', 191, 'Gemini-2.5-Pro-Exp-03-25', 'Google', 1439, 'DeepSeek-V3-0324', 'DeepSeek', 'MIT', 1373],
    ['2025-05-23', 'f62bc92', 202, 'Gemini-2.5-Pro-Preview-05-06', 'Google', 1446, 'DeepSeek-V3-0324', 'DeepSeek', 'MIT', 1368],
    ['2025-06-25', '7f77ccf', 209, 'Gemini-2.5-Pro', 'Google', 1477, 'DeepSeek-R1-0528', 'DeepSeek', 'MIT', 1424],
    ['2025-07-28', '80141c0', 260, 'Gemini-2.5-Pro', 'Google', 1474, 'DeepSeek-R1-0528', 'DeepSeek', 'MIT', 1426],
    ['2025-08-04', 'e964e25', 266, 'Gemini-2.5-Pro', 'Google', 1470, 'GLM-4.5', 'Z.ai', 'MIT', 1434],
  ] as Row[]
).map((r, i) => arenaMonth(r, !i));

/**
 * The narrowest gap in all 92 snapshots (static/data/arena-open-vs-closed-all.csv), which
 * falls between two month-end points and so is not on the monthly line.
 */
export const NARROWEST_SNAPSHOT: ArenaMonth = arenaMonth(['2025-02-07', 'c5b1576', 196, 'Gemini-2.0-Flash-Thinking-Exp-01-21', 'Google', 1383, 'DeepSeek-R1', 'DeepSeek', 'MIT', 1362]);

/** Published reference points for the gap. */
export interface GapReference {
  id: 'ai-index-2024' | 'ai-index-2025' | 'epoch-2024';
  /** ISO month the value refers to. */
  refersTo: string;
  /** Gap in percent, when the reference gives one. */
  gapPct?: number;
  kind: Kind;
  source: Source;
}

const AI_INDEX: Source = {
  id: 'ai-index-2025',
  title: 'AI Index Report 2025, chapter 2 (Fig. 2.1.34)',
  publisher: 'Stanford HAI',
  date: '2025-04',
  url: 'https://hai-production.s3.amazonaws.com/files/hai_ai_index_report_2025.pdf',
};

export const GAP_REFERENCES: readonly GapReference[] = [
  { id: 'ai-index-2024', refersTo: '2024-01', gapPct: 8.0, kind: 'estimate', source: AI_INDEX },
  { id: 'ai-index-2025', refersTo: '2025-02', gapPct: 1.7, kind: 'estimate', source: AI_INDEX },
  {
    id: 'epoch-2024',
    refersTo: '2024-11',
    kind: 'estimate',
    source: {
      id: 'epoch-open-models-2024',
      title: 'How far behind are open models?',
      publisher: 'Epoch AI',
      date: '2024-11-04',
      url: 'https://epoch.ai/blog/open-models-report',
    },
  },
];

/**
 * The month-end point with the smallest gap relative to the open score: Jan 2025,
 * DeepSeek-R1, 24 points (1.77 %). July 2024 (Llama 3.1 405B) ties at 24 points but is
 * 1.90 % because Arena scores were lower then.
 */
export function narrowestMonth(series: readonly ArenaMonth[] = ARENA_MONTHLY): ArenaMonth {
  return series.reduce((a, b) => (b.gapPct < a.gapPct ? b : a));
}

/**
 * The second series, October 2025 – July 2026: our calculation from a daily scrape of
 * lmarena.ai (CherryHQ/cherry-studio-docs, other/model_rank/lmarena.md, rewritten by a GitHub
 * Action; read in its git history). Same rule as above: top "Proprietary" against the top of
 * any other licence, at the last snapshot of each month; entries marked "Preliminary" left out.
 *
 * It is a separate series, not a continuation: from 9 October 2025 the scraper reads lmarena.ai
 * itself and the scale moved (Gemini-2.5-Pro 1452 there, 1470 in the last archived table), so
 * compare gaps, not scores, across the break. From 7 August to 8 October 2025 every snapshot of
 * the scrape is the same table (its upstream had stopped updating): no data for those weeks.
 *
 * Same values as static/data/arena-open-vs-closed-monthly-2025-2026.csv (a unit test checks).
 */
export interface ArenaMonthLater extends ArenaMonth {
  /** Smallest and mean gap (points) over the month's snapshots (October: from 9 October). */
  monthMin: number;
  monthMean: number;
  /** Snapshots in the month (October: from 9 October). */
  snapshots: number;
}

export const ARENA_LATER_SOURCE: Source = {
  id: 'arena-scrape-2026',
  title: 'CherryHQ/cherry-studio-docs: other/model_rank/lmarena.md, a daily scrape of the lmarena.ai text leaderboard (git history)',
  publisher: 'LMArena, scraped by Cherry Studio on GitHub',
  date: '2026-07-30',
  url: 'https://github.com/CherryHQ/cherry-studio-docs/commits/main/other/model_rank/lmarena.md',
};

/** The kind of both Arena series: our calculation from the leaderboards' own tables. */
export const ARENA_KIND: Kind = 'our-calculation';

/** The first day of the new series, and the stale stretch before it. */
export const LATER_SERIES_START = '2025-10-09';
export const STALE_SCRAPE = { from: '2025-08-07', to: '2025-10-08' } as const;

/** Snapshot, commit, entries on the board, snapshots in the month, top closed (model, org, score), top open (model, org, licence, score), month min, month mean. */
type LaterRow = [string, string, number, number, string, string, number, string, string, string, number, number, number];

export const ARENA_LATER: readonly ArenaMonthLater[] = (
  [
    ['2025-10-31', 'f25fd3e7cc1f5489965050ebafc1b3a27d1ba7c7', 258, 27, 'gemini-2.5-pro', 'Google', 1451, 'glm-4.6', 'Z.ai', 'MIT', 1422, 29, 29.9],
    ['2025-11-30', '16762627d299775e7169c405c0f7e103d38fa433', 276, 29, 'gemini-3-pro', 'Google', 1492, 'kimi-k2-thinking-turbo', 'Moonshot', 'Modified MIT', 1431, 19, 29.8],
    ['2025-12-31', '8c622df141431b8e77fcde3e3151c16b4f562347', 291, 31, 'gemini-3-pro', 'Google', 1490, 'kimi-k2-thinking-turbo', 'Moonshot', 'Modified MIT', 1428, 61, 63.1],
    ['2026-01-31', '59a93872b2dcf2a45362504887b76b28d5ac399a', 300, 31, 'gemini-3-pro', 'Google', 1487, 'kimi-k2.5-thinking', 'Moonshot', 'Modified MIT', 1450, 37, 57.2],
    ['2026-02-28', '3eeb4adb1db7a90652ecd7e9405e2c3f08921ca7', 316, 28, 'claude-opus-4-6-thinking', 'Anthropic', 1503, 'glm-5', 'Z.ai', 'MIT', 1455, 37, 48.2],
    ['2026-03-31', 'a21e01feb584705792059657baae449801a4a734', 333, 31, 'claude-opus-4-6-thinking', 'Anthropic', 1504, 'glm-5', 'Z.ai', 'MIT', 1456, 45, 48.7],
    ['2026-04-30', '2934d06b01da7d75ce359a95115e1b0eac0c0f09', 352, 30, 'claude-opus-4-7-thinking', 'Anthropic', 1503, 'glm-5.1', 'Z.ai', 'MIT', 1469, 31, 36.7],
    ['2026-05-31', 'fe3670c45cc2a57da114e0a06a6499e70ebf9073', 360, 30, 'claude-opus-4-6-thinking', 'Anthropic', 1502, 'glm-5.1', 'Z.ai', 'MIT', 1474, 28, 30.6],
    ['2026-06-30', '531fe75db58abe95187fb680f4ee6094c5115d88', 368, 32, 'claude-fable-5', 'Anthropic', 1508, 'glm-5.1', 'Z.ai', 'MIT', 1473, 28, 32.0],
    ['2026-07-30', '5bc06d153bc24cbd2af8d2b768da7821b6ebdffb', 381, 30, 'claude-fable-5', 'Anthropic', 1508, 'glm-5.2-max', 'Z.ai', 'MIT', 1469, 33, 36.7],
  ] as LaterRow[]
).map(([snapshot, commit, models, snapshots, cm, co, cs, om, oo, licence, os, monthMin, monthMean]) => ({
  month: snapshot.slice(0, 7),
  snapshot,
  leaderboardVersion: `scraped ${snapshot}`,
  commit,
  sourceFile: 'other/model_rank/lmarena.md',
  models,
  closed: { model: cm, org: co, score: cs },
  open: { model: om, org: oo, licence, score: os },
  gapPoints: cs - os,
  gapPct: Math.round(((cs - os) / os) * 1e4) / 100,
  monthMin,
  monthMean,
  snapshots,
}));

/** The narrowest daily gap of the new series: 19 November 2025, the day before Gemini 3 Pro entered. */
export const LATER_NARROWEST_DAY = {
  snapshot: '2025-11-19',
  commit: '3aab95f03c8b7ee9e994c01f9ee7ade3daa501c5',
  closed: { model: 'gemini-2.5-pro', org: 'Google', score: 1451 },
  open: { model: 'kimi-k2-thinking', org: 'Moonshot', licence: 'Modified MIT', score: 1432 },
  gapPoints: 19,
} as const;
