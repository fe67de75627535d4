/** Every locale has the same shape as English: string leaves, nested objects, no arrays. */
export type Dict<T> = { [K in keyof T]: T[K] extends string ? string : Dict<T[K]> };

export type Locale = 'en' | 'zh-Hans';
export const LOCALES: readonly Locale[] = ['en', 'zh-Hans'];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tag used with Intl for each locale. */
export const INTL_TAG: Record<Locale, string> = { en: 'en-US', 'zh-Hans': 'zh-CN' };

/** Each language's name in itself (endonym): the same whichever language the page is in. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-Hans': '中文' };
