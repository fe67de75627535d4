import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createFormatter, DASH, formatMoney, formatCount, formatDate, formatDayRange, formatNumber, formatPercent, inChineseUnits } from '../../src/lib/format/number';
import { sum, sumRange, users, when, whenLines } from '../../src/prose/storyFormat';
import { priceText, amountText, monthLabel } from '../../src/lib/chart/prices';
import { describeRatio } from '../../src/lib/format/ratio';
import { ratio } from '../../src/lib/model/ratio';
import { computeDay } from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { decode } from '../../src/lib/state/url';
import { en as enWords } from '../../src/lib/i18n/en/index';

const en = createFormatter('en');
const zh = createFormatter('zh-Hans');

describe('createFormatter', () => {
  it('formats dollars exactly in English', () => {
    expect(en.money(87_072)).toBe('$87,072');
    expect(en.money(562_027)).toBe('$562,027');
    expect(en.money(-1234)).toBe('−$1,234');
    expect(en.money(87_072, 'short')).toBe('$87.1K');
    expect(en.money(0.14, 'price')).toBe('$0.14');
  });

  it('formats dollars with 万 units in Chinese', () => {
    expect(zh.money(87_072)).toBe('8.7072万美元');
    expect(zh.money(87_072, 'short')).toBe('8.71万美元');
    expect(zh.money(562_027)).toBe('56.2027万美元');
    expect(zh.money(4_448)).toBe('4,448美元');
    expect(zh.compact(608e9, 0)).toBe('6080亿');
  });

  it('formats ratios as percentages', () => {
    expect(en.percent(5.4547)).toBe('545%');
    expect(en.percent(0.84506, 1)).toBe('84.5%');
    expect(zh.percent(0.84506, 1)).toBe('84.5%');
    expect(en.percent(-0.12)).toBe('−12%');
  });

  it('never prints NaN, Infinity or undefined', () => {
    for (const f of [en, zh]) {
      for (const v of [NaN, Infinity, -Infinity]) {
        expect(f.money(v)).toBe(DASH);
        expect(f.percent(v)).toBe(DASH);
        expect(f.number(v)).toBe(DASH);
      }
    }
    expect(en.money(-0)).toBe('$0');
  });

  it('describes an undefined ratio with a dash and a reason', () => {
    const words = { dash: '—', zeroCost: 'zero cost', zeroRevenue: 'zero revenue', zeroOutput: 'zero output' };
    expect(describeRatio({ ok: false, reason: 'zero-cost' }, String, words)).toEqual({ text: '—', reason: 'zero cost' });
    expect(describeRatio({ ok: true, value: 2 }, (v) => `${v}x`, words)).toEqual({ text: '2x' });
  });

  it('shows small amounts to the cent, never "$0" for an amount that is not zero', () => {
    expect(en.money(0.0125)).toBe('$0.01');
    expect(en.money(12.5)).toBe('$12.50');
    expect(en.money(99.5)).toBe('$99.50');
    expect(en.money(5)).toBe('$5');
    expect(en.money(0)).toBe('$0');
    expect(en.money(0.0042)).toBe('$0.0042');
    expect(en.money(-0.25)).toBe('−$0.25');
    expect(en.money(0.0125, 'short')).toBe('$0.01');
    expect(en.money(150)).toBe('$150');
    expect(zh.money(0.0125)).toBe('0.01美元');
    expect(zh.money(0.0125, 'short')).toBe('0.01美元');
    expect(zh.money(150)).toBe('150美元');
  });

  it('caps a ratio beyond ±10,000% with words and a reason, instead of printing it', () => {
    const nd = enWords.common.notDefined;
    const b = enWords.common.beyond;
    const words = { above: b.above, below: b.below, reason: b.tinyCost };
    const pct = (v: number) => en.percent(v, 0);
    expect(describeRatio(ratio(44_958_027.8, 1, 'zero-cost'), pct, nd, words)).toEqual({
      text: 'more than 10,000%',
      reason: b.tinyCost,
      beyond: 'above',
    });
    expect(describeRatio(ratio(-1_000, 1, 'zero-revenue'), pct, nd, words).text).toBe('less than −10,000%');
    expect(describeRatio(ratio(99, 1, 'zero-cost'), pct, nd, words)).toEqual({ text: '9,900%' });
    expect(describeRatio(ratio(5.4547, 1, 'zero-cost'), pct, nd, words)).toEqual({ text: '545%' });
  });

  it('the absurd scenario ?gpu=0.05&nodes=0.25&gpn=1&hrs=1 reads as a cost of cents and a capped margin', () => {
    const r = computeDay(decode('?gpu=0.05&nodes=0.25&gpn=1&hrs=1').inputs);
    expect(r.cost).toBeCloseTo(0.0125, 10);
    expect(en.money(r.cost)).toBe('$0.01');
    const b = enWords.common.beyond;
    const text = describeRatio(r.costProfitMargin, (v) => en.percent(v, 0), enWords.common.notDefined, {
      above: b.above,
      below: b.below,
      reason: b.tinyCost,
    }).text;
    expect(text).toBe('more than 10,000%');
    expect(DEFAULT_INPUTS.nodes).toBe(226.75);
  });
});


const hant = createFormatter('zh-Hant');
const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;

describe('one number style per locale (issue 11, item 8)', () => {
  it('money in Chinese: 万/亿 from 10,000 up, no space, 美元 or 元 after the number', () => {
    // 87,072 = 8.7072 × 10,000: exact keeps every dollar; short keeps three significant figures.
    expect(zh.money(87_072)).toBe('8.7072万美元');
    expect(zh.money(87_072, 'short')).toBe('8.71万美元');
    expect(hant.money(87_072, 'short')).toBe('8.71萬美元');
    // 563,000 → 56.3万; 3.7e9 = 37 × 1e8 → 37亿.
    expect(zh.money(563_000, 'short')).toBe('56.3万美元');
    expect(zh.money(3.7e9, 'short')).toBe('37亿美元');
    expect(hant.money(3.7e9, 'short')).toBe('37億美元');
    expect(formatMoney(961_000, 'zh-Hans', { currency: 'CNY', precision: 'short' })).toBe('96.1万元');
    // Below 10,000: the plain number, grouped as in English.
    expect(zh.money(4_448)).toBe('4,448美元');
    expect(zh.money(9_999, 'short')).toBe('9,999美元');
    expect(zh.money(0.14, 'price')).toBe('0.14美元');
  });

  it('0, negatives, huge values and rounding into the next unit', () => {
    for (const f of [en, zh, hant]) expect(f.money(0)).toMatch(/^(\$0|0美元)$/);
    expect(zh.money(-87_072, 'short')).toBe('−8.71万美元');
    expect(en.money(-87_072, 'short')).toBe('−$87.1K');
    expect(zh.money(-0.25)).toBe('−0.25美元');
    // 99,999,600 rounds to 10,000万 at three figures: written one unit up, 1亿.
    expect(zh.money(99_999_600, 'short')).toBe('1亿美元');
    expect(zh.money(1.2e12, 'short')).toBe('1.2万亿美元');
    expect(hant.money(1.2e12, 'short')).toBe('1.2萬億美元');
    expect(zh.money(1e20, 'short')).toBe('100000000万亿美元');
    expect(en.money(1e15, 'short')).toBe('$1000T');
  });

  it('bad input (NaN, ±Infinity, a string slipped through) is a dash, never "NaN" or "undefined"', () => {
    const bad = [NaN, Infinity, -Infinity, undefined as unknown as number, '12' as unknown as number];
    for (const locale of LOCALES) {
      const f = createFormatter(locale);
      for (const v of bad) {
        for (const s of [f.money(v), f.money(v, 'short'), f.money(v, 'price'), f.number(v), f.compact(v), f.percent(v), formatMoney(v, locale, { precision: 'published', currency: 'CNY' })]) expect(s).toBe(DASH);
      }
      expect(f.month('not a date')).toBe(DASH);
      expect(f.day('')).toBe(DASH);
      expect(formatDate(new Date(NaN), locale)).toBe(DASH);
    }
  });

  it('counts: 608B / 6080亿 / 6080億; people 6181万, 1.46亿', () => {
    expect(en.compact(608e9, 0)).toBe('608B');
    expect(zh.compact(608e9, 0)).toBe('6080亿');
    expect(hant.compact(608e9, 0)).toBe('6080億');
    expect(zh.compact(1_000e8, 0)).toBe('1000亿');
    expect(zh.compact(950, 1)).toBe('950');
    expect(users(61_810_000, 'zh-Hans')).toBe('6181万');
    expect(users(145_510_000, 'zh-Hant')).toBe('1.46億');
    expect(users(61_810_000, 'en')).toBe('61.81M');
    expect(formatCount(0, 'zh-Hans')).toBe('0');
  });

  it('percentages are the same figure in every locale, with a true minus', () => {
    for (const locale of LOCALES) {
      expect(formatPercent(0.845, locale, 1)).toBe('84.5%');
      expect(formatPercent(-1.35, locale)).toBe('−135%');
      expect(formatPercent(0, locale)).toBe('0%');
    }
  });

  it('dates: Chinese without spaces; English "Sep", never "Sept"', () => {
    expect(formatDate('2024-07', 'zh-Hans')).toBe('2024年7月');
    expect(formatDate('2024-11-12', 'zh-Hant')).toBe('2024年11月12日');
    expect(formatDate('2015', 'zh-Hans')).toBe('2015年');
    expect(zh.month('2024-07-15')).toBe('2024年7月');
    expect(formatDate('2024-09', 'en')).toBe('Sep 2024');
    expect(formatDate('2024-09-03', 'en')).toBe('3 Sep 2024');
    expect(formatDate('2024-05-06', 'en', { en: 'en-US' })).toBe('May 6, 2024');
    expect(formatDate('2024-05', 'en', { month: 'long' })).toBe('May 2024');
    expect(monthLabel(new Date(Date.UTC(2024, 8, 1)), 'en', true)).toBe('Sep 24');
    expect(monthLabel(new Date(Date.UTC(2024, 8, 1)), 'zh-Hans', true)).toBe('2024年9月');
    expect(when('2024-02', 'zh-Hant')).toBe('2024年2月');
  });

  it('a dated-events table may wrap a date before its year (English) or after 年 (Chinese), nowhere else', () => {
    expect(whenLines('2025-04-29', 'en')).toEqual(['29 Apr', '2025']);
    expect(whenLines('2025-06', 'en')).toEqual(['Jun', '2025']);
    expect(whenLines('2025', 'en')).toEqual(['2025']);
    expect(whenLines('2025-11-19', 'zh-Hans')).toEqual(['2025年', '11月19日']);
    expect(whenLines('2026-02', 'zh-Hant')).toEqual(['2026年', '2月']);
    expect(whenLines('2015', 'zh-Hans')).toEqual(['2015年']);
    // The pieces are when()'s words.
    for (const iso of ['2025-04-29', '2025-06', '2025']) {
      expect(whenLines(iso, 'en').join(' ')).toBe(when(iso, 'en'));
      expect(whenLines(iso, 'zh-Hans').join('')).toBe(when(iso, 'zh-Hans'));
    }
  });

  it('the story\'s sums and the price war\'s prices go through the same formatter', () => {
    expect(sum(3.7e9, 'usd', 'zh-Hans', 1)).toBe('37亿美元');
    expect(sum(5e9, 'cny', 'zh-Hant', 0)).toBe('50億元');
    expect(sum(57e6, 'usd', 'zh-Hans')).toBe('5700万美元');
    expect(sum(-5e9, 'usd', 'zh-Hans', 0)).toBe('−50亿美元');
    expect(sum(3.7e9, 'usd', 'en', 1)).toBe('$3.7bn');
    expect(sumRange(5e10, 6e10, 'zh-Hans')).toBe('500–600亿元');
    expect(sumRange(5e10, 6e10, 'en')).toBe('¥50–60bn');
    expect(priceText(0.8, 'CNY', 'zh-Hant')).toBe('0.8元');
    expect(priceText(0.14, 'USD', 'en')).toBe('$0.14');
    expect(priceText(0.8, 'CNY', 'en')).toBe('¥0.8');
    // The Traditional page once wrote "$13.2萬": now the same words as the Simplified page.
    expect(amountText(132_000, 'USD', 'zh-Hant')).toBe('13.2萬美元');
    expect(amountText(132_000, 'USD', 'zh-Hans')).toBe('13.2万美元');
    expect(amountText(132_000, 'USD', 'en')).toBe('$132K');
    expect(formatNumber(2.345, 'zh-Hans', { significant: 3 })).toBe('2.35');
  });

  it('property: no Chinese amount has a space, a $ sign, "NaN" or "undefined"; huge and tiny finite values too', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.constantFrom('exact', 'short', 'price', 'published') , fc.constantFrom('zh-Hans', 'zh-Hant'), (v, precision, locale) => {
        const s = formatMoney(v, locale, { precision });
        expect(s).not.toMatch(/\s|\$|NaN|undefined|Infinity|e\+/);
        if (Number.isFinite(v)) expect(s).toMatch(/美元$/);
        const c = inChineseUnits(v, locale, { significant: 3 });
        expect(c).not.toMatch(/\s|NaN|undefined|Infinity/);
      }),
    );
  });

  it('a range of days writes the shared year once, where the locale reads it', () => {
    expect(formatDayRange('2025-01-20', '2025-03-06', 'en')).toEqual({ from: '20 Jan', to: '6 Mar 2025' });
    expect(formatDayRange('2025-01-20', '2025-03-06', 'zh-Hans')).toEqual({ from: '2025年1月20日', to: '3月6日' });
    expect(formatDayRange('2025-01-20', '2025-03-06', 'zh-Hant')).toEqual({ from: '2025年1月20日', to: '3月6日' });
    expect(formatDayRange('2024-12-26', '2025-01-20', 'en')).toEqual({ from: '26 Dec 2024', to: '20 Jan 2025' });
    expect(formatDayRange('2024-12-26', '2025-01-20', 'zh-Hans')).toEqual({ from: '2024年12月26日', to: '2025年1月20日' });
    expect(formatDayRange('nonsense', '2025-01-20', 'zh-Hans')).toEqual({ from: DASH, to: '2025年1月20日' });
  });

  it('a range of days: the year is always written once, never lost (property)', () => {
    const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.constantFrom(...LOCALES), (a, b, locale) => {
        const { from, to } = formatDayRange(a, b, locale);
        const text = `${from} – ${to}`;
        expect(text).toContain(b.slice(0, 4));
        expect(text).toContain(a.slice(0, 4));
        expect(text).not.toMatch(/NaN|undefined|Invalid/);
      }),
    );
  });
});
