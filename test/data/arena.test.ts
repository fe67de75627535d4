import { QUOTES } from '../../src/lib/data/quotes';
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARENA_MONTHLY, ARENA_SOURCE, NARROWEST_SNAPSHOT, GAP_REFERENCES, narrowestMonth, ARENA_LATER, ARENA_LATER_SOURCE, ARENA_KIND, LATER_NARROWEST_DAY, LATER_SERIES_START, STALE_SCRAPE } from '../../src/lib/data/arena';
import { KINDS } from '../../src/lib/data/types';

function parseCsv(path: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(resolve(__dirname, '../..', path), 'utf8').trim().split(/\r?\n/);
  const cols = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    expect(cells.length).toBe(cols.length);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

describe('ARENA_MONTHLY', () => {
  const csv = parseCsv('static/data/arena-open-vs-closed-monthly.csv');

  it('has one entry per CSV row, June 2024 to August 2025', () => {
    expect(ARENA_MONTHLY.length).toBe(csv.length);
    expect(ARENA_MONTHLY[0]?.month).toBe('2024-06');
    expect(ARENA_MONTHLY.at(-1)!.month).toBe('2025-08');
  });

  it('equals the CSV value by value', () => {
    ARENA_MONTHLY.forEach((m, i) => {
      const r = csv[i]!;
      expect(m.month).toBe(r.month);
      expect(m.leaderboardVersion).toBe(r.leaderboard_version);
      expect(m.commit).toBe(r.git_commit);
      expect(m.sourceFile).toBe(r.source_file);
      expect(m.models).toBe(Number(r.n_models));
      expect(m.closed).toEqual({ model: r.top_closed_model, org: r.top_closed_org, score: Number(r.top_closed_score) });
      expect(m.open).toEqual({
        model: r.top_open_model,
        org: r.top_open_org,
        licence: r.top_open_license,
        score: Number(r.top_open_score),
      });
      expect(m.gapPoints).toBe(Number(r.gap_points));
      expect(m.gapPct).toBe(Number(r.gap_pct_of_open));
    });
  });

  it('has snapshot dates that parse, fall in their month and increase', () => {
    let last = 0;
    for (const m of ARENA_MONTHLY) {
      const t = Date.parse(`${m.snapshot}T00:00:00Z`);
      expect(Number.isFinite(t), m.snapshot).toBe(true);
      expect(m.snapshot.slice(0, 7)).toBe(m.month);
      expect(m.leaderboardVersion.replace('fetched ', '').replace(/\./g, '-')).toBe(m.snapshot);
      expect(t).toBeGreaterThan(last);
      last = t;
    }
  });

  it('has internally consistent gaps (points and percent of the open score)', () => {
    for (const m of ARENA_MONTHLY) {
      expect(m.closed.score - m.open.score).toBe(m.gapPoints);
      expect(Math.abs((m.gapPoints / m.open.score) * 100 - m.gapPct)).toBeLessThan(0.006);
    }
  });

  it('narrowest month-end gap is January 2025, DeepSeek-R1, 24 points (1.77 %); July 2024 ties on points only', () => {
    const n = narrowestMonth();
    expect(n.month).toBe('2025-01');
    expect(n.open.model).toBe('DeepSeek-R1');
    expect(n.gapPoints).toBe(24);
    expect(n.gapPct).toBe(1.77);
    const ties = ARENA_MONTHLY.filter((m) => m.gapPoints === 24).map((m) => m.month);
    expect(ties).toEqual(['2024-07', '2025-01']);
    expect(Math.min(...ARENA_MONTHLY.map((m) => m.gapPoints))).toBe(24);
  });

  it('narrowest snapshot in the full series is 7 Feb 2025, 21 points (1.54 %), and matches that CSV', () => {
    const all = parseCsv('static/data/arena-open-vs-closed-all.csv');
    expect(all.length).toBe(92);
    const min = all.reduce((a, b) => (Number(b.gap_points) < Number(a.gap_points) ? b : a));
    expect(min.leaderboard_version).toBe(NARROWEST_SNAPSHOT.leaderboardVersion);
    expect(Number(min.gap_points)).toBe(NARROWEST_SNAPSHOT.gapPoints);
    expect(Number(min.gap_pct_of_open)).toBe(NARROWEST_SNAPSHOT.gapPct);
    expect(Number(min.top_closed_score)).toBe(NARROWEST_SNAPSHOT.closed.score);
    expect(Number(min.top_open_score)).toBe(NARROWEST_SNAPSHOT.open.score);
    expect(min.top_open_model).toBe(NARROWEST_SNAPSHOT.open.model);
    expect(min.top_closed_model).toBe(NARROWEST_SNAPSHOT.closed.model);
  });

  it('cites https sources for the series and every reference point', () => {
    for (const s of [ARENA_SOURCE, ...GAP_REFERENCES.map((r) => r.source)]) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(QUOTES[s.id]!.length).toBeGreaterThan(5);
    }
    expect(GAP_REFERENCES.find((r) => r.id === 'ai-index-2024')?.gapPct).toBe(8.0);
    expect(GAP_REFERENCES.find((r) => r.id === 'ai-index-2025')?.gapPct).toBe(1.7);
  });
});

describe('ARENA_LATER (the second series, October 2025 – July 2026)', () => {
  const csv = parseCsv('static/data/arena-open-vs-closed-monthly-2025-2026.csv');

  it('has one entry per row of its own CSV file, October 2025 to July 2026, value by value', () => {
    expect(ARENA_LATER.map((m) => m.month)).toEqual(csv.map((r) => r.month));
    expect(ARENA_LATER[0]!.month).toBe('2025-10');
    expect(ARENA_LATER.at(-1)!.month).toBe('2026-07');
    ARENA_LATER.forEach((m, i) => {
      const r = csv[i]!;
      expect(m.snapshot).toBe(r.snapshot);
      expect(m.commit).toBe(r.git_commit);
      expect(m.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(m.sourceFile).toBe(r.source_file);
      expect(m.models).toBe(Number(r.n_entries));
      expect(m.snapshots).toBe(Number(r.n_snapshots));
      expect(m.closed).toEqual({ model: r.top_closed_model, org: r.top_closed_org, score: Number(r.top_closed_score) });
      expect(m.open).toEqual({ model: r.top_open_model, org: r.top_open_org, licence: r.top_open_license, score: Number(r.top_open_score) });
      expect(m.gapPoints).toBe(Number(r.gap_points));
      expect(m.gapPct).toBe(Number(r.gap_pct_of_open));
      expect(m.monthMin).toBe(Number(r.month_min_gap_points));
      expect(m.monthMean).toBe(Number(r.month_mean_gap_points));
    });
  });

  it('keeps the existing series untouched: its CSV still ends in August 2025', () => {
    expect(ARENA_MONTHLY.at(-1)!.month).toBe('2025-08');
    expect(ARENA_LATER[0]!.snapshot > STALE_SCRAPE.to).toBe(true);
    expect(LATER_SERIES_START > STALE_SCRAPE.to).toBe(true);
  });

  it('has consistent gaps, month minima no larger than the month-end gap and no larger than the mean', () => {
    // e.g. May 2026: 1502 − 1474 = 28 points; 28 / 1474 = 1.8996 % → 1.90.
    const may = ARENA_LATER.find((m) => m.month === '2026-05')!;
    expect([may.gapPoints, may.gapPct]).toEqual([28, 1.9]);
    for (const m of ARENA_LATER) {
      expect(m.closed.score - m.open.score).toBe(m.gapPoints);
      expect(Math.abs((m.gapPoints / m.open.score) * 100 - m.gapPct)).toBeLessThan(0.006);
      expect(m.monthMin).toBeLessThanOrEqual(m.gapPoints);
      expect(m.monthMin).toBeLessThanOrEqual(m.monthMean);
      expect(m.snapshot.slice(0, 7)).toBe(m.month);
      expect(m.open.licence).not.toBe('Proprietary');
    }
  });

  it('has its narrowest day (19 Nov 2025, 19 points) below every month-end and equal to November’s minimum', () => {
    expect(LATER_NARROWEST_DAY.closed.score - LATER_NARROWEST_DAY.open.score).toBe(LATER_NARROWEST_DAY.gapPoints);
    expect(Math.min(...ARENA_LATER.map((m) => m.monthMin))).toBe(19);
    expect(ARENA_LATER.find((m) => m.month === '2025-11')!.monthMin).toBe(19);
  });

  it('is our calculation, with an https source and its quote', () => {
    expect(KINDS).toContain(ARENA_KIND);
    expect(ARENA_KIND).toBe('our-calculation');
    expect(ARENA_LATER_SOURCE.url).toMatch(/^https:\/\/github\.com\/CherryHQ\/cherry-studio-docs\//);
    expect(QUOTES[ARENA_LATER_SOURCE.id]).toMatch(/lmarena\.ai/);
  });
});
