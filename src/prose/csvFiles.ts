/**
 * CSV files of the figures whose data never changes with the reader's input, one per language,
 * written by the prerender next to the pages (data/<figure>[.<locale>].csv). Server only.
 */
import type { Locale } from '../lib/i18n/types';
import { proseWords } from '../lib/i18n/prose';
import { toCsv, BOM, type Cell } from '../lib/export/csv';
import { EVENT_RECORDS } from '../lib/data/openClosedCitations';
import { ARENA_MONTHLY, ARENA_LATER } from '../lib/data/arena';

export function csvPath(figureId: string, locale: Locale): string {
  return `data/${figureId}${locale === 'en' ? '' : `.${locale}`}.csv`;
}

function timelineRows(locale: Locale): Cell[][] {
  const p = proseWords(locale).openClosed;
  const c = p.timeline.table;
  const rows: Cell[][] = [[c.date, c.org, c.event, c.type, c.licence, 'kind', c.source, 'url']];
  for (const e of EVENT_RECORDS) {
    rows.push([e.date, p.orgs[e.org], p.events[e.id as keyof typeof p.events], e.type, e.licence ?? '', e.kind, e.source.title, e.source.url]);
  }
  return rows;
}

/** Both Arena series; the `series` column tells them apart (compare gaps, not scores, across them). */
function gapRows(): Cell[][] {
  return [
    ['series', 'month', 'snapshot', 'top_closed_model', 'top_closed_org', 'top_closed_score', 'top_open_model', 'top_open_org', 'top_open_license', 'top_open_score', 'gap_points', 'gap_pct_of_open', 'month_min_gap_points', 'month_mean_gap_points'],
    ...ARENA_MONTHLY.map((m) => ['archive-2024-2025', m.month, m.snapshot, m.closed.model, m.closed.org, m.closed.score, m.open.model, m.open.org, m.open.licence, m.open.score, m.gapPoints, m.gapPct, '', '']),
    ...ARENA_LATER.map((m) => ['scrape-2025-2026', m.month, m.snapshot, m.closed.model, m.closed.org, m.closed.score, m.open.model, m.open.org, m.open.licence, m.open.score, m.gapPoints, m.gapPct, m.monthMin, m.monthMean]),
  ];
}

/** Every CSV file for one language: its path under dist/ and its text (with a byte-order mark). */
export function csvFiles(locale: Locale): { path: string; text: string }[] {
  return [
    { path: csvPath('open-timeline', locale), text: BOM + toCsv(timelineRows(locale)) },
    { path: csvPath('arena-gap', locale), text: BOM + toCsv(gapRows()) },
  ];
}
