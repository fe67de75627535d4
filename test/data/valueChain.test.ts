import { QUOTES } from '../../src/lib/data/quotes';
import { describe, it, expect } from 'vitest';
import {
  VALUE_CHAIN,
  VALUE_CHAIN_LATEST,
  ALL_RECORDS,
  CHAINS,
  CHART_PERIODS,
  METRICS,
  STAGES,
  DEEPSEEK,
  HUAWEI_REPORT,
  ORIGIN_SOURCES,
  plotted,
  missing,
  annualRevenue,
  chartSources,
  percentDigits,
  roundedPercent,
  type MarginFigure,
} from '../../src/lib/data/valueChain';
import { KINDS, type Figure, type Source } from '../../src/lib/data/types';
import { smile as en } from '../../src/lib/i18n/en/smile';
import { en as enMessages } from '../../src/lib/i18n/en/index';
import { zhHans } from '../../src/lib/i18n/zh-Hans/index';
import { prose as enProse } from '../../src/lib/i18n/en/prose';
import { prose as zhProse } from '../../src/lib/i18n/zh-Hans/prose';

const ISO = /^\d{4}-\d{2}(-\d{2})?$/;

function checkSource(s: Source) {
  expect(s.id).toMatch(/\S/);
  expect(s.title).toMatch(/\S/);
  expect(s.publisher).toMatch(/\S/);
  expect(s.url).toMatch(/^https?:\/\/\S+$/);
  expect(s.date).toMatch(ISO);
  expect(QUOTES[s.id]!.length).toBeGreaterThan(10);
}

function checkFigure(f: Figure) {
  expect(KINDS).toContain(f.kind);
  expect(f.period).toMatch(/\S/);
  expect(Number.isFinite(f.value)).toBe(true);
  checkSource(f.source);
}

const allFigures = ALL_RECORDS.flatMap((r) => [
  ...Object.values(r.margins).filter((m): m is MarginFigure => !!m),
  ...(r.revenue ? [r.revenue] : []),
]);

describe('the value-chain records', () => {
  it('have unique ids, a known stage and names in both languages', () => {
    for (const chain of [VALUE_CHAIN, VALUE_CHAIN_LATEST]) {
      const ids = chain.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    // The two periods list the same companies, in the same order.
    expect(VALUE_CHAIN_LATEST.map((r) => r.id)).toEqual(VALUE_CHAIN.map((r) => r.id));
    for (const r of ALL_RECORDS) {
      expect(STAGES).toContain(r.stage);
      for (const dict of [enMessages, zhHans]) {
        expect(dict.smile.companies[r.id].name).toMatch(/\S/);
        expect(dict.smile.companies[r.id].short).toMatch(/\S/);
      }
      for (const p of [enProse, zhProse]) expect(p.smile.pointNotes[r.note]).toMatch(/\S/);
    }
  });

  it('give every figure a kind, a period and a source with address, date and quote', () => {
    expect(allFigures.length).toBeGreaterThan(15);
    for (const f of allFigures) checkFigure(f);
    for (const s of ORIGIN_SOURCES) checkSource(s);
  });

  it('keep margins in a plausible range (−100% to +100%) unless a note explains them', () => {
    for (const r of ALL_RECORDS)
      for (const m of Object.values(r.margins)) {
        if (!m) continue;
        expect(m.unit).toBe('ratio');
        expect(m.value).toBeGreaterThan(-3);
        expect(m.value).toBeLessThan(1);
        if (m.value < -1 || m.value > 1) expect(m.note, r.id).toBeDefined();
      }
  });

  it('keep revenues positive, in US dollars, for a quarter, a half-year (OpenAI’s H1 2025) or a year', () => {
    for (const r of ALL_RECORDS) {
      if (!r.revenue) continue;
      expect(r.revenue.value).toBeGreaterThan(0);
      expect([3, 6, 12]).toContain(r.revenue.months);
      if (r.revenue.reportedCny !== undefined) expect(r.revenue.formula).toMatch(/CNY/);
    }
  });

  it('have the words of every period and formula in both languages, and each formula’s arithmetic gives its figure', () => {
    // "21,869 ÷ 35,082 (…)" or "(562,027 − 87,072) ÷ 562,027 (…)": evaluate the part before the words.
    const arithmetic = (text: string) => {
      const m = /^\(?(−?[\d,.]+)(?: − ([\d,.]+)\))? ÷ ([\d,.]+)/.exec(text);
      if (!m) throw new Error(`No arithmetic in "${text}"`);
      const n = (x: string) => Number(x.replace(/,/g, '').replace('−', '-'));
      return (n(m[1]!) - (m[2] ? n(m[2]) : 0)) / n(m[3]!);
    };
    for (const r of ALL_RECORDS) {
      const figures = [...Object.values(r.margins).filter((m): m is MarginFigure => !!m), ...(r.revenue ? [r.revenue] : [])];
      for (const f of figures) for (const dict of [enMessages, zhHans]) expect(dict.smile.periods[f.period], f.period).toMatch(/\S/);
      for (const f of Object.values(r.margins)) {
        if (!f?.formula) continue;
        const en = enMessages.smile.formulas[f.formula];
        const zh = zhHans.smile.formulas[f.formula];
        expect(arithmetic(en), f.formula).toBeCloseTo(f.value, 3);
        expect(arithmetic(zh), f.formula).toBeCloseTo(f.value, 3);
      }
    }
  });

  it('reproduce the figures in FACTS.md §2', () => {
    const m = (id: string, type: 'gross' | 'operating' | 'net') => VALUE_CHAIN.find((r) => r.id === id)!.margins[type]!.value;
    expect(m('nvidia', 'operating')).toBe(0.623);
    expect(m('nvidia', 'gross')).toBe(0.746);
    expect(m('nvidia', 'net')).toBe(0.55);
    expect(m('aws', 'operating')).toBeCloseTo(10.6 / 28.8, 2);
    expect(m('msft-intelligent-cloud', 'operating')).toBeCloseTo(0.427, 3);
    expect(m('google-cloud', 'operating')).toBe(0.175);
    expect(m('alibaba-cloud', 'operating')).toBeCloseTo(2661 / 29610, 3);
    expect(m('openai', 'operating')).toBeCloseTo(-1.35, 2);
    expect(m('anthropic', 'gross')).toBe(-0.94);
    expect(m('perplexity', 'gross')).toBeCloseTo(-0.68, 2);
    expect(m('cursor', 'gross')).toBe(-0.23);
    expect(m('msft-apps', 'operating')).toBeCloseTo(0.575, 3);
    expect(DEEPSEEK.margins.gross!.value).toBeCloseTo(0.845, 3);
  });

  it('use Huawei’s annual-report cloud revenue (CNY 38.5bn), not the article’s 71.9bn', () => {
    const huawei = VALUE_CHAIN.find((r) => r.id === 'huawei-cloud')!;
    expect(huawei.revenue!.reportedCny).toBe(38.5e9);
    expect(QUOTES[HUAWEI_REPORT.id]).toContain('CNY38.5 billion');
    expect(JSON.stringify(VALUE_CHAIN)).not.toMatch(/71\.9/);
  });

  it('leave unknowns unknown: no margin for Huawei or Baidu, no revenue for Cursor', () => {
    expect(VALUE_CHAIN.find((r) => r.id === 'huawei-cloud')!.margins).toEqual({});
    expect(VALUE_CHAIN.find((r) => r.id === 'baidu-ai-cloud')!.margins).toEqual({});
    const cursor = VALUE_CHAIN.find((r) => r.id === 'cursor')!;
    expect(cursor.revenue).toBeUndefined();
    expect(annualRevenue(cursor)).toBeNull();
  });
});

describe('what the chart shows', () => {
  it('plots 7 operating margins and 5 gross margins, DeepSeek apart', () => {
    expect(plotted('operating')).toHaveLength(7);
    expect(plotted('gross')).toHaveLength(5);
    for (const metric of METRICS) expect(plotted(metric).some((p) => p.record.id === 'deepseek')).toBe(false);
  });

  it('accounts for every record: shown, apart, or missing with a reason', () => {
    for (const metric of METRICS) {
      const shown = plotted(metric).length;
      const absent = missing(metric);
      expect(shown + absent.length + 1).toBe(VALUE_CHAIN.length);
      expect(absent.filter((a) => a.reason === 'not-disclosed').map((a) => a.record.id).sort()).toEqual(['baidu-ai-cloud', 'huawei-cloud']);
    }
  });

  it('fills marks for filings and company figures only', () => {
    for (const metric of METRICS)
      for (const p of plotted(metric)) expect(p.filled).toBe(p.figure.kind === 'filing' || p.figure.kind === 'company-claim');
    expect(plotted('gross').find((p) => p.record.id === 'anthropic')!.filled).toBe(false);
  });

  it('fails if a chart-visible figure lacks a source in the frame’s source list', () => {
    const listed = new Set(chartSources().map((s) => s.id));
    const visible = [...METRICS.flatMap((m) => plotted(m).map((p) => p.figure)), DEEPSEEK.margins.gross!];
    for (const f of visible) {
      checkSource(f.source);
      expect(listed.has(f.source.id), f.source.id).toBe(true);
    }
    for (const r of ALL_RECORDS) if (r.revenue) expect(listed.has(r.revenue.source.id)).toBe(true);
  });
});

// The evidence is the quotes the repository ships (src/lib/data/quotes.ts): every figure the
// chart shows must be readable in its own source's words. Nothing outside the repository.
describe('every figure can be read in the quote of its source', () => {
  const quoteOf = (s: Source) => QUOTES[s.id]!.replace(/,(?=\d{3})/g, '');
  // Ways a source writes an amount: 35,082 (millions), 40.9 (billions), 71亿, 3400 万.
  const amountForms = (v: number) => [String(v / 1e6), String(v / 1e9), `${v / 1e8}亿`, `${v / 1e4} 万`];
  // A margin's digits: 74.6, 70, 17.5, 94, 23.
  const percentForm = (v: number) => String(Math.round(Math.abs(v) * 1000) / 10);
  // The numbers of a formula, before its words: "(562,027 − 87,072) ÷ 562,027 (…)" → 562027, 87072.
  const formulaNumbers = (text: string) => (text.split(' (')[0]!.match(/[\d,.]+/g) ?? []).map((n) => n.replace(/,/g, ''));
  // Known gap, stated in the Alibaba note: the quote gives the September quarter's EBITA, not its revenue.
  const NOT_IN_QUOTE: Record<string, string[]> = { alibabaOperating: ['29610'] };

  it('a margin given as such appears in its quote; a computed one has every input in its quotes', () => {
    for (const r of ALL_RECORDS)
      for (const m of Object.values(r.margins)) {
        if (!m) continue;
        if (!m.formula) {
          expect(quoteOf(m.source), `${r.id}: ${m.value}`).toContain(percentForm(m.value));
          continue;
        }
        const text = [quoteOf(m.source), r.revenue ? quoteOf(r.revenue.source) : ''].join(' ');
        for (const n of formulaNumbers(enMessages.smile.formulas[m.formula])) {
          if (NOT_IN_QUOTE[m.formula]?.includes(n)) continue;
          // An input in US$m may be written in billions in the quote (10,900 → "$10.9 billion").
          expect(text.includes(n) || text.includes(String(Number(n) / 1000)), `${r.id}: ${n}`).toBe(true);
        }
      }
  });

  it('a revenue appears in its quote, in dollars or in the yuan reported', () => {
    for (const r of ALL_RECORDS) {
      if (!r.revenue) continue;
      const amount = r.revenue.reportedCny ?? r.revenue.value;
      const text = quoteOf(r.revenue.source);
      expect(amountForms(amount).some((f) => text.includes(f)), `${r.id}: ${amountForms(amount).join(' / ')}`).toBe(true);
    }
  });

  it('Huawei’s and the origin sources’ quotes say what the page says they say', () => {
    expect(QUOTES[HUAWEI_REPORT.id]).toMatch(/cloud computing sales rose 8\.5 per cent/);
    expect(QUOTES['shih-taipei-times']).toMatch(/1992/);
    for (const s of ORIGIN_SOURCES) expect(QUOTES[s.id]!.length, s.id).toBeGreaterThan(40);
  });
});

describe('the fact check of our own page (issue 9)', () => {
  const rec = (id: string) => VALUE_CHAIN.find((r) => r.id === id)!;

  it('labels figures read only in third-party summaries as estimates, not company claims', () => {
    expect(rec('google-cloud').margins.operating!.kind).toBe('estimate');
    expect(rec('msft-apps').margins.operating!.kind).toBe('estimate');
    expect(rec('msft-apps').revenue!.kind).toBe('estimate');
    expect(rec('msft-intelligent-cloud').margins.operating!.kind).toBe('estimate');
    expect(rec('baidu-ai-cloud').revenue!.kind).toBe('estimate');
    // … so their marks are hollow.
    for (const id of ['google-cloud', 'msft-apps', 'msft-intelligent-cloud'])
      expect(plotted('operating').find((p) => p.record.id === id)!.filled, id).toBe(false);
    // Every figure taken from a summary is an estimate or weaker, never a filled mark.
    for (const r of ALL_RECORDS) for (const m of Object.values(r.margins)) if (m?.viaSummary) expect(m.kind, r.id).toBe('estimate');
  });

  it('says what OpenAI’s −135% is: a projected loss over revenue, shown to the whole percent', () => {
    const f = rec('openai').margins.operating!;
    expect(f.basis).toBe('projectedLoss');
    expect(f.approx).toBe(true);
    expect(enMessages.smile.basis.projectedLoss).toMatch(/projected loss ÷ revenue/);
    expect(zhHans.smile.basis.projectedLoss).toMatch(/预计亏损/);
    expect(QUOTES[f.source.id]).toMatch(/do not include paying out equity-based compensation/);
  });

  it('rounds rough figures to the precision of their source (≈ −135%, ≈ −68%), and exact ones to a decimal', () => {
    const openai = rec('openai').margins.operating!;
    const perplexity = rec('perplexity').margins.gross!;
    expect(percentDigits(openai)).toBe(0);
    expect(roundedPercent(openai)).toBe(-135);
    expect(roundedPercent(perplexity)).toBe(-68);
    expect(QUOTES[openai.source.id]).toMatch(/roughly \$5 billion/);
    expect(QUOTES[perplexity.source.id]).toMatch(/超 5700 万美元/);
    expect(roundedPercent(rec('nvidia').margins.operating!)).toBe(62.3);
    // Only figures whose source gives rough amounts are rounded.
    const rough = ALL_RECORDS.flatMap((r) => Object.values(r.margins).filter((m) => m?.approx).map(() => r.id));
    expect(rough.sort()).toEqual(['anthropic', 'openai', 'openai', 'perplexity']);
  });

  it('names Microsoft Cloud and the Intelligent Cloud segment for what they are', () => {
    for (const dict of [enMessages, zhHans]) {
      const c = dict.smile.companies;
      expect(c['msft-cloud'].name + c['msft-cloud'].short).toMatch(/365/);
      expect(c['msft-intelligent-cloud'].short).not.toMatch(/Azure/);
    }
    expect(enMessages.smile.companies['msft-intelligent-cloud'].short).toMatch(/^MS Intell(igent|\.) Cloud$/);
    expect(zhHans.smile.companies['msft-intelligent-cloud'].short).toBe('微软智能云');
  });

  it('gives every period a short form for the chart’s labels, in both languages', () => {
    for (const dict of [enMessages, zhHans])
      for (const k of Object.keys(dict.smile.periods) as (keyof typeof dict.smile.periods)[]) expect(dict.smile.periodsShort[k], k).toMatch(/\S/);
  });

  it('states the Alibaba mark’s two quarters and the right quarter-ends in the caveat', () => {
    const ali = rec('alibaba-cloud');
    expect(ali.margins.operating!.period).toBe('alibabaSep2024');
    expect(ali.revenue!.period).toBe('alibabaDec2024');
    expect(enProse.smile.pointNotes.alibaba).toMatch(/September-quarter margin with the December quarter’s revenue/);
    expect(zhProse.smile.pointNotes.alibaba).toMatch(/9月季度的利润率与 12月季度的收入/);
    expect(enProse.smile.caveats.periods).toMatch(/Alibaba’s plotted margin is for the quarter to 30 September 2024/);
    expect(zhProse.smile.caveats.periods).toMatch(/阿里云的利润率是截至 2024年9月30日的季度/);
    expect(enProse.smile.caveats.periods).not.toMatch(/the clouds’ quarters on 31 December/);
  });
});

describe('the latest sourced year (issue 13: the smile curve, then and now)', () => {
  const rec = (id: string) => VALUE_CHAIN_LATEST.find((r) => r.id === id)!;

  it('reproduces each figure from its filing or release (hand calculations)', () => {
    // NVIDIA Q1 FY27: 53,536 ÷ 81,615 = 0.65596 → 65.6%; gross margin 74.9% as filed.
    expect(roundedPercent(rec('nvidia').margins.operating!)).toBe(65.6);
    expect(rec('nvidia').margins.gross!.value).toBe(0.749);
    // AWS Q4 2025: 12.5 ÷ 35.6 = 0.35112 → 35.1% (from the release's rounded billions, as for 2024).
    expect(roundedPercent(rec('aws').margins.operating!)).toBe(35.1);
    // Google Cloud 2025, 10-K segment note: 13,910 ÷ 58,705 = 0.23695 → 23.7%.
    expect(roundedPercent(rec('google-cloud').margins.operating!)).toBe(23.7);
    // OpenAI Jan–Jun 2025: −7.8 ÷ 4.3 = −1.8140 → −181.4%.
    expect(roundedPercent(rec('openai').margins.operating!)).toBe(-181.4);
    // Anthropic's projection: 559 ÷ 10,900 = 0.0513 → ≈ 5% (rough: revenue "to exceed").
    expect(roundedPercent(rec('anthropic').margins.operating!)).toBe(5);
    expect(rec('msft-cloud').margins.gross!.value).toBe(0.67);
  });

  it('keeps the kinds honest: filings for the SEC documents, summaries as estimates, private companies as press reports', () => {
    expect(rec('nvidia').margins.operating!.kind).toBe('filing');
    expect(rec('google-cloud').margins.operating!.kind).toBe('filing');
    expect(rec('aws').margins.operating!.kind).toBe('company-claim');
    expect(rec('msft-cloud').margins.gross!.kind).toBe('estimate');
    expect(rec('msft-cloud').margins.gross!.viaSummary).toBe(true);
    for (const id of ['openai', 'anthropic', 'cursor'])
      for (const m of Object.values(rec(id).margins)) expect(m!.kind, id).toBe('press-report');
  });

  it('cites the official address of documents read through copies, and names the copy', () => {
    expect(rec('nvidia').margins.gross!.source.url).toMatch(/^https:\/\/www\.sec\.gov\/Archives\/edgar\/data\/1045810\//);
    expect(rec('nvidia').margins.gross!.source.publisher).toMatch(/StockTitan/);
    expect(rec('google-cloud').margins.operating!.source.url).toMatch(/sec\.gov\/Archives\/edgar\/data\/1652044\/000165204426000018\//);
    expect(rec('google-cloud').margins.operating!.source.title).toMatch(/0001652044-26-000018/);
    expect(rec('google-cloud').margins.operating!.source.publisher).toMatch(/beatandraise/);
    expect(rec('aws').margins.operating!.source.url).toMatch(/^https:\/\/ir\.aboutamazon\.com\//);
    expect(rec('aws').margins.operating!.source.publisher).toMatch(/6ix\.com/);
  });

  it('lists a company without a comparable later figure as missing: never carried over', () => {
    for (const id of ['msft-intelligent-cloud', 'alibaba-cloud', 'huawei-cloud', 'baidu-ai-cloud', 'perplexity', 'msft-apps', 'deepseek']) {
      expect(rec(id).margins, id).toEqual({});
      expect(rec(id).notFound, id).toBe(true);
      expect(rec(id).revenue, id).toBeUndefined();
    }
    for (const metric of METRICS) {
      const reasons = new Map(missing(metric, VALUE_CHAIN_LATEST).map((m) => [m.record.id, m.reason]));
      expect(reasons.get('alibaba-cloud')).toBe('not-found');
      expect(reasons.get('msft-apps')).toBe('not-found');
      // Every record is shown, apart, or listed.
      expect(plotted(metric, VALUE_CHAIN_LATEST).length + reasons.size + 1).toBe(VALUE_CHAIN_LATEST.length);
    }
    // No figure object of 2024–25 reappears in the later period except Cursor's, whose quarter (to January 2026) is in it.
    const earlier = new Set(VALUE_CHAIN.flatMap((r) => Object.values(r.margins)));
    const reused = VALUE_CHAIN_LATEST.flatMap((r) => Object.values(r.margins).filter((m) => earlier.has(m)).map(() => r.id));
    expect(reused).toEqual(['cursor']);
  });

  it('dates every later figure after DeepSeek’s claim (1 March 2025)', () => {
    for (const r of VALUE_CHAIN_LATEST) for (const m of Object.values(r.margins)) expect(m!.source.date >= '2025-03', r.id).toBe(true);
  });

  it('has a note for every record of both periods, in both languages', () => {
    for (const p of CHART_PERIODS)
      for (const r of CHAINS[p]) {
        expect(enProse.smile.pointNotes[r.note], r.note).toMatch(/\S/);
        expect(zhProse.smile.pointNotes[r.note], r.note).toMatch(/\S/);
      }
  });
});
