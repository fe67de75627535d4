/**
 * Words for the smile chart's marks, detail panel and table, from the data and the
 * reader's dictionary. Pure: the component passes `ui.t`, `ui.fmt` and `ui.locale` in.
 */
import type { Messages, Locale } from '../../lib/i18n';
import { fill } from '../../lib/i18n';
import type { Formatter } from '../../lib/format/number';
import type { Source } from '../../lib/data/types';
import type { Ratio, NotDefinedReason } from '../../lib/model/ratio';
import {
  DEEPSEEK,
  missing,
  type MarginFigure,
  type Metric,
  type ValueChainRecord,
} from '../../lib/data/valueChain';

export interface Words {
  t: Messages;
  fmt: Formatter;
  locale: Locale;
}

export interface Detail {
  id: string;
  name: string;
  stage: string;
  metric: string;
  value: string;
  period: string;
  kind: string;
  formula?: string;
  note: string;
  source: Source;
  revenue: string;
  revenueSource?: Source;
  aria: string;
}

export function reasonText(t: Messages, reason: NotDefinedReason): string {
  const n = t.common.notDefined;
  return reason === 'zero-cost' ? n.zeroCost : reason === 'zero-revenue' ? n.zeroRevenue : n.zeroOutput;
}

function revenueText(w: Words, record: ValueChainRecord): string {
  const r = record.revenue;
  if (!r) return w.t.smile.detail.revenueUnknown;
  let s = `${w.fmt.money(r.value, 'short')} (${r.period})`;
  if (r.reportedCny !== undefined) s += `, ${fill(w.t.smile.detail.converted, { cny: w.fmt.compact(r.reportedCny, 1) })}`;
  return s;
}

export function detailFor(w: Words, record: ValueChainRecord, figure: MarginFigure, metric: Metric | 'gross', kindOverride?: string): Detail {
  const s = w.t.smile;
  const name = record.name[w.locale];
  const stage = s.stages[record.stage];
  const metricName = s.metric[metric];
  const value = w.fmt.percent(figure.value, 1);
  let kind = kindOverride ?? w.t.common.kinds[figure.kind];
  if (figure.viaSummary) kind += ` (${s.mark.viaSummary})`;
  const aria = fill(s.mark.aria, {
    name: record.incumbent ? `${name} (${s.mark.incumbent})` : name,
    stage,
    metric: metricName,
    value,
    period: figure.period,
    kind,
  });
  return {
    id: record.id,
    name,
    stage,
    metric: metricName,
    value,
    period: figure.period,
    kind,
    ...(figure.formula ? { formula: figure.formula } : {}),
    note: s.pointNotes[record.note],
    source: figure.source,
    revenue: revenueText(w, record),
    ...(record.revenue && record.revenue.source.id !== figure.source.id ? { revenueSource: record.revenue.source } : {}),
    aria,
  };
}

/** Whether the calculator still shows DeepSeek's published day. */
export function isPublished(gm: Ratio): boolean {
  const published = DEEPSEEK.margins.gross!.value;
  return gm.ok && Math.abs(gm.value - published) < 5e-4;
}

/** DeepSeek's point from the calculator's gross margin; null when it is not defined. */
export function deepseekDetail(w: Words, gm: Ratio): Detail | null {
  if (!gm.ok) return null;
  const base = DEEPSEEK.margins.gross!;
  const published = isPublished(gm);
  const figure: MarginFigure = published
    ? base
    : { ...base, value: gm.value, kind: 'our-calculation', formula: undefined };
  const d = detailFor(w, DEEPSEEK, figure, 'gross');
  const who = published ? w.t.smile.deepseek.claim : w.t.smile.deepseek.scenario;
  return { ...d, aria: `${d.aria}; ${who}`, kind: `${d.kind}; ${who}` };
}

export function missingLines(w: Words, metric: Metric): string[] {
  const list = missing(metric);
  const names = (reason: string) =>
    list
      .filter((m) => m.reason === reason)
      .map((m) => m.record.short[w.locale])
      .join(w.locale === 'zh-Hans' ? '、' : ', ');
  const out: string[] = [];
  const other = names('other-metric');
  const none = names('not-disclosed');
  if (other) out.push(fill(w.t.smile.missing.otherMetric, { names: other }));
  if (none) out.push(fill(w.t.smile.missing.notDisclosed, { names: none }));
  return out;
}
