/**
 * The page's one formatter for numbers, money, token counts, percentages and dates, per
 * locale (Intl). Everything that shows such a value goes through here: the calculator, the
 * charts, the tables, the story's prose (src/prose/storyFormat.ts wraps these functions).
 *
 * The style, one per locale:
 * - English: "$87,072", "$87.1K" (short), "$0.14" (price), "¥0.8", "608B", "545%",
 *   "Feb 2024", "12 Nov 2024".
 * - Chinese (zh-Hans; zh-Hant the same with 萬/億): a number and its unit are one word, with
 *   NO space inside: amounts from 10,000 up count in 万/亿 ("8.7072万美元" exact to the dollar,
 *   "8.71万美元" short, to three significant figures; "37亿美元", "50亿元"); smaller amounts
 *   are "4,448美元" / "0.14美元" / "0.8元"; counts "6080亿", "6181万"; dates "2024年7月",
 *   "2024年11月12日". Plain numbers are grouped as in English (4,448; 2,000); the figure before
 *   a 万/亿 unit is at most four digits and never grouped (1000亿).
 * In the prose, the same rule: a number and its unit (美元, 元, 美分, 万, 亿, 年, 月, 日) are
 *   written together, and the whole quantity is spaced from the words around it like any Latin
 *   word ("约 37亿美元", "截至 2024年12月31日"). test/build/numberStyle.test.ts holds the built
 *   Chinese pages to it.
 * Non-finite input never reaches the page: it formats as the dash "—". Negatives use the true
 * minus sign "−"; −0 is 0.
 */
import { INTL_TAG, type Locale } from '../i18n/types';

export const DASH = '—';

/** Decimal places of a step such as 0.25 (2) or 0.005 (3); at most 6. */
export { stepDecimals as decimalsOf } from '../model/inputs';

/**
 * Below this many dollars, amounts keep their cents ($0.01, $12.50) instead of rounding to
 * the dollar, so a tiny cost never shows as "$0" next to the margin it produces.
 */
export const CENTS_BELOW = 100;

/**
 * exact: to the dollar (cents below CENTS_BELOW); short: three significant figures;
 * price: a per-million-token price, two or three decimals ($0.14, $2.19, $0.135);
 * published: as a source prints it, up to four significant figures (¥0.8, $0.14, ¥36).
 */
export type MoneyPrecision = 'exact' | 'short' | 'price' | 'published';
export type Currency = 'USD' | 'CNY';

export interface MoneyOptions {
  precision?: MoneyPrecision;
  currency?: Currency;
  /** Chinese only: at most this many decimals of the 万/亿 figure (overrides the precision's). */
  unitDigits?: number;
}

export interface Formatter {
  locale: Locale;
  /** US dollars (or yuan). exact: to the dollar; short: 3 significant figures; price: cents. */
  money(value: number, precision?: MoneyPrecision, currency?: Currency): string;
  /** A plain number with up to `digits` decimals. */
  number(value: number, digits?: number): string;
  /** A count in compact units (608B / 6080亿), up to `digits` decimals of the unit. */
  compact(value: number, digits?: number): string;
  /** A ratio as a percentage: 5.4547 → "545%". */
  percent(ratio: number, digits?: number): string;
  /** A month, "2024-07" or a Date: "Jul 2024" / "2024年7月". */
  month(iso: string | Date): string;
  /** A day, "2024-11-12" or a Date: "12 Nov 2024" / "2024年11月12日". */
  day(iso: string | Date): string;
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = tag + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, options);
    cache.set(key, f);
  }
  return f;
}

const isZh = (locale: Locale) => locale !== 'en';

/** Replace ASCII hyphen-minus with a true minus sign for typographic negatives. */
function minus(s: string): string {
  return s.replace(/^-/, '−');
}

function guard(value: number, f: (v: number) => string): string {
  return typeof value === 'number' && Number.isFinite(value) ? minus(f(Object.is(value, -0) ? 0 : value)) : DASH;
}

/** The Chinese counting units, largest first (Traditional: 萬/億). */
function units(locale: Locale): [number, string][] {
  const hant = locale === 'zh-Hant';
  return [
    [1e12, hant ? '萬億' : '万亿'],
    [1e8, hant ? '億' : '亿'],
    [1e4, hant ? '萬' : '万'],
  ];
}

/**
 * A number in Chinese units: 87072 → "8.7072万" (fractionDigits 4), 6.08e11 → "6080亿".
 * With `significant`, that many significant figures instead (87072 → "8.71万"). Below 10,000
 * the plain number. The mantissa is never grouped (1000亿).
 */
export function inChineseUnits(value: number, locale: Locale, digits: { fraction?: number; significant?: number }): string {
  return guard(value, (v) => {
    const abs = Math.abs(v);
    const fmt = (n: number, group: boolean) =>
      nf(INTL_TAG[locale], {
        useGrouping: group,
        ...(digits.significant ? { maximumSignificantDigits: digits.significant } : { maximumFractionDigits: digits.fraction ?? 0 }),
      }).format(n);
    // Smallest first: the plain number, then 万, 亿, 万亿. Take the largest unit not above the
    // value; if rounding reaches 10,000 of it (9999.96万), the next unit up (1亿).
    const list: [number, string][] = [[1, ''], ...units(locale).reverse()];
    let i = list.length - 1;
    while (i > 0 && abs < list[i]![0]) i--;
    let text = fmt(v / list[i]![0], i === 0);
    if (i + 1 < list.length && Math.abs(Number(text.replace(/[^\d.]/g, ''))) >= 1e4) {
      i++;
      text = fmt(v / list[i]![0], false);
    }
    return text + list[i]![1];
  });
}

/** Money in the locale's style (see the module note). */
export function formatMoney(value: number, locale: Locale, options: MoneyOptions = {}): string {
  const { precision = 'exact', currency = 'USD' } = options;
  const tag = INTL_TAG[locale];
  const zh = isZh(locale);
  const unitWord = currency === 'USD' ? '美元' : '元';
  const symbol = currency === 'USD' ? '$' : '¥';
  // English: the symbol before the number; Intl's CNY symbol is "CN¥", so write ¥ ourselves.
  const en = (v: number, o: Intl.NumberFormatOptions): string => {
    const s = nf(tag, o).format(Math.abs(v));
    return `${v < 0 ? '-' : ''}${symbol}${s}`;
  };
  return guard(value, (v) => {
    const abs = Math.abs(v);
    if (precision === 'published') {
      const o: Intl.NumberFormatOptions = { maximumSignificantDigits: 4 };
      return zh && abs < 1e4 ? `${nf(tag, o).format(v)}${unitWord}` : zh ? `${inChineseUnits(v, locale, { significant: 4 })}${unitWord}` : en(v, o);
    }
    if (precision === 'price') {
      const o: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 3 };
      return zh ? `${nf(tag, o).format(v)}${unitWord}` : en(v, o);
    }
    if (abs < CENTS_BELOW) {
      // Small amounts to the cent; below a cent, two significant figures ($0.0042): never "$0" for a non-zero amount.
      const o: Intl.NumberFormatOptions =
        abs !== 0 && abs < 0.01
          ? { maximumSignificantDigits: 2 }
          : Number.isInteger(v)
            ? { maximumFractionDigits: 0 }
            : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
      return zh ? `${nf(tag, o).format(v)}${unitWord}` : en(v, o);
    }
    if (zh) {
      const digits =
        options.unitDigits !== undefined
          ? { fraction: options.unitDigits }
          : precision === 'exact'
            ? { fraction: abs >= 1e8 ? 8 : 4 }
            : abs < 1e4
              ? { fraction: 0 }
              : { significant: 3 };
      return `${inChineseUnits(v, locale, digits)}${unitWord}`;
    }
    return precision === 'exact'
      ? en(v, { maximumFractionDigits: 0 })
      : en(v, { notation: 'compact', maximumSignificantDigits: 3 });
  });
}

/** A plain number with up to `digits` decimals, or `{ significant }` significant figures. */
export function formatNumber(value: number, locale: Locale, digits: number | { significant: number } = 0): string {
  const precision = typeof digits === 'number' ? { maximumFractionDigits: digits } : { maximumSignificantDigits: digits.significant };
  return guard(value, (v) => nf(INTL_TAG[locale], precision).format(v));
}

/** A count (tokens, people) in compact units: "608B" / "6080亿"; `digits`: decimals of the unit. */
export function formatCount(value: number, locale: Locale, digits = 1): string {
  if (isZh(locale)) return inChineseUnits(value, locale, { fraction: digits });
  return guard(value, (v) => nf(INTL_TAG[locale], { notation: 'compact', maximumFractionDigits: digits }).format(v));
}

/** A ratio as a percentage: 5.4547 → "545%". */
export function formatPercent(ratio: number, locale: Locale, digits = 0): string {
  return guard(ratio, (v) => nf(INTL_TAG[locale], { style: 'percent', maximumFractionDigits: digits }).format(v));
}

export interface DateOptions {
  /** English month name: short (default, "Feb") or long ("February"). */
  month?: 'short' | 'long';
  /** English only: two-digit year ("Feb 24") for tight axes. */
  shortYear?: boolean;
  /** English only: day order, "12 Nov 2024" (default) or en-US "Nov 12, 2024". */
  en?: 'en-GB' | 'en-US';
}

function toDate(iso: string | Date): { date: Date; hasDay: boolean; hasMonth: boolean } | null {
  if (iso instanceof Date) return Number.isNaN(+iso) ? null : { date: iso, hasDay: true, hasMonth: true };
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const date = new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1));
  return Number.isNaN(+date) ? null : { date, hasDay: d !== undefined, hasMonth: mo !== undefined };
}

const dfCache = new Map<string, Intl.DateTimeFormat>();
function df(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = tag + JSON.stringify(options);
  let f = dfCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    dfCache.set(key, f);
  }
  return f;
}

/**
 * A date at the precision it is given: "2024" / "2024年"; "Feb 2024" / "2024年2月";
 * "12 Nov 2024" / "2024年11月12日". Chinese is always written without spaces.
 */
export function formatDate(iso: string | Date, locale: Locale, options: DateOptions & { precision?: 'year' | 'month' | 'day' } = {}): string {
  const parsed = toDate(iso);
  if (!parsed) return DASH;
  const { date } = parsed;
  const precision = options.precision ?? (parsed.hasDay ? 'day' : parsed.hasMonth ? 'month' : 'year');
  if (isZh(locale)) {
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    return precision === 'year' ? `${y}年` : precision === 'month' ? `${y}年${m}月` : `${y}年${m}月${d}日`;
  }
  const year: Intl.DateTimeFormatOptions['year'] = options.shortYear ? '2-digit' : 'numeric';
  const month = options.month ?? 'short';
  if (precision === 'year') return String(date.getUTCFullYear());
  // Month names from en-US: "Sep", never en-GB's "Sept" beside "Aug".
  const name = df('en-US', { month }).format(date);
  if (precision === 'month') return `${name} ${df('en-US', { year }).format(date)}`;
  if (options.en === 'en-US') return df('en-US', { day: 'numeric', month, year }).format(date);
  return `${date.getUTCDate()} ${name} ${df('en-US', { year }).format(date)}`;
}

/**
 * Two days as the ends of a range, each written once the way the locale reads it: in English
 * the shared year goes at the end ("20 Jan" – "6 Mar 2025"), in Chinese at the start
 * ("2025年1月20日" – "3月6日"). Different years: both in full. A bad date is the dash.
 */
export function formatDayRange(from: string | Date, to: string | Date, locale: Locale): { from: string; to: string } {
  const a = toDate(from);
  const b = toDate(to);
  const full = { from: formatDate(from, locale, { precision: 'day' }), to: formatDate(to, locale, { precision: 'day' }) };
  if (!a || !b || a.date.getUTCFullYear() !== b.date.getUTCFullYear()) return full;
  if (isZh(locale)) return { from: full.from, to: `${b.date.getUTCMonth() + 1}月${b.date.getUTCDate()}日` };
  return { from: `${a.date.getUTCDate()} ${df('en-US', { month: 'short' }).format(a.date)}`, to: full.to };
}

export function createFormatter(locale: Locale): Formatter {
  return {
    locale,
    money: (value, precision = 'exact', currency = 'USD') => formatMoney(value, locale, { precision, currency }),
    number: (value, digits = 0) => formatNumber(value, locale, digits),
    compact: (value, digits = 1) => formatCount(value, locale, digits),
    percent: (ratio, digits = 0) => formatPercent(ratio, locale, digits),
    month: (iso) => formatDate(iso, locale, { precision: 'month' }),
    day: (iso) => formatDate(iso, locale, { precision: 'day' }),
  };
}
