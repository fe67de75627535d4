/**
 * Reading numbers the reader wrote, in the page address or in a number field. One parser
 * for both, so a value means the same thing wherever it is typed. Pure: strings in, a
 * number or a reason out; never throws.
 *
 * - Decimal numbers only: digits, one decimal point, an optional sign and exponent
 *   ("1e9"). Hex, binary and octal literals ("0x10", "0b11", "0o7"), "Infinity", "NaN",
 *   spaces inside the number and underscores are refused, although JavaScript's Number()
 *   would read some of them.
 * - Full-width characters (Chinese and Japanese keyboards: "２．５", "－３") are read as
 *   their ASCII forms, and so is the typographic minus "−" that the page itself prints.
 *   The ideographic full stop "。" between digits is a decimal point (a Chinese keyboard in
 *   Chinese punctuation mode types it for "."). Invisible format characters (zero-width
 *   spaces, direction marks) from copy and paste are dropped.
 * - Thousands separators only where the caller allows them (number fields, in the
 *   reader's locale), and only in well-formed groups of three ("2,000", "1,234.5"). Any
 *   other comma is ambiguous ("1,5": one and a half, or fifteen?) and refused with its own
 *   reason, never read silently one way or the other.
 */
import { INTL_TAG, type Locale } from '../i18n/types';

export type ParseFailure = 'empty' | 'not-decimal' | 'comma';

/**
 * A reading: a number (finite, or ±Infinity when a decimal number overflows, e.g. "1e999";
 * callers clamp it into range like any other large number), or why the text is refused.
 * Never NaN, never −0.
 */
export type DecimalReading = { ok: true; value: number } | { ok: false; reason: ParseFailure };

export interface ParseOptions {
  /**
   * Accept thousands separators in the reader's locale (number fields). Without it
   * (the page address, which the page writes with plain decimals), a comma is refused.
   */
  groupingLocale?: Locale;
}

/** Full-width ASCII forms (U+FF01–FF5E) and the ideographic space → ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Invisible format characters (zero-width, direction marks, BOM): Unicode category Cf. */
const FORMAT_CHARS = /\p{Cf}/gu;

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

interface Separators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<Locale, Separators>();

/** The locale's group and decimal separators, from Intl (",", "." for English and Chinese). */
export function separatorsOf(locale: Locale): Separators {
  let s = separatorCache.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(INTL_TAG[locale]).formatToParts(12345.6);
    s = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(locale, s);
  }
  return s;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function parseDecimal(text: string, options: ParseOptions = {}): DecimalReading {
  let s = toHalfWidth(String(text)).replace(FORMAT_CHARS, '').trim();
  if (s === '') return { ok: false, reason: 'empty' };
  s = s.replace(/\u2212/g, '-').replace(/(\d)\u3002(?=\d)/g, '$1.');

  if (options.groupingLocale) {
    const { group, decimal } = separatorsOf(options.groupingLocale);
    // Locales that group with a no-break space: a plain space typed by the reader is the same.
    const g = /\s/.test(group) ? '[\\s\u00a0\u202f]' : escape(group);
    const d = escape(decimal);
    const grouped = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d*))?$`);
    const m = grouped.exec(s);
    if (m) s = `${m[1]}${m[2]!.replace(new RegExp(g, 'g'), '')}${m[3] !== undefined ? `.${m[3]}` : ''}`;
    else if (decimal !== '.' && !s.includes('.')) s = s.replace(new RegExp(d), '.');
  }
  if (DECIMAL.test(s)) {
    const value = Number(s);
    return { ok: true, value: value === 0 ? 0 : value };
  }
  return { ok: false, reason: /[,\u060c\u3001]/.test(s) ? 'comma' : 'not-decimal' };
}
