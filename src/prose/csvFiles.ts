/**
 * CSV files of the figures whose data never changes with the reader's input, one per language,
 * written by the prerender next to the pages (data/<figure>[.<locale>].csv). Server only.
 */
import type { Locale } from '../lib/i18n/types';
import { proseWords } from '../lib/i18n/prose';
import { messages } from '../lib/i18n';
import { toCsv, BOM, type Cell } from '../lib/export/csv';
import { EVENT_RECORDS } from '../lib/data/openClosedCitations';
import { ARENA_MONTHLY, ARENA_LATER } from '../lib/data/arena';
import { PRICE_POINTS, RATE, CURRENCIES, perMillion } from '../lib/data/prices';

export function csvPath(figureId: string, locale: Locale): string {
  return `data/${figureId}${locale === 'en' ? '' : `.${locale}`}.csv`;
}

/** Headings and categories in the file's language (names, licences and citations as their sources write them). */
function timelineRows(locale: Locale): Cell[][] {
  const p = proseWords(locale).openClosed;
  const m = messages(locale);
  const c = p.timeline.table;
  const rows: Cell[][] = [[c.date, c.org, c.event, c.type, c.licence, p.timeline.csv.kind, c.source, p.timeline.csv.url]];
  for (const e of EVENT_RECORDS) {
    rows.push([e.date, p.orgs[e.org], p.events[e.id as keyof typeof p.events], m.openClosed.types[e.type], e.licence ?? '', m.common.kinds[e.kind], e.source.title, e.source.url]);
  }
  return rows;
}

/** Both Arena series; the series column tells them apart (compare gaps, not scores, across them). */
function gapRows(locale: Locale): Cell[][] {
  const h = proseWords(locale).openClosed.gap.csv;
  return [
    [h.series, h.month, h.snapshot, h.closedModel, h.closedOrg, h.closedScore, h.openModel, h.openOrg, h.licence, h.openScore, h.gapPoints, h.gapPct, h.monthMin, h.monthMean],
    ...ARENA_MONTHLY.map((m) => [h.seriesArchive, m.month, m.snapshot, m.closed.model, m.closed.org, m.closed.score, m.open.model, m.open.org, m.open.licence, m.open.score, m.gapPoints, m.gapPct, '', '']),
    ...ARENA_LATER.map((m) => [h.seriesLater, m.month, m.snapshot, m.closed.model, m.closed.org, m.closed.score, m.open.model, m.open.org, m.open.licence, m.open.score, m.gapPoints, m.gapPct, m.monthMin, m.monthMean]),
  ];
}

/**
 * The price war, per million tokens in both currencies (converted figures at RATE, our
 * calculation). The English file has the column names and codes of static/data/price-war.csv
 * (a test holds them equal); the Chinese files name columns, makers, price kinds, kinds and
 * currencies in Chinese (model names and citations as their sources write them).
 */
function priceWarRows(locale: Locale): Cell[][] {
  const w = proseWords(locale).priceWar;
  const m = messages(locale);
  const h = w.csv;
  const en = locale === 'en';
  const currency = (c: (typeof CURRENCIES)[number]) => (en ? c : m.priceWar.currencies[c]);
  const rows: Cell[][] = [
    [h.id, h.model, h.maker, h.date, h.until, h.tier, h.kind, h.currency, h.per, h.input, h.output, h.cacheHit, h.cutPct, h.inputUsd, h.outputUsd, h.cacheHitUsd, h.inputCny, h.outputCny, h.cacheHitCny, h.converted, h.rate, h.sourceTitle, h.sourceUrl, h.otherUrl],
  ];
  for (const p of PRICE_POINTS) {
    const per = (field: 'input' | 'output' | 'cacheHit', c: 'USD' | 'CNY') => perMillion(p, field, c)?.value ?? '';
    const converted = CURRENCIES.filter((c) => (['input', 'output'] as const).some((f) => perMillion(p, f, c)?.converted));
    rows.push([
      p.id,
      p.model,
      en ? p.maker : w.makers[p.maker],
      p.date,
      p.until ?? '',
      en ? p.tier : m.priceWar.tiers[p.tier],
      en ? p.kind : m.common.kinds[p.kind],
      currency(p.price.currency),
      p.price.per,
      p.price.input ?? '',
      p.price.output ?? '',
      p.price.cacheHit ?? '',
      p.cutPct ?? '',
      per('input', 'USD'),
      per('output', 'USD'),
      per('cacheHit', 'USD'),
      per('input', 'CNY'),
      per('output', 'CNY'),
      per('cacheHit', 'CNY'),
      converted.map(currency).join(en ? ' ' : '、'),
      RATE.value,
      p.price.source.title,
      p.price.source.url,
      p.alt?.source.url ?? '',
    ]);
  }
  return rows;
}

/** Every CSV file for one language: its path under dist/ and its text (with a byte-order mark). */
export function csvFiles(locale: Locale): { path: string; text: string }[] {
  return [
    { path: csvPath('open-timeline', locale), text: BOM + toCsv(timelineRows(locale)) },
    { path: csvPath('arena-gap', locale), text: BOM + toCsv(gapRows(locale)) },
    { path: csvPath('price-war', locale), text: BOM + toCsv(priceWarRows(locale)) },
  ];
}
