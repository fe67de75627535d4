import { describe, it, expect, beforeAll } from 'vitest';
import { csvFiles } from '../../src/prose/csvFiles';
import { loadLocale } from '../../src/lib/i18n';

beforeAll(async () => {
  await Promise.all((['en', 'zh-Hans', 'zh-Hant'] as const).map((l) => loadLocale(l)));
});

/** The rows of a built CSV file (no quoted commas in the columns read here). */
const rows = (text: string) => text.replace(/^\uFEFF/, '').trim().split('\r\n').map((r) => r.split(','));

describe('the built CSV files', () => {
  it.each(['zh-Hans', 'zh-Hant'] as const)('are Chinese in their headings and categories (%s)', (locale) => {
    for (const file of csvFiles(locale)) {
      const [head, first] = rows(file.text);
      for (const h of head!) expect(h, `${file.path}: ${h}`).toMatch(/[\u4e00-\u9fff]/);
      // (“token” stays a Latin word in the Chinese text, as on the page.)
      expect(head!.join(',').replace(/\btoken\b/g, ''), file.path).not.toMatch(/[a-z]{3,}/i);
      if (file.path.includes('open-timeline')) {
        // Type and kind: 开放权重 / 公司自述 …, not open-weights / company-claim.
        expect(first![3], file.path).toMatch(/^[\u4e00-\u9fff]+/);
        expect(first![5], file.path).toMatch(/^[\u4e00-\u9fff/]+$/);
      }
    }
  });

  it('gives units in the gap file’s headings, and keeps the English file’s column names', () => {
    const [zh] = rows(csvFiles('zh-Hans').find((f) => f.path.includes('arena-gap'))!.text);
    expect(zh!.filter((h) => /（分）|%/.test(h)).length).toBeGreaterThanOrEqual(4);
    const [en] = rows(csvFiles('en').find((f) => f.path.includes('arena-gap'))!.text);
    // (series, month min and mean: the second Arena series, issue 13.)
    expect(en).toEqual(['series', 'month', 'snapshot', 'top_closed_model', 'top_closed_org', 'top_closed_score', 'top_open_model', 'top_open_org', 'top_open_license', 'top_open_score', 'gap_points', 'gap_pct_of_open', 'month_min_gap_points', 'month_mean_gap_points']);
    // The Chinese file names its series in Chinese too.
    expect(csvFiles('zh-Hans').find((f) => f.path.includes('arena-gap'))!.text).toContain('抓取副本（2025–2026年）');
  });
});
