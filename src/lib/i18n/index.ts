/**
 * Locale dictionaries and typed access. Every locale has English's shape: the type system
 * checks that each key exists, and test/i18n that none is empty. Each language's dictionary
 * comes in parts (common, one per section), and each part is its own chunk, loaded on demand
 * (loadWords): a reader downloads only the language they read, and only the parts of it that
 * the islands they reach show.
 * If a part turns out to have an empty string at run time, English is loaded too and fills
 * the gap, so the page never shows a blank or `undefined`.
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

/** A dictionary's parts: the words every island needs (common) and one part per section. */
export type Namespace = keyof Messages;
export const NAMESPACES = ['common', 'calculator', 'smile', 'openClosed', 'priceWar'] as const satisfies readonly Namespace[];

type Loader = { [N in Namespace]: () => Promise<Messages[N]> };

/**
 * One chunk per language and part, so an island downloads only the words it shows (the
 * smile embed never downloads the calculator's words). Each import names one file.
 */
const loaders: Record<Locale, Loader> = {
  en: {
    common: () => import('./en/common').then((m) => m.common),
    calculator: () => import('./en/calculator').then((m) => m.calculator),
    smile: () => import('./en/smile').then((m) => m.smile),
    openClosed: () => import('./en/openClosed').then((m) => m.openClosed),
    priceWar: () => import('./en/priceWar').then((m) => m.priceWar),
  },
  'zh-Hans': {
    common: () => import('./zh-Hans/common').then((m) => m.common),
    calculator: () => import('./zh-Hans/calculator').then((m) => m.calculator),
    smile: () => import('./zh-Hans/smile').then((m) => m.smile),
    openClosed: () => import('./zh-Hans/openClosed').then((m) => m.openClosed),
    priceWar: () => import('./zh-Hans/priceWar').then((m) => m.priceWar),
  },
  // Converted from zh-Hans at build time (src/build/traditional.ts): the chunks hold ready words.
  'zh-Hant': {
    common: () => import('./zh-Hant/common').then((m) => m.common),
    calculator: () => import('./zh-Hant/calculator').then((m) => m.calculator),
    smile: () => import('./zh-Hant/smile').then((m) => m.smile),
    openClosed: () => import('./zh-Hant/openClosed').then((m) => m.openClosed),
    priceWar: () => import('./zh-Hant/priceWar').then((m) => m.priceWar),
  },
};

/** Per language, the parts loaded so far (the object grows as islands load their words). */
const loaded = new Map<Locale, Partial<Messages>>();
const pending = new Map<string, Promise<void>>();

function partsOf(locale: Locale): Partial<Messages> {
  let parts = loaded.get(locale);
  if (!parts) loaded.set(locale, (parts = {}));
  return parts;
}

/**
 * Make some parts of a locale's dictionary available to `messages`. Safe to call
 * repeatedly and concurrently. A part with an empty string is completed from English, so
 * the page never shows a blank or `undefined`.
 */
export function loadWords(locale: Locale, namespaces: readonly Namespace[]): Promise<void> {
  return Promise.all(
    namespaces.map((ns) => {
      const key = `${locale}:${ns}`;
      let p = pending.get(key);
      if (!p) {
        p = (async () => {
          const raw = await loaders[locale][ns]();
          let part: unknown = raw;
          if (locale !== DEFAULT_LOCALE && !isComplete(raw)) {
            await loadWords(DEFAULT_LOCALE, [ns]);
            part = withFallback(partsOf(DEFAULT_LOCALE)[ns]!, raw);
          }
          (partsOf(locale) as Record<Namespace, unknown>)[ns] = part;
        })();
        pending.set(key, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

/** Every part of a locale's dictionary (the build and tests use this). */
export function loadLocale(locale: Locale): Promise<void> {
  return loadWords(locale, NAMESPACES);
}

/**
 * The dictionary for a locale: the parts loaded so far. An island loads its parts
 * (loadWords) before it reads them; the object grows as parts arrive, so it can be read
 * (and derived from) before any part is there.
 */
export function messages(locale: Locale): Messages {
  return partsOf(locale) as Messages;
}

/** Read a locale from a query value; anything unknown gives the default. */
export function parseLocale(value: string | null | undefined): Locale {
  if (!value) return DEFAULT_LOCALE;
  const v = value.trim().toLowerCase();
  if (v === 'zh-hans' || v === 'zh' || v === 'zh-cn') return 'zh-Hans';
  if (v === 'zh-hant' || v === 'zh-tw' || v === 'zh-hk' || v === 'zh-mo') return 'zh-Hant';
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
