import { QUOTES } from '../../src/lib/data/quotes';
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  HOURLY_INCOME,
  NODE_SCHEDULE,
  OFF_PEAK_WINDOW,
  PUBLISHED,
  averageNodes,
  hoursSinceNoon,
  nodesAt,
  shareOfIncomeIn,
} from '../../src/lib/data/deepseekDay';
import { OFF_PEAK_PCT_DEFAULT } from '../../src/lib/model/inputs';
import { hourlyCost } from '../../src/lib/chart/dayProfile';

function csv(name: string): string[][] {
  return readFileSync(`static/data/${name}`, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));
}

describe('the DeepSeek day data', () => {
  it('every published figure carries a company-claim source with an address and a date', () => {
    for (const f of Object.values(PUBLISHED)) {
      expect(f.kind).toBe('company-claim');
      expect(f.source.url).toMatch(/^https:\/\//);
      expect(f.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(QUOTES[f.source.id]!.length).toBeGreaterThan(20);
    }
  });

  it('the node schedule matches the CSV and averages exactly the published 226.75 nodes', () => {
    const rows = csv('deepseek-node-schedule-2025-02-27.csv');
    expect(NODE_SCHEDULE.map((s) => s.nodes)).toEqual(rows.map((r) => Number(r[2])));
    expect(NODE_SCHEDULE.map((s) => s.end - s.start)).toEqual(rows.map((r) => Number(r[3])));
    expect(averageNodes(NODE_SCHEDULE)).toBe(PUBLISHED.averageNodes.value);
    expect(Math.max(...NODE_SCHEDULE.map((s) => s.nodes))).toBe(PUBLISHED.peakNodes.value);
  });

  it('the hourly income matches the CSV and sums to within 0.2% of the published $562,027', () => {
    const rows = csv('deepseek-hourly-theoretical-income-2025-02-27.csv');
    expect(HOURLY_INCOME.map((b) => [b.clock, b.income])).toEqual(rows.map((r) => [r[0], Number(r[1])]));
    const total = HOURLY_INCOME.reduce((s, b) => s + b.income, 0);
    expect(Math.abs(total - 562_027) / 562_027).toBeLessThan(0.002);
  });

  it('hourly cost at $2 sums to exactly the published $87,072', () => {
    const total = HOURLY_INCOME.reduce((s, b) => s + hourlyCost(NODE_SCHEDULE, b.hour, 8, 2), 0);
    expect(total).toBeCloseTo(87_072, 6);
  });

  it('about 17.1% of the theoretical income falls in the off-peak window, the calculator’s default', () => {
    const share = shareOfIncomeIn(HOURLY_INCOME, OFF_PEAK_WINDOW);
    expect(share).toBeCloseTo(0.1707, 4);
    expect(Math.round(share * 1000) / 10).toBe(OFF_PEAK_PCT_DEFAULT);
  });

  it('clock times map to hours since noon', () => {
    expect(hoursSinceNoon('12:00')).toBe(0);
    expect(hoursSinceNoon('00:30')).toBe(12.5);
    expect(hoursSinceNoon('08:30')).toBe(20.5);
    expect(nodesAt(NODE_SCHEDULE, 16)).toBe(68);
    expect(nodesAt(NODE_SCHEDULE, 1)).toBe(278);
  });
});
