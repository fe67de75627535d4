/**
 * Locale dictionaries and typed access. All locales share English's shape (checked by
 * the type system and by test/i18n). At run time a missing or empty string falls back
 * to English, so the page never shows `undefined`.
 */
import { common as enCommon } from './en/common';
import { calculator as enCalculator } from './en/calculator';
import { smile as enSmile } from './en/smile';
import { openClosed as enOpenClosed } from './en/openClosed';
import { common as zhCommon } from './zh-Hans/common';
import { calculator as zhCalculator } from './zh-Hans/calculator';
import { smile as zhSmile } from './zh-Hans/smile';
import { openClosed as zhOpenClosed } from './zh-Hans/openClosed';
import { DEFAULT_LOCALE, LOCALES, type Dict, type Locale } from './types';

export { LOCALES, DEFAULT_LOCALE, INTL_TAG, type Locale } from './types';

const en = { common: enCommon, calculator: enCalculator, smile: enSmile, openClosed: enOpenClosed };
export type Messages = Dict<typeof en>;

const zh: Messages = {
  common: zhCommon,
  calculator: zhCalculator,
  smile: zhSmile,
  openClosed: zhOpenClosed,
};

const raw: Record<Locale, Messages> = { en, 'zh-Hans': zh };

type Tree = { [key: string]: string | Tree };

/** Deep-merge `over` onto `base`, keeping base's value wherever `over` is missing or empty. */
export function withFallback<T extends Tree>(base: T, over: Partial<Tree> | undefined): T {
  const out: Tree = {};
  for (const [key, baseValue] of Object.entries(base)) {
    const value = over?.[key];
    if (typeof baseValue === 'string') {
      out[key] = typeof value === 'string' && value.trim() !== '' ? value : baseValue;
    } else {
      out[key] = withFallback(baseValue, typeof value === 'object' && value ? value : undefined);
    }
  }
  return out as T;
}

const cache = new Map<Locale, Messages>();

export function messages(locale: Locale): Messages {
  let m = cache.get(locale);
  if (!m) {
    m = locale === 'en' ? raw.en : (withFallback(raw.en as Tree, raw[locale] as Tree) as Messages);
    cache.set(locale, m);
  }
  return m;
}

/** The raw dictionaries, for the completeness test. */
export function rawMessages(locale: Locale): Messages {
  return raw[locale];
}

/** Read a locale from a query value; anything unknown gives the default. */
export function parseLocale(value: string | null | undefined): Locale {
  if (!value) return DEFAULT_LOCALE;
  const v = value.trim().toLowerCase();
  if (v === 'zh-hans' || v === 'zh' || v === 'zh-cn') return 'zh-Hans';
  if (v === 'en') return 'en';
  return DEFAULT_LOCALE;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Fill `{name}` placeholders. Values are inserted as text: the result must be rendered
 * as text (Svelte's `{...}`), never as HTML.
 */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
