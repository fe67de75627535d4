/**
 * Number words for the second half of the story (server only): yuan and dollar sums as the
 * sources state them, and user counts, in each language (en: ¥5bn, $1bn, 61.81M; zh-Hans:
 * 50亿元, 10亿美元, 6181万; zh-Hant: 50億元, 10億美元, 6181萬). Never more precision than the
 * source gives. The Chinese forms, the dates and the percentages come from the page's one
 * formatter (src/lib/format/number.ts); English keeps the story's "bn"/"m" words.
 */
import type { Locale } from '../lib/i18n/types';
import { INTL_TAG } from '../lib/i18n/types';
import { formatDate, formatMoney, formatPercent, inChineseUnits } from '../lib/format/number';

/** Both Chinese pages count in 万/亿; Traditional writes them 萬/億. */
const isChinese = (locale: Locale) => locale !== 'en';

function num(value: number, locale: Locale, maxDigits: number): string {
  // Chinese writes 1000亿, not 1,000亿.
  return new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: maxDigits, useGrouping: !isChinese(locale) }).format(value);
}

/** A sum of money: ¥5bn / 50亿元, $1bn / 10亿美元, $3.7bn / 37亿美元, $57m / 5700万美元. */
export function sum(value: number, unit: 'cny' | 'usd', locale: Locale, digits = 2): string {
  if (!Number.isFinite(value)) throw new Error('A sum must be a number');
  if (isChinese(locale)) return formatMoney(value, locale, { currency: unit === 'cny' ? 'CNY' : 'USD', unitDigits: digits });
  const sign = value < 0 ? '−' : '';
  const v = Math.abs(value);
  const symbol = unit === 'cny' ? '¥' : '$';
  return v >= 1e9 ? `${sign}${symbol}${num(v / 1e9, locale, digits)}bn` : `${sign}${symbol}${num(v / 1e6, locale, digits)}m`;
}

/** A range of yuan: ¥50–60bn / 500–600亿元. */
export function sumRange(low: number, high: number, locale: Locale): string {
  if (isChinese(locale)) return `${inChineseUnits(low, locale, { fraction: 0 }).replace(/[万萬亿億]+$/, '')}–${formatMoney(high, locale, { currency: 'CNY', unitDigits: 0 })}`;
  return `¥${num(low / 1e9, locale, 0)}–${num(high / 1e9, locale, 0)}bn`;
}

/** A count of people: 61.81M / 6181万, 145.51M / 1.46亿. */
export function users(value: number, locale: Locale): string {
  if (isChinese(locale)) return inChineseUnits(value, locale, { fraction: value >= 1e8 ? 2 : 0 });
  return `${num(value / 1e6, locale, 2)}M`;
}

/** A ratio as "2.4×". */
export function times(ratio: number, locale: Locale): string {
  return `${num(ratio, locale, 1)}×`;
}

/** A share as a whole percent: 0.7297 → 73%. */
export function percent(ratio: number, locale: Locale, digits = 0): string {
  return formatPercent(ratio, locale, digits);
}

/** A month (YYYY-MM) or day (YYYY-MM-DD): "Feb 2024" / "2024年2月"; "12 Nov 2024" / "2024年11月12日". */
export function when(iso: string, locale: Locale): string {
  return formatDate(iso, locale);
}

/**
 * when() in the two pieces a narrow table cell may put on two lines, split where a reader
 * would: after the year in Chinese ("2025年" | "4月29日"), before it in English ("29 Apr" |
 * "2025"). A year alone is one piece. Joined (by a space in English, nothing in Chinese) they
 * are when()'s words.
 */
export function whenLines(iso: string, locale: Locale): [string] | [string, string] {
  const text = when(iso, locale);
  const at = isChinese(locale) ? text.indexOf('年') + 1 : text.lastIndexOf(' ');
  if (at <= 0 || at >= text.length) return [text];
  return isChinese(locale) ? [text.slice(0, at), text.slice(at)] : [text.slice(0, at), text.slice(at + 1)];
}
