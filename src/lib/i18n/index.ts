/**
 * Locale dictionaries and typed access. All locales share English's shape (checked by
 * the type system and by test/i18n). English is bundled; other locales load on demand
 * (loadLocale) so a reader downloads one language. At run time a missing or empty string
 * falls back to English, so the page never shows `undefined`.
 */
import { common } from './en/common';
import { calculator } from './en/calculator';
import { smile } from './en/smile';
import { openClosed } from './en/openClosed';
import { LOCALES, DEFAULT_LOCALE, type Dict, type Locale } from './types';

export { LOCALES, DEFAULT_LOCALE, INTL_TAG, type Locale } from './types';

export const en = { common, calculator, smile, openClosed };
export type Messages = Dict<typeof en>;

type Tree = { [key: string]: string | Tree };

/** Deep-merge `over` onto `base`, keeping base's value wherever `over` is missing or empty. */
export function withFallback<T extends object>(base: T, over: unknown): T {
  const out: Tree = {};
  const o = (typeof over === 'object' && over ? over : {}) as Record<string, unknown>;
  for (const [key, baseValue] of Object.entries(base as Tree)) {
    const value = o[key];
    out[key] =
      typeof baseValue === 'string'
        ? typeof value === 'string' && value.trim() !== ''
          ? value
          : baseValue
        : withFallback(baseValue, value);
  }
  return out as T;
}

const loaded = new Map<Locale, Messages>([['en', en]]);

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  'zh-Hans': () => import('./zh-Hans/index').then((m) => m.zhHans),
};

/** Make a locale's dictionary available to `messages`. Safe to call repeatedly. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale) || locale === 'en') return;
  const raw = await loaders[locale]();
  loaded.set(locale, withFallback(en, raw));
}

/** The dictionary for a locale; English until that locale has been loaded. */
export function messages(locale: Locale): Messages {
  return loaded.get(locale) ?? en;
}

export function isLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Read a locale from a query value; anything unknown gives the default. */
export function parseLocale(value: string | null | undefined): Locale {
  if (!value) return DEFAULT_LOCALE;
  const v = value.trim().toLowerCase();
  if (v === 'zh-hans' || v === 'zh' || v === 'zh-cn') return 'zh-Hans';
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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
