/**
 * The open- vs closed-weights timeline, April 2024 to April 2026: the events as the chart
 * draws them (id, date, type). Who, under which licence, how sure, and the source of each
 * event are in ./openClosedCitations.ts, which only the build reads: the prerender writes
 * them into the page's HTML, so the browser's bundle carries just the dates and types.
 * Words (labels, one-line texts, organisation names) live in the locale files. Dates are the
 * release or publication date, Beijing time where it matters.
 *
 * Compiled from shared/sources/open-vs-closed-factcheck.md, section 2; the releases from
 * Qwen3 (April 2025) on from shared/sources/what-happened-next-2025-2026.md, section 3, each
 * re-read at its source (openClosedCitations.ts says where).
 */
import type { Kind, CitedSource } from './types';

/** What happened. 'open-code' is source code or data without model weights. */
export type EventType = 'open-weights' | 'open-code' | 'closed' | 'pricing' | 'statement' | 'legal';

export const EVENT_TYPES: readonly EventType[] = ['open-weights', 'open-code', 'closed', 'pricing', 'statement', 'legal'];

export type OrgId =
  | 'meta'
  | 'baidu'
  | 'deepseek'
  | 'bytedance'
  | 'zhipu'
  | 'musk'
  | 'epoch'
  | 'minimax'
  | 'moonshot'
  | 'alibaba'
  | 'huggingface'
  | 'openai'
  | 'stepfun'
  | 'skywork'
  | 'osi';

/** An event as the chart draws it. */
export interface TimelineEvent {
  id: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  type: EventType;
}

/** Who, under which licence, how sure, and from where (openClosedCitations.ts). */
export interface Citation {
  org: OrgId;
  /** Licence of the weights (and code, where it differs), as the publisher names it. */
  licence?: string;
  /** How much weight the source bears. */
  kind: Kind;
  source: CitedSource;
}

/** An event with its citation: what the build renders into the page. */
export interface OpenClosedEvent extends TimelineEvent, Citation {}

export const EVENTS: readonly TimelineEvent[] = [
  { id: 'li-speech-leak', date: '2024-04-11', type: 'statement' },
  { id: 'li-create-2024', date: '2024-04-16', type: 'statement' },
  { id: 'llama-3', date: '2024-04-18', type: 'open-weights' },
  { id: 'deepseek-v2', date: '2024-05-06', type: 'open-weights' },
  { id: 'doubao-pro', date: '2024-05-15', type: 'pricing' },
  { id: 'glm-4-9b', date: '2024-06-05', type: 'open-weights' },
  { id: 'musk-withdraws', date: '2024-06-11', type: 'legal' },
  { id: 'li-waic-2024', date: '2024-07-04', type: 'statement' },
  { id: 'llama-3-1', date: '2024-07-23', type: 'open-weights' },
  { id: 'epoch-lag', date: '2024-11-04', type: 'statement' },
  { id: 'llama-3-3', date: '2024-12-06', type: 'open-weights' },
  { id: 'doubao-vision', date: '2024-12-18', type: 'pricing' },
  { id: 'deepseek-v3', date: '2024-12-26', type: 'open-weights' },
  { id: 'minimax-01', date: '2025-01-15', type: 'open-weights' },
  { id: 'deepseek-r1', date: '2025-01-20', type: 'open-weights' },
  { id: 'kimi-k1-5', date: '2025-01-20', type: 'closed' },
  { id: 'videoworld-code', date: '2025-01-20', type: 'open-code' },
  { id: 'open-r1', date: '2025-01-24', type: 'open-code' },
  { id: 'qwen2-5-vl', date: '2025-01-28', type: 'open-weights' },
  { id: 'qwen2-5-max', date: '2025-01-28', type: 'closed' },
  { id: 'altman-history', date: '2025-01-31', type: 'statement' },
  { id: 'li-dubai', date: '2025-02-11', type: 'statement' },
  { id: 'ernie-announce', date: '2025-02-14', type: 'statement' },
  { id: 'step-video', date: '2025-02-17', type: 'open-weights' },
  { id: 'skyreels', date: '2025-02-18', type: 'open-weights' },
  { id: 'osi-llama', date: '2025-02-18', type: 'legal' },
  { id: 'moonlight', date: '2025-02-23', type: 'open-weights' },
  { id: 'flashmla', date: '2025-02-24', type: 'open-code' },
  { id: 'deepep', date: '2025-02-25', type: 'open-code' },
  { id: 'qwq-max-preview', date: '2025-02-25', type: 'closed' },
  { id: 'wan-2-1', date: '2025-02-25', type: 'open-weights' },
  { id: 'deepgemm', date: '2025-02-26', type: 'open-code' },
  { id: 'offpeak', date: '2025-02-26', type: 'pricing' },
  { id: 'dualpipe', date: '2025-02-27', type: 'open-code' },
  { id: '3fs', date: '2025-02-28', type: 'open-code' },
  { id: 'day-6', date: '2025-03-01', type: 'statement' },
  { id: 'qwq-32b', date: '2025-03-06', type: 'open-weights' },
  { id: 'llama-4', date: '2025-04-05', type: 'open-weights' },
  { id: 'glm-4-32b', date: '2025-04-14', type: 'open-weights' },
  { id: 'qwen3', date: '2025-04-29', type: 'open-weights' },
  { id: 'minimax-m1', date: '2025-06-14', type: 'open-weights' },
  { id: 'ernie-4-5-open', date: '2025-06-30', type: 'open-weights' },
  { id: 'kimi-k2', date: '2025-07-11', type: 'open-weights' },
  { id: 'glm-4-5', date: '2025-07-28', type: 'open-weights' },
  { id: 'gpt-oss', date: '2025-08-05', type: 'open-weights' },
  { id: 'deepseek-v3-2-exp', date: '2025-09-29', type: 'open-weights' },
  { id: 'glm-4-6', date: '2025-09-30', type: 'open-weights' },
  { id: 'minimax-m2', date: '2025-10-27', type: 'open-weights' },
  { id: 'deepseek-v3-2', date: '2025-12-01', type: 'open-weights' },
  { id: 'glm-4-7', date: '2025-12-23', type: 'open-weights' },
  { id: 'kimi-k2-5', date: '2026-01-31', type: 'open-weights' },
  { id: 'glm-5', date: '2026-02-11', type: 'open-weights' },
  { id: 'muse-spark', date: '2026-04-08', type: 'closed' },
  { id: 'deepseek-v4', date: '2026-04-24', type: 'open-weights' },
];

/** The dense weeks drawn on an expanded scale: R1's release to QwQ-32B. */
export const DENSE_WINDOW = { start: '2025-01-20', end: '2025-03-06' } as const;

/** The span the timeline covers. */
export const TIMELINE_SPAN = { start: '2024-04-01', end: '2026-04-30' } as const;

/** Parse an ISO date (YYYY-MM-DD) as a UTC date. */
export function parseDay(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return new Date(NaN);
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(y, mo - 1, da));
  return d.getUTCDate() === da && d.getUTCMonth() === mo - 1 ? d : new Date(NaN);
}


/** Turning points: their labels are placed first on the timeline. */
export const KEY_EVENTS: ReadonlySet<string> = new Set([
  'llama-3',
  'deepseek-v2',
  'li-waic-2024',
  'deepseek-v3',
  'deepseek-r1',
  'qwen2-5-max',
  'altman-history',
  'li-dubai',
  'qwq-max-preview',
  'qwq-32b',
  'ernie-4-5-open',
  'gpt-oss',
  'kimi-k2',
  'deepseek-v3-2-exp',
  'glm-5',
  'muse-spark',
  'deepseek-v4',
]);
