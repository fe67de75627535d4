/**
 * Locale-aware numbers, money, percentages and token counts (Intl). English readers see
 * "$87,072"; Chinese readers see 万/亿 units, "8.7072万美元". Non-finite input never reaches
 * the page: it formats as the dash "—".
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

export type MoneyPrecision = 'exact' | 'short' | 'price';

export interface Formatter {
  locale: Locale;
  /** US dollars. exact: to the dollar; short: 3 significant figures; price: cents (per-million-token prices). */
  money(value: number, precision?: MoneyPrecision): string;
  /** A plain number with up to `digits` decimals. */
  number(value: number, digits?: number): string;
  /** A count in compact units (608B / 6080亿). */
  compact(value: number, digits?: number): string;
  /** A ratio as a percentage: 5.4547 → "545%". */
  percent(ratio: number, digits?: number): string;
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

/** Replace ASCII hyphen-minus with a true minus sign for typographic negatives. */
function minus(s: string): string {
  return s.replace(/^-/, '−');
}

function guard(value: number, f: (v: number) => string): string {
  return Number.isFinite(value) ? minus(f(Object.is(value, -0) ? 0 : value)) : DASH;
}

export function createFormatter(locale: Locale): Formatter {
  const tag = INTL_TAG[locale];
  const zh = locale !== 'en';

  /** Small amounts to the cent; below a cent, two significant figures ($0.0042): never "$0" for a non-zero amount. */
  const small = (v: number): string => {
    const abs = Math.abs(v);
    const digits: Intl.NumberFormatOptions =
      abs !== 0 && abs < 0.01
        ? { maximumSignificantDigits: 2 }
        : Number.isInteger(v)
          ? { maximumFractionDigits: 0 }
          : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    return zh ? `${nf(tag, digits).format(v)}美元` : nf(tag, { style: 'currency', currency: 'USD', ...digits }).format(v);
  };

  const money = (value: number, precision: MoneyPrecision = 'exact'): string =>
    guard(value, (v) => {
      if (precision !== 'price' && Math.abs(v) < CENTS_BELOW) return small(v);
      if (precision === 'price') {
        const s = nf(tag, { minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(v);
        return zh ? `${s}美元` : nf(tag, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(v);
      }
      if (zh) {
        const abs = Math.abs(v);
        const s =
          abs < 10_000
            ? nf(tag, { maximumFractionDigits: precision === 'exact' ? 0 : 0 }).format(v)
            : nf(tag, { notation: 'compact', maximumFractionDigits: precision === 'exact' ? 4 : 1 }).format(v);
        return `${s}美元`;
      }
      return precision === 'exact'
        ? nf(tag, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(v)
        : nf(tag, { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }).format(v);
    });

  return {
    locale,
    money,
    number: (value, digits = 0) => guard(value, (v) => nf(tag, { maximumFractionDigits: digits }).format(v)),
    compact: (value, digits = 1) =>
      guard(value, (v) => nf(tag, { notation: 'compact', maximumFractionDigits: digits }).format(v)),
    percent: (ratio, digits = 0) =>
      guard(ratio, (v) => nf(tag, { style: 'percent', maximumFractionDigits: digits }).format(v)),
  };
}
