/**
 * Chatbot Arena (LMSYS / LMArena text leaderboard): the top closed model against the top
 * open-weight model, at the last archived snapshot of each month, June 2024 – August 2025.
 * Same values as static/data/arena-open-vs-closed-monthly.csv (a unit test checks it).
 *
 * "Closed" is the highest-scoring model with licence "Proprietary"; "open" the highest with
 * any other licence (non-commercial and custom licences included). Gap % = (closed − open) / open.
 * Arena ratings are relative and drift over time: compare gaps, not levels.
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
  quote: 'One CSV per leaderboard version with columns for model, Arena score and licence; 92 snapshots from June 2024 to 4 Aug 2025.',
};

/** The extraction is ours (top proprietary vs top non-proprietary per snapshot). */
export const ARENA_KIND: Kind = 'our-calculation';

export const ARENA_MONTHLY: readonly ArenaMonth[] = [
  { month: '2024-06', snapshot: '2024-06-19', leaderboardVersion: 'fetched 2024-06-19', commit: '3792cf0', sourceFile: 'csv/lmsys.csv', models: 109, closed: { model: 'GPT-4o-2024-05-13', org: 'OpenAI', score: 1287 }, open: { model: 'Nemotron-4-340B-Instruct', org: 'Nvidia', licence: 'NVIDIA Open Model', score: 1208 }, gapPoints: 79, gapPct: 6.54 },
  { month: '2024-07', snapshot: '2024-07-31', leaderboardVersion: '2024.07.31', commit: '773bf00', sourceFile: 'csv/lmsys.csv', models: 121, closed: { model: 'GPT-4o-2024-05-13', org: 'OpenAI', score: 1286 }, open: { model: 'Meta-Llama-3.1-405b-Instruct', org: 'Meta', licence: 'Llama 3.1 Community', score: 1262 }, gapPoints: 24, gapPct: 1.90 },
  { month: '2024-08', snapshot: '2024-08-30', leaderboardVersion: '2024.08.30', commit: 'aa8a2bb', sourceFile: 'csv/lmsys.csv', models: 136, closed: { model: 'ChatGPT-4o-latest (2024-08-08)', org: 'OpenAI', score: 1316 }, open: { model: 'Meta-Llama-3.1-405b-Instruct', org: 'Meta', licence: 'Llama 3.1 Community', score: 1266 }, gapPoints: 50, gapPct: 3.95 },
  { month: '2024-09', snapshot: '2024-09-28', leaderboardVersion: '2024.09.28', commit: '9e0aed9', sourceFile: 'csv/lmsys.csv', models: 145, closed: { model: 'o1-preview', org: 'OpenAI', score: 1339 }, open: { model: 'Meta-Llama-3.1-405b-Instruct-bf16', org: 'Meta', licence: 'Llama 3.1 Community', score: 1266 }, gapPoints: 73, gapPct: 5.77 },
  { month: '2024-10', snapshot: '2024-10-29', leaderboardVersion: '2024.10.29', commit: '50e5612', sourceFile: 'csv/lmsys.csv', models: 155, closed: { model: 'ChatGPT-4o-latest (2024-09-03)', org: 'OpenAI', score: 1340 }, open: { model: 'Llama-3.1-Nemotron-70b-Instruct', org: 'Nvidia', licence: 'Llama 3.1', score: 1271 }, gapPoints: 69, gapPct: 5.43 },
  { month: '2024-11', snapshot: '2024-11-23', leaderboardVersion: '2024.11.23', commit: 'eda9fef', sourceFile: 'csv/lmsys.csv', models: 164, closed: { model: 'Gemini-Exp-1121', org: 'Google', score: 1365 }, open: { model: 'Athene-v2-Chat-72B', org: 'NexusFlow', licence: 'NexusFlow', score: 1274 }, gapPoints: 91, gapPct: 7.14 },
  { month: '2024-12', snapshot: '2024-12-31', leaderboardVersion: '2024.12.31', commit: 'fd1f48b', sourceFile: 'csv/lmsys.csv', models: 182, closed: { model: 'Gemini-Exp-1206', org: 'Google', score: 1373 }, open: { model: 'DeepSeek-V3', org: 'DeepSeek', licence: 'DeepSeek', score: 1315 }, gapPoints: 58, gapPct: 4.41 },
  { month: '2025-01', snapshot: '2025-01-29', leaderboardVersion: '2025.01.29', commit: 'c658466', sourceFile: 'csv/lmsys.csv', models: 190, closed: { model: 'Gemini-2.0-Flash-Thinking-Exp-01-21', org: 'Google', score: 1382 }, open: { model: 'DeepSeek-R1', org: 'DeepSeek', licence: 'MIT', score: 1358 }, gapPoints: 24, gapPct: 1.77 },
  { month: '2025-02', snapshot: '2025-02-22', leaderboardVersion: '2025.02.22', commit: '3b18b3a', sourceFile: 'csv/lmsys.csv', models: 171, closed: { model: 'chocolate (Early Grok-3)', org: 'xAI', score: 1403 }, open: { model: 'DeepSeek-R1', org: 'DeepSeek', licence: 'MIT', score: 1362 }, gapPoints: 41, gapPct: 3.01 },
  { month: '2025-03', snapshot: '2025-03-28', leaderboardVersion: '2025.03.28', commit: 'a1cb720', sourceFile: 'csv/lmsys.csv', models: 185, closed: { model: 'Gemini-2.5-Pro-Exp-03-25', org: 'Google', score: 1443 }, open: { model: 'DeepSeek-R1', org: 'DeepSeek', licence: 'MIT', score: 1360 }, gapPoints: 83, gapPct: 6.10 },
  { month: '2025-04', snapshot: '2025-04-24', leaderboardVersion: '2025.04.24', commit: '20e2eef', sourceFile: 'csv/lmsys.csv', models: 191, closed: { model: 'Gemini-2.5-Pro-Exp-03-25', org: 'Google', score: 1439 }, open: { model: 'DeepSeek-V3-0324', org: 'DeepSeek', licence: 'MIT', score: 1373 }, gapPoints: 66, gapPct: 4.81 },
  { month: '2025-05', snapshot: '2025-05-23', leaderboardVersion: '2025.05.23', commit: 'f62bc92', sourceFile: 'csv/lmsys.csv', models: 202, closed: { model: 'Gemini-2.5-Pro-Preview-05-06', org: 'Google', score: 1446 }, open: { model: 'DeepSeek-V3-0324', org: 'DeepSeek', licence: 'MIT', score: 1368 }, gapPoints: 78, gapPct: 5.70 },
  { month: '2025-06', snapshot: '2025-06-25', leaderboardVersion: '2025.06.25', commit: '7f77ccf', sourceFile: 'csv/lmsys.csv', models: 209, closed: { model: 'Gemini-2.5-Pro', org: 'Google', score: 1477 }, open: { model: 'DeepSeek-R1-0528', org: 'DeepSeek', licence: 'MIT', score: 1424 }, gapPoints: 53, gapPct: 3.72 },
  { month: '2025-07', snapshot: '2025-07-28', leaderboardVersion: '2025.07.28', commit: '80141c0', sourceFile: 'csv/lmarena_text.csv', models: 260, closed: { model: 'Gemini-2.5-Pro', org: 'Google', score: 1474 }, open: { model: 'DeepSeek-R1-0528', org: 'DeepSeek', licence: 'MIT', score: 1426 }, gapPoints: 48, gapPct: 3.37 },
  { month: '2025-08', snapshot: '2025-08-04', leaderboardVersion: '2025.08.04', commit: 'e964e25', sourceFile: 'csv/lmarena_text.csv', models: 266, closed: { model: 'Gemini-2.5-Pro', org: 'Google', score: 1470 }, open: { model: 'GLM-4.5', org: 'Z.ai', licence: 'MIT', score: 1434 }, gapPoints: 36, gapPct: 2.51 },];

/**
 * The narrowest gap in all 92 snapshots (static/data/arena-open-vs-closed-all.csv), which
 * falls between two month-end points and so is not on the monthly line.
 */
export const NARROWEST_SNAPSHOT: ArenaMonth = {
  month: '2025-02',
  snapshot: '2025-02-07',
  leaderboardVersion: '2025.02.07',
  commit: 'c5b1576',
  sourceFile: 'csv/lmsys.csv',
  models: 196,
  closed: { model: 'Gemini-2.0-Flash-Thinking-Exp-01-21', org: 'Google', score: 1383 },
  open: { model: 'DeepSeek-R1', org: 'DeepSeek', licence: 'MIT', score: 1362 },
  gapPoints: 21,
  gapPct: 1.54,
};

/** Published reference points for the gap. */
export interface GapReference {
  id: 'ai-index-2024' | 'ai-index-2025' | 'epoch-2024';
  /** ISO month the value refers to. */
  refersTo: string;
  /** Gap in percent, when the reference gives one. */
  gapPct?: number;
  /** Lag in months, when the reference gives one. */
  lagMonths?: { central: number; low: number; high: number };
  kind: Kind;
  source: Source;
}

const AI_INDEX: Source = {
  id: 'ai-index-2025',
  title: 'AI Index Report 2025, chapter 2 (Fig. 2.1.34)',
  publisher: 'Stanford HAI',
  date: '2025-04',
  url: 'https://hai-production.s3.amazonaws.com/files/hai_ai_index_report_2025.pdf',
  quote:
    'In early 2024, the leading closed-weight model outperformed the top open-weight model by 8.0% on the Chatbot Arena Leaderboard. By February 2025, this gap had narrowed to just 1.7%.',
};

export const GAP_REFERENCES: readonly GapReference[] = [
  { id: 'ai-index-2024', refersTo: '2024-01', gapPct: 8.0, kind: 'estimate', source: AI_INDEX },
  { id: 'ai-index-2025', refersTo: '2025-02', gapPct: 1.7, kind: 'estimate', source: AI_INDEX },
  {
    id: 'epoch-2024',
    refersTo: '2024-11',
    lagMonths: { central: 12, low: 5, high: 22 },
    kind: 'estimate',
    source: {
      id: 'epoch-open-models-2024',
      title: 'How far behind are open models?',
      publisher: 'Epoch AI',
      date: '2024-11-04',
      url: 'https://epoch.ai/blog/open-models-report',
      quote:
        'The best open model today is on par with closed models in performance and training compute, but with a lag of about one year.',
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
