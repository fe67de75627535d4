/** The second half's data (race, usage, subscriptions, ads): every figure sourced, quoted and of a kind; the CSV files match. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KINDS, type CitedSource } from '../../src/lib/data/types';
import { PLAYERS, USAGE, raceSources, roundInCny, trackerSpread, ARTICLE_CNY_PER_USD, largestRound } from '../../src/lib/data/race';
import { OPENAI_FIGURES, chatgptShare, subscriptionSources, FIRST_PROFIT_YEAR } from '../../src/lib/data/subscriptions';
import { AD_EVENTS, adSources } from '../../src/lib/data/ads';

function parseCsv(path: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(resolve(__dirname, '../..', path), 'utf8').trim().split(/\r?\n/);
  const cols = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    expect(cells.length, line).toBe(cols.length);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

function expectCited(s: CitedSource) {
  expect(s.id, JSON.stringify(s)).toMatch(/^[a-z0-9-]+$/);
  expect(s.title.trim(), s.id).not.toBe('');
  expect(s.publisher.trim(), s.id).not.toBe('');
  expect(s.date, s.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  expect(s.url, s.id).toMatch(/^https:\/\/[^\s]+$/);
  expect(s.quote.trim().length, s.id).toBeGreaterThan(20);
}

describe('every figure of the second half', () => {
  const figures = [
    ...PLAYERS.flatMap((p) => [...p.money, ...(p.founded ? [p.founded] : [])]),
    ...USAGE,
    ...OPENAI_FIGURES,
    FIRST_PROFIT_YEAR,
    ...AD_EVENTS,
  ];

  it('has a kind and a source with address, date and exact quote', () => {
    for (const f of figures) {
      expect(KINDS, JSON.stringify(f)).toContain(f.kind);
      expectCited(f.source);
    }
    for (const s of [...raceSources(), ...subscriptionSources(), ...adSources()]) expectCited(s);
  });

  it('labels the article’s figures as press reports, citing the article', () => {
    for (const p of PLAYERS) {
      for (const m of p.money) {
        expect(m.kind).toBe('press-report');
        expect(m.source.url).toBe('https://www.163.com/money/article/JQRNU5TU00258105.html');
      }
    }
  });

  it('gives each source id one quote: two sources with one id are the same source', () => {
    const all = [...raceSources(), ...subscriptionSources(), ...adSources(), ...figures.map((f) => f.source)];
    const byId = new Map<string, CitedSource>();
    for (const s of all) {
      const seen = byId.get(s.id);
      if (seen) expect(seen, s.id).toEqual(s);
      byId.set(s.id, s);
    }
  });

  it('never draws a figure the source does not give (StepFun’s “several hundred million” has no bar)', () => {
    const stepfun = PLAYERS.find((p) => p.id === 'stepfun')!.money.find((m) => m.what === 'round')!;
    expect(stepfun.bound).toBe('unstated');
    expect(roundInCny(stepfun)).toBeNull();
  });

  it('converts dollars at the article’s stated rate, ¥7.27 per $', () => {
    const moonshot = PLAYERS.find((p) => p.id === 'moonshot')!.money.find((m) => m.what === 'round')!;
    expect(ARTICLE_CNY_PER_USD).toBe(7.27);
    expect(roundInCny(moonshot)).toBeCloseTo(7.27e9, 0);
    expect(largestRound()).toBeCloseTo(7.27e9, 0);
  });

  it('shows trackers disagreeing by more than 2× on the same app and month (our calculation)', () => {
    expect(trackerSpread()).toBeCloseTo(145.5077 / 61.81, 6);
    expect(trackerSpread()).toBeGreaterThan(2);
  });

  it('derives ChatGPT’s share of 2024 revenue as ≈73% (the article says 75%)', () => {
    expect(chatgptShare()).toBeCloseTo(0.7297, 3);
  });

  it('has the article’s founding months for four tigers, and none invented for the other two', () => {
    const founded = Object.fromEntries(PLAYERS.filter((p) => p.founded).map((p) => [p.id, p.founded!.date]));
    expect(founded).toEqual({ baichuan: '2023-03', moonshot: '2023-04', stepfun: '2023-04', zeroOne: '2023-05' });
  });
});

describe('CSV files match the modules value for value', () => {
  it('race-players-2025.csv', () => {
    const rows = parseCsv('static/data/race-players-2025.csv');
    const expected = PLAYERS.flatMap((p) => {
      const founded = p.founded?.date ?? (p.group === 'tiger' ? 'before-2023' : '');
      if (!p.money.length) return [{ player_id: p.id, group: p.group, founded, what: '', value: '', unit: '', bound: '', period: '' }];
      return p.money.map((m) => ({
        player_id: p.id,
        group: p.group,
        founded,
        what: m.what,
        value: Number.isFinite(m.value) ? String(m.value) : '',
        unit: m.unit,
        bound: m.bound,
        period: m.period,
        value_high: m.high === undefined ? '' : String(m.high),
        cny: roundInCny(m) !== null && m.unit === 'usd' ? String(roundInCny(m)) : '',
        url: m.source.url,
      }));
    });
    expect(rows.length).toBe(expected.length);
    rows.forEach((r, i) => {
      const e = expected[i]!;
      for (const k of ['player_id', 'group', 'founded', 'what', 'value', 'unit', 'bound', 'period'] as const) expect(r[k], `${i} ${k}`).toBe(e[k]);
      if ('value_high' in e) expect(r.value_high).toBe(e.value_high);
      if ('cny' in e) expect(r.cny_at_7_27_per_usd).toBe(e.cny);
      expect(r.kind).toBe('press-report');
    });
  });

  it('deepseek-users-2025-02.csv', () => {
    const rows = parseCsv('static/data/deepseek-users-2025-02.csv');
    expect(rows.length).toBe(USAGE.length);
    USAGE.forEach((u, i) => {
      const r = rows[i]!;
      expect([r.id, r.tracker, r.metric, r.channel, r.period, r.kind, r.source_url]).toEqual([u.id, u.tracker, u.metric, u.channel, u.period, u.kind, u.source.url]);
      expect(Number(r.users)).toBe(u.value);
    });
  });

  it('openai-revenue-loss-projections.csv', () => {
    const rows = parseCsv('static/data/openai-revenue-loss-projections.csv');
    expect(rows.length).toBe(OPENAI_FIGURES.length);
    OPENAI_FIGURES.forEach((f, i) => {
      const r = rows[i]!;
      expect([r.id, Number(r.year), Number(r.value_usd), r.horizon, r.kind, r.source_url]).toEqual([f.id, f.year, f.value, f.horizon, f.kind, f.source.url]);
    });
  });
});
