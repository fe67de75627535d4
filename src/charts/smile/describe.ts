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
  VALUE_CHAIN,
  plotted,
  missing,
  percentDigits,
  type MarginFigure,
  type Metric,
  type MarginType,
  type PointNoteKey,
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
  formula?: string | undefined;
  /** The company's note: a build-time block (smile-note/<key>). */
  note: PointNoteKey;
  source: Source;
  revenue: string;
  /** Where the revenue comes from, when that is not the margin's source. */
  revenueSource?: Source | undefined;
  aria: string;
}

export function reasonText(t: Messages, reason: NotDefinedReason): string {
  const n = t.common.notDefined;
  return reason === 'zero-cost' ? n.zeroCost : reason === 'zero-revenue' ? n.zeroRevenue : n.zeroOutput;
}

function revenueText(w: Words, record: ValueChainRecord): string {
  const r = record.revenue;
  if (!r) return w.t.smile.detail.revenueUnknown;
  let s = fill(w.t.smile.detail.revenueIn, { value: w.fmt.money(r.value, 'short'), period: w.t.smile.periods[r.period] });
  if (r.reportedCny !== undefined) s += `, ${fill(w.t.smile.detail.converted, { cny: w.fmt.compact(r.reportedCny, 1) })}`;
  return s;
}

/** A margin as the page shows it: one decimal, or "≈ −135%" for a rough figure. */
export function marginText(w: Words, figure: MarginFigure): string {
  const v = w.fmt.percent(figure.value, percentDigits(figure));
  return figure.approx ? fill(w.t.smile.mark.approx, { value: v }) : v;
}

/** What the figure measures: the metric, or what stands in for it (OpenAI: projected loss ÷ revenue). */
export function measureText(w: Words, figure: MarginFigure, metric: MarginType): string {
  return figure.basis ? w.t.smile.basis[figure.basis] : w.t.smile.metric[metric];
}

/**
 * A mark's label on the chart: "AWS 37%" always, and where it fits the longer "AWS 37% ·
 * Oct–Dec 2024" (with what the ratio is, when it is not the view's metric).
 */
export function markLabels(w: Words, record: ValueChainRecord, figure: MarginFigure): { label: string; longer: string[] } {
  const s = w.t.smile;
  const v = w.fmt.percent(figure.value, 0);
  const label = `${s.companies[record.id].short} ${figure.approx ? fill(s.mark.approx, { value: v }) : v}`;
  const period = s.periodsShort[figure.period];
  const withPeriod = fill(s.mark.withPeriod, { label, period });
  const longer = figure.basis ? [fill(s.mark.withBasis, { label, basis: s.basis[figure.basis], period }), withPeriod] : [withPeriod];
  return { label, longer };
}

export function detailFor(w: Words, record: ValueChainRecord, figure: MarginFigure, metric: MarginType): Detail {
  const s = w.t.smile;
  const name = w.t.smile.companies[record.id].name;
  const stage = s.stages[record.stage];
  const metricName = measureText(w, figure, metric);
  const value = marginText(w, figure);
  const period = s.periods[figure.period];
  let kind = w.t.common.kinds[figure.kind];
  if (figure.viaSummary) kind = fill(w.t.common.join.paren, { a: kind, b: s.mark.viaSummary });
  const aria = fill(s.mark.aria, {
    name: record.incumbent ? fill(w.t.common.join.paren, { a: name, b: s.mark.incumbent }) : name,
    stage,
    metric: metricName,
    value,
    period,
    kind,
  });
  const revenueSource = record.revenue?.source;
  return {
    id: record.id,
    name,
    stage,
    metric: metricName,
    value,
    period,
    kind,
    formula: figure.formula ? s.formulas[figure.formula] : undefined,
    note: record.note,
    source: figure.source,
    revenue: revenueText(w, record),
    revenueSource: revenueSource?.id !== figure.source.id ? revenueSource : undefined,
    aria,
  };
}

/**
 * DeepSeek's gross margin as the calculator has it: the published figure itself while the
 * calculator still shows the published day, else our calculation; null when not defined.
 */
export function deepseekFigure(gm: Ratio): MarginFigure | null {
  const published = DEEPSEEK.margins.gross!;
  if (!gm.ok) return null;
  return Math.abs(gm.value - published.value) < 5e-4
    ? published
    : { ...published, value: gm.value, kind: 'our-calculation', formula: undefined };
}

/**
 * The chart's points for a metric in one period's records, then (gross margin, in the period
 * that has DeepSeek's claim) DeepSeek's own point.
 */
export function details(w: Words, metric: Metric, gm: Ratio, records: readonly ValueChainRecord[] = VALUE_CHAIN): Detail[] {
  const out = plotted(metric, records).map((p) => detailFor(w, p.record, p.figure, metric));
  const withClaim = records.some((r) => r.apart && r.margins.gross);
  const figure = metric === 'gross' && withClaim ? deepseekFigure(gm) : null;
  if (figure) {
    const d = detailFor(w, DEEPSEEK, figure, 'gross');
    const who = figure === DEEPSEEK.margins.gross ? w.t.smile.deepseek.claim : w.t.smile.deepseek.scenario;
    out.push({ ...d, aria: `${d.aria}; ${who}`, kind: `${d.kind}; ${who}` });
  }
  return out;
}

export function missingLines(w: Words, metric: Metric, records: readonly ValueChainRecord[] = VALUE_CHAIN): string[] {
  const list = missing(metric, records);
  const m = w.t.smile.missing;
  const out: string[] = [];
  for (const [reason, text] of [
    ['other-metric', m.otherMetric],
    ['not-disclosed', m.notDisclosed],
    ['not-found', m.notFound],
  ] as const) {
    const names = list.filter((a) => a.reason === reason).map((a) => w.t.smile.companies[a.record.id].short);
    if (names.length) out.push(fill(text, { names: names.join(w.locale !== 'en' ? '、' : ', ') }));
  }
  return out;
}
