/**
 * Locale dictionaries and typed access. Every locale has English's shape: the type system
 * checks that each key exists, and test/i18n that none is empty. Each dictionary is its own
 * chunk, loaded on demand (loadLocale), so a reader downloads only the language they read.
 * If a dictionary turns out to have an empty string at run time, English is loaded too and
 * fills the gap, so the page never shows a blank or `undefined`.
 */
import type { en as English } from './en/index';
import { LOCALES, DEFAULT_LOCALE, type Dict, type Locale } from './types';

export { LOCALES, DEFAULT_LOCALE, INTL_TAG, type Locale } from './types';

export type Messages = Dict<typeof English>;

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

/** True when every leaf is a non-empty string. */
export function isComplete(tree: unknown): boolean {
  if (typeof tree === 'string') return tree.trim() !== '';
  if (typeof tree !== 'object' || tree === null) return false;
  return Object.values(tree).every(isComplete);
}

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./en/index').then((m) => m.en),
  'zh-Hans': () => import('./zh-Hans/index').then((m) => m.zhHans),
};

const loaded = new Map<Locale, Messages>();

/** Make a locale's dictionary available to `messages`. Safe to call repeatedly. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  const raw = await loaders[locale]();
  if (locale === DEFAULT_LOCALE || isComplete(raw)) {
    loaded.set(locale, raw);
  } else {
    await loadLocale(DEFAULT_LOCALE);
    loaded.set(locale, withFallback(loaded.get(DEFAULT_LOCALE)!, raw));
  }
}

/**
 * The dictionary for a locale: the locale itself once loaded, else any loaded one (a page
 * loads its language before it hydrates; tests may ask before loading). Call loadLocale first.
 */
export function messages(locale: Locale): Messages {
  const m = loaded.get(locale) ?? loaded.get(DEFAULT_LOCALE) ?? loaded.values().next().value;
  if (!m) throw new Error(`No dictionary loaded yet: call loadLocale('${locale}') first.`);
  return m;
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
