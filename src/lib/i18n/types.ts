/** Every locale has the same shape as English: string leaves, nested objects, no arrays. */
export type Dict<T> = { [K in keyof T]: T[K] extends string ? string : Dict<T[K]> };

export type Locale = 'en' | 'zh-Hans' | 'zh-Hant';
export const LOCALES: readonly Locale[] = ['en', 'zh-Hans', 'zh-Hant'];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tag used with Intl for each locale (zh-TW: Traditional, with 萬/億 compact units). */
export const INTL_TAG: Record<Locale, string> = { en: 'en-US', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

/** Each language's name in itself (endonym): the same whichever language the page is in. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };
